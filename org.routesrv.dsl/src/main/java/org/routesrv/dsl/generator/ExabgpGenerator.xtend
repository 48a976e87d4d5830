package org.routesrv.dsl.generator

import java.util.ArrayList
import java.util.EnumSet
import org.routesrv.dsl.generator.NvaBgp.PolicyOption
import java.util.List
import org.routesrv.dsl.network.Advertisement
import org.routesrv.dsl.azure.AzureAsns
import org.routesrv.dsl.network.StaticRoute
import org.routesrv.dsl.generator.NvaBgp.Instance
import org.routesrv.dsl.generator.NvaBgp.NeighborPeer
import org.routesrv.dsl.generator.NvaBgp.RouteServerPeers

/**
 * ExaBGP 4.x: one neighbor block per Route Server instance and per other peer, each with its own
 * static routes. ExaBGP sends an explicit as-path verbatim, without adding its own ASN, so a path
 * other than the bare local ASN is written out in full (prepend N = the local ASN N+1 times).
 */
class ExabgpGenerator implements NvaConfigGenerator {

	override fileSuffix() {
		"exabgp.conf"
	}

	override notes(NvaConfigInput input) {
		val notes = new ArrayList<String>
		for (peers : input.bgp.routeServerPeers) {
			if (peers.keepaliveSeconds * 3 != peers.holdSeconds) {
				notes += '''ExaBGP sends keepalives every hold-time/3 = «peers.holdSeconds / 3»s to «peers.name», not every «peers.keepaliveSeconds»s as the model says.'''
			}
		}
		notes += input.bgp.policyLeftOut("ExaBGP", EnumSet.noneOf(PolicyOption))
		notes += input.bgp.conditionsWrittenUnconditionally("ExaBGP")
		notes += input.bgp.sitesWithoutPeerLine
		notes += input.bgp.tunnelsLeftOut
		notes
	}

	override generate(NvaConfigInput input) '''
		# «input.provenance»
		# «NvaConfigInput.DO_NOT_EDIT»
		# Run with: exabgp «input.nva.name».«fileSuffix»
		«FOR note : notes(input)»
			# Note: «note»
		«ENDFOR»
		«hostStatics(input.nva.statics)»
		«FOR peers : input.bgp.routeServerPeers»
			«FOR instance : peers.instances»

				«routeServerNeighbor(input, peers, instance)»
			«ENDFOR»
		«ENDFOR»
		«FOR peer : input.bgp.neighborPeers»

			«neighbor(input, peer)»
		«ENDFOR»
	'''

	/** ExaBGP installs no routes: the model's static routes are the host's job, as Linux commands. */
	def hostStatics(List<StaticRoute> statics) '''
		«IF !statics.empty»
			#
			# ExaBGP only speaks BGP; these static routes of the model belong in the host's own table:
			«FOR route : statics»
				#   ip route add «route.prefix» via «route.nextHop»
			«ENDFOR»
		«ENDIF»
	'''

	def routeServerNeighbor(NvaConfigInput input, RouteServerPeers peers, Instance instance) '''
		neighbor «instance.ip» {
		    description "«peers.name» «instance.role»";
		    router-id «input.nva.bgp.routerId»;
		    local-address «peers.localAddress»;
		    local-as «input.nva.asn»;
		    peer-as «AzureAsns.ROUTE_SERVER»;
		    hold-time «peers.holdSeconds»;
		    «family»
		    «staticRoutes(input, peers.advertisementsFor(instance))»
		}
	'''

	def neighbor(NvaConfigInput input, NeighborPeer peer) '''
		neighbor «peer.neighbor.ip» {
		    description "«peer.name»";
		    router-id «input.nva.bgp.routerId»;
		    local-address «peer.localAddress»;
		    local-as «input.nva.asn»;
		    peer-as «peer.neighbor.asn»;
		    «family»
		    «staticRoutes(input, peer.advertisements)»
		}
	'''

	/** Only IPv4 unicast: RSNet models nothing else, and fewer capabilities mean fewer surprises. */
	def family() '''
		family {
		    ipv4 unicast;
		}
	'''

	def staticRoutes(NvaConfigInput input, List<Advertisement> advertisements) '''
		«IF !advertisements.empty»
			static {
			    «FOR advertisement : advertisements»
			    	«route(input, advertisement)»
			    «ENDFOR»
			}
		«ENDIF»
	'''

	def route(NvaConfigInput input, Advertisement advertisement) {
		val path = advertisement.asPath.asns
		val plainPath = path.size == 1 && path.get(0) == input.nva.asn
		'''route «advertisement.prefix» next-hop «advertisement.nextHop»«IF !plainPath» as-path [ «path.join(" ")» ]«ENDIF»«IF !advertisement.communities.empty» community [ «advertisement.communities.join(" ")» ]«ENDIF»;'''
	}
}
