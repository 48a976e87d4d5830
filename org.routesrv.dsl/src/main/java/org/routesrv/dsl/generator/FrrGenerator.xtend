package org.routesrv.dsl.generator

import java.util.ArrayList
import java.util.LinkedHashMap
import org.routesrv.dsl.network.RouteMap
import java.util.EnumSet
import java.util.List
import org.routesrv.dsl.network.Advertisement
import org.routesrv.dsl.azure.AzureAsns
import org.routesrv.dsl.network.Ipv4Address
import org.routesrv.dsl.network.Ipv4Prefix
import org.routesrv.dsl.network.PeerPolicy
import org.routesrv.dsl.generator.NvaBgp.PolicyOption
import org.routesrv.dsl.generator.NvaBgp.Instance
import org.routesrv.dsl.generator.NvaBgp.NeighborPeer
import org.routesrv.dsl.generator.NvaBgp.RouteServerPeers

/**
 * FRR 8 (bgpd and staticd, integrated frr.conf): the model's static routes, a peer group per Route
 * Server, and explicit inbound and outbound route-maps for every eBGP neighbour, because FRR
 * enforces RFC 8212 and sends or accepts nothing without them.
 *
 * Outbound, each peer gets the advertisements meant for it (prefix-list match, AS-path prepend,
 * communities, next hop) and not those meant for other peers, then whatever the NVA learned
 * elsewhere, as eBGP does. Unless as-override rewrites it (FRR 8.4 rewrites before the outbound route-map, as the
 * interop test checks), a Route Server never gets back what a Route Server advertised (a path
 * starting with 65515): it would drop it (fact 40), and FRR would otherwise hand each instance's
 * routes to the other, which Route Server's own peers never see. When the model sends one instance
 * its own attributes (fact 88), each member of the peer group gets its own outbound route-map, which
 * overrides the group's.
 */
class FrrGenerator implements NvaConfigGenerator {

	static val ROUTE_SERVER_PATHS = "FROM-ROUTE-SERVER"

	static val WRITTEN_POLICY = EnumSet.allOf(PolicyOption)

	override fileSuffix() {
		"frr.conf"
	}

	override notes(NvaConfigInput input) {
		val notes = new ArrayList<String>
		val bgp = input.bgp
		for (advertisement : input.nva.bgp.advertisements) {
			if (bgp.asnsAfterOwn(advertisement) === null) {
				notes += '''advertise «advertisement.prefix» as-path «advertisement.asPath» is left out: FRR puts its own AS «input.nva.asn» first on every eBGP path.'''
			}
		}
		notes += bgp.policyLeftOut("FRR", WRITTEN_POLICY)
		notes += bgp.sitesWithoutPeerLine
		notes += bgp.tunnelsLeftOut
		for (map : sessionMaps(bgp)) {
			notes += new FrrRouteMaps(map).leftOut
		}
		for (peers : bgp.routeServerPeers) {
			notes += conditionsLeftOut(peers.name, peers.advertisements, conditionalTowards(peers))
		}
		for (peer : bgp.neighborPeers) {
			notes += conditionsLeftOut(peer.name, peer.advertisements, peer.advertisements)
		}
		notes
	}

	override generate(NvaConfigInput input) {
		val bgp = input.bgp
		'''
			! «input.provenance»
			! «NvaConfigInput.DO_NOT_EDIT»
			! Check with: vtysh -C -f «input.nva.name».«fileSuffix»
			«FOR note : notes(input)»
				! Note: «note»
			«ENDFOR»
			frr defaults traditional
			hostname «input.nva.name»
			!
			«staticRoutes(input)»
			«prefixLists(bgp)»
			«FOR map : sessionMaps(bgp)»
				«new FrrRouteMaps(map).text»
			«ENDFOR»
			«IF !bgp.routeServerPeers.empty»
				bgp as-path access-list «ROUTE_SERVER_PATHS» seq 5 permit ^«AzureAsns.ROUTE_SERVER»_
				!
			«ENDIF»
			«FOR peers : bgp.routeServerPeers»
				«routeServerPolicy(bgp, peers)»
				«conditionalMaps(bgp, peers.name, conditionalTowards(peers))»
			«ENDFOR»
			«FOR peer : bgp.neighborPeers»
				«neighborPolicy(bgp, peer)»
				«conditionalMaps(bgp, peer.name, peer.advertisements)»
			«ENDFOR»
			«IF !bgp.empty»
				«routerBgp(input, bgp)»
			«ENDIF»
		'''
	}

	def staticRoutes(NvaConfigInput input) '''
		«IF !input.nva.statics.empty»
			«FOR route : input.nva.statics»
				ip route «route.prefix» «route.nextHop»
			«ENDFOR»
			!
		«ENDIF»
	'''

	/** One prefix-list per originated prefix, so each route-map entry matches exactly one route. */
	def prefixLists(NvaBgp bgp) '''
		«IF !originated(bgp).empty»
			«FOR prefix : originated(bgp)»
				ip prefix-list «prefixList(prefix)» seq 5 permit «prefix»
			«ENDFOR»
			!
		«ENDIF»
	'''

	def routeServerPolicy(NvaBgp bgp, RouteServerPeers peers) '''
		route-map «inbound(routeServerPolicyName(peers))» permit 10
		 description accept what Route Server «peers.name» advertises
		 «callOf(peers.peering.policy.importMap)»
		!
		«IF peers.differsPerInstance»
			«FOR instance : peers.instances»
				«routeServerOutbound(bgp, instancePolicyName(peers, instance), peers.advertisementsFor(instance), peers.localAddress, peers.peering.policy.exportMap)»
			«ENDFOR»
		«ELSE»
			«routeServerOutbound(bgp, routeServerPolicyName(peers), peers.advertisements, peers.localAddress, peers.peering.policy.exportMap)»
		«ENDIF»
	'''

	def routeServerOutbound(NvaBgp bgp, String policy, List<Advertisement> advertisements, Ipv4Address localAddress, RouteMap exportMap) '''
		«outboundEntries(bgp, policy, advertisements, localAddress, exportMap)»
		route-map «outbound(policy)» deny 900
		 description never hand a Route Server what a Route Server advertised
		 match as-path «ROUTE_SERVER_PATHS»
		!
		route-map «outbound(policy)» permit 1000
		 description pass on what other neighbours advertise, with this AS prepended
		 «callOf(exportMap)»
		!
	'''

	def neighborPolicy(NvaBgp bgp, NeighborPeer peer) '''
		route-map «inbound(neighborPolicyName(peer))» permit 10
		 description accept what «peer.name» advertises
		 «callOf(peer.neighbor.policy.importMap)»
		!
		«outboundEntries(bgp, neighborPolicyName(peer), peer.advertisements, peer.localAddress, peer.neighbor.policy.exportMap)»
		route-map «outbound(neighborPolicyName(peer))» permit 1000
		 description pass on what this NVA learned elsewhere, as eBGP does
		 «callOf(peer.neighbor.policy.exportMap)»
		!
	'''

	/**
	 * The session's own map runs after the entry's own settings, as the simulator applies an export map to the
	 * path the advertisement sets; FRR denies the route when the called map does.
	 */
	def callOf(RouteMap map) {
		if (map === null) "" else "call " + new FrrRouteMaps(map).name
	}

	/** The maps the NVA's sessions use, once each. */
	def List<RouteMap> sessionMaps(NvaBgp bgp) {
		val maps = new LinkedHashMap<String, RouteMap>
		val policies = new ArrayList<PeerPolicy>
		bgp.routeServerPeers.forEach[policies += peering.policy]
		bgp.neighborPeers.forEach[policies += neighbor.policy]
		for (policy : policies) {
			for (map : #[policy.importMap, policy.exportMap]) {
				if (map !== null) {
					maps.putIfAbsent(map.name, map)
				}
			}
		}
		maps.values.toList
	}

	/** Permits the peer's own advertisements, then denies every other originated prefix. */
	def outboundEntries(NvaBgp bgp, String policy, List<Advertisement> advertisements, Ipv4Address localAddress, RouteMap exportMap) {
		val permitted = expressible(bgp, advertisements)
		val others = originated(bgp).filter[prefix|!permitted.exists[it.prefix == prefix]].toList
		var sequence = 0
		'''
			«FOR advertisement : permitted»
				route-map «outbound(policy)» permit «sequence += 10»
				 match ip address prefix-list «prefixList(advertisement.prefix)»
				 «IF !bgp.asnsAfterOwn(advertisement).empty»
				 	set as-path prepend «bgp.asnsAfterOwn(advertisement).join(" ")»
				 «ENDIF»
				 «IF !advertisement.communities.empty»
				 	set community «advertisement.communities.join(" ")»
				 «ENDIF»
				 «IF advertisement.nextHop != localAddress»
				 	set ip next-hop «advertisement.nextHop»
				 «ENDIF»
				 «callOf(exportMap)»
				!
			«ENDFOR»
			«FOR prefix : others»
				route-map «outbound(policy)» deny «sequence += 10»
				 match ip address prefix-list «prefixList(prefix)»
				!
			«ENDFOR»
		'''
	}

	def routerBgp(NvaConfigInput input, NvaBgp bgp) '''
		router bgp «input.nva.asn»
		 bgp router-id «input.nva.bgp.routerId»
		 ! Originate the modelled routes whether or not a route to them is in the table, as the model does.
		 no bgp network import-check
		 «IF input.nva.bgp.advertisements.exists[conditional]»
		 	! Check the conditions of conditional advertisements every 5 s rather than FRR's 60 s.
		 	bgp conditional-advertisement timer 5
		 «ENDIF»
		 «FOR peers : bgp.routeServerPeers»
		 	neighbor «peers.name» peer-group
		 	neighbor «peers.name» remote-as «AzureAsns.ROUTE_SERVER»
		 	neighbor «peers.name» ebgp-multihop «NvaBgp.ROUTE_SERVER_MULTIHOP»
		 	neighbor «peers.name» update-source «peers.localAddress»
		 	neighbor «peers.name» timers «peers.keepaliveSeconds» «peers.holdSeconds»
		 	«FOR instance : peers.instances»
		 		neighbor «instance.ip» peer-group «peers.name»
		 		neighbor «instance.ip» description «peers.name» «instance.role»
		 	«ENDFOR»
		 «ENDFOR»
		 «FOR peer : bgp.neighborPeers»
		 	neighbor «peer.neighbor.ip» remote-as «peer.neighbor.asn»
		 	neighbor «peer.neighbor.ip» description «peer.name»
		 	«IF peer.neighbor.multihop > 1»
		 		neighbor «peer.neighbor.ip» ebgp-multihop «peer.neighbor.multihop»
		 	«ENDIF»
		 	neighbor «peer.neighbor.ip» update-source «peer.localAddress»
		 «ENDFOR»
		 !
		 address-family ipv4 unicast
		  «FOR prefix : originated(bgp)»
		  	network «prefix»
		  «ENDFOR»
		  «FOR peers : bgp.routeServerPeers»
		  	«sessionOptions(peers.name, peers.peering.policy)»
		  	«advertiseMap(peers.name, peers.name, conditionalTowards(peers))»
		  	neighbor «peers.name» route-map «inbound(routeServerPolicyName(peers))» in
		  	«IF peers.differsPerInstance»
		  		«FOR instance : peers.instances»
		  			neighbor «instance.ip» route-map «outbound(instancePolicyName(peers, instance))» out
		  		«ENDFOR»
		  	«ELSE»
		  		neighbor «peers.name» route-map «outbound(routeServerPolicyName(peers))» out
		  	«ENDIF»
		  «ENDFOR»
		  «FOR peer : bgp.neighborPeers»
		  	«sessionOptions(peer.neighbor.ip.toString, peer.neighbor.policy)»
		  	«advertiseMap(peer.neighbor.ip.toString, peer.name, peer.advertisements)»
		  	neighbor «peer.neighbor.ip» route-map «inbound(neighborPolicyName(peer))» in
		  	neighbor «peer.neighbor.ip» route-map «outbound(neighborPolicyName(peer))» out
		  «ENDFOR»
		 exit-address-family
		exit
		!
	'''

	/** as-override, remove-private-AS and allowas-in, as FRR names them (FRR applies them as RSNet simulates). */
	def sessionOptions(String neighbor, PeerPolicy policy) '''
		«IF policy.asOverride»
			neighbor «neighbor» as-override
		«ENDIF»
		«IF policy.removePrivateAs == PeerPolicy.PrivateAsRemoval.REMOVE»
			neighbor «neighbor» remove-private-AS all
		«ELSEIF policy.removePrivateAs == PeerPolicy.PrivateAsRemoval.REPLACE»
			neighbor «neighbor» remove-private-AS all replace-AS
		«ENDIF»
		«IF policy.allowAsIn > 0»
			neighbor «neighbor» allowas-in «policy.allowAsIn»
		«ENDIF»
	'''

	/**
	 * 'advertise ... when-learned PREFIX [from PEER]' as FRR's conditional advertisement: an advertise-map of the
	 * conditional prefixes and an exist-map of the condition, matching the peer's addresses when one is named. FRR
	 * takes one pair per neighbour: the first condition towards a peer is written, the others are named as left out.
	 */
	def conditionalMaps(NvaBgp bgp, String peer, List<Advertisement> advertisements) {
		val conditional = firstCondition(advertisements)
		if (conditional.empty) {
			return ''''''
		}
		val condition = conditional.get(0)
		val from = if (condition.whenLearnedFrom === null) #[null] else bgp.addressesOf(condition.whenLearnedFrom)
		var sequence = 0
		var existSequence = 0
		'''
			ip prefix-list COND-«peer»-WHEN seq 5 permit «condition.whenLearned»
			!
			«FOR advertisement : conditional»
				route-map COND-«peer»-ADV permit «sequence += 10»
				 match ip address prefix-list «prefixList(advertisement.prefix)»
				!
			«ENDFOR»
			«FOR address : from»
				route-map COND-«peer»-EXIST permit «existSequence += 10»
				 match ip address prefix-list COND-«peer»-WHEN
				 «IF address !== null»
				 	match peer «address»
				 «ENDIF»
				!
			«ENDFOR»
		'''
	}

	def advertiseMap(String neighbor, String peer, List<Advertisement> advertisements) '''
		«IF !firstCondition(advertisements).empty»
			neighbor «neighbor» advertise-map COND-«peer»-ADV exist-map COND-«peer»-EXIST
		«ENDIF»
	'''

	/** The conditional advertisements towards a peer that share its first condition. */
	def List<Advertisement> firstCondition(List<Advertisement> advertisements) {
		val conditional = advertisements.filter[it.conditional].toList
		if (conditional.empty) {
			return conditional
		}
		val first = conditional.get(0)
		conditional.filter[whenLearned == first.whenLearned && whenLearnedFrom == first.whenLearnedFrom].toList
	}

	/**
	 * The advertisements towards a Route Server that may be conditional: none when its instances hear different
	 * attributes, as per-member route-maps and a conditional advertisement were not seen to work together in bgpd.
	 */
	def List<Advertisement> conditionalTowards(RouteServerPeers peers) {
		if (peers.differsPerInstance) #[] else peers.advertisements
	}

	def List<String> conditionsLeftOut(String peer, List<Advertisement> advertisements, List<Advertisement> conditionable) {
		val written = firstCondition(conditionable)
		advertisements.filter[conditional && !written.contains(it)].map[
			'''advertise «prefix» when-learned «whenLearned» towards «peer» is announced unconditionally: FRR takes one condition per neighbour, and none with per-instance route-maps.'''.toString
		].toList
	}

	/** Advertisements FRR can send: their AS path starts with the NVA's own ASN. */
	def List<Advertisement> expressible(NvaBgp bgp, List<Advertisement> advertisements) {
		advertisements.filter[bgp.asnsAfterOwn(it) !== null].toList
	}

	/** The prefixes the NVA originates with a {@code network} statement. */
	def List<Ipv4Prefix> originated(NvaBgp bgp) {
		expressible(bgp, bgp.nva.bgp.advertisements).map[prefix].toSet.sortBy[it].toList
	}

	def prefixList(Ipv4Prefix prefix) {
		"ADV-" + prefix.address + "-" + prefix.length
	}

	def routeServerPolicyName(RouteServerPeers peers) {
		"RS-" + peers.name
	}

	/** A peer-group member's own outbound policy, for an instance that hears its own attributes (fact 88). */
	def instancePolicyName(RouteServerPeers peers, Instance instance) {
		routeServerPolicyName(peers) + "-IN" + instance.instance.index
	}

	def neighborPolicyName(NeighborPeer peer) {
		"PEER-" + peer.name
	}

	def inbound(String policy) {
		policy + "-IN"
	}

	def outbound(String policy) {
		policy + "-OUT"
	}
}
