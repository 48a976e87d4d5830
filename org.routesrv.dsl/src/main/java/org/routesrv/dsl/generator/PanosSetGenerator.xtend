package org.routesrv.dsl.generator

import java.util.List
import org.routesrv.dsl.generator.PanosPlan.ExportRule
import org.routesrv.dsl.generator.PanosPlan.Interface
import org.routesrv.dsl.generator.PanosPlan.NatRule
import org.routesrv.dsl.generator.PanosPlan.Peer
import org.routesrv.dsl.generator.PanosPlan.PeerGroup
import org.routesrv.dsl.generator.PanosPlan.Route

/**
 * PAN-OS configuration-mode set commands for the legacy virtual router, one leaf value per line so
 * that each line can be pasted, reviewed or diffed on its own. Seed 000's design: interfaces and
 * zones, the model's static routes (the Route Server subnet via the trusted side, the default
 * route via the untrusted side), BGP with one eBGP peer group per Route Server, a redistribution
 * profile for the advertised routes, export rules for prepends and communities, and source NAT.
 */
class PanosSetGenerator implements NvaConfigGenerator {

	static val VR = "set network virtual-router " + PanosPlan.VIRTUAL_ROUTER
	static val BGP = VR + " protocol bgp"

	override fileSuffix() {
		"panos.set"
	}

	override notes(NvaConfigInput input) {
		new PanosPlan(input).notes
	}

	override generate(NvaConfigInput input) {
		val plan = new PanosPlan(input)
		'''
			# «input.provenance»
			# «NvaConfigInput.DO_NOT_EDIT»
			# Paste in configuration mode ("configure"), then "commit"; the firewall rejects these comment lines.
			«FOR note : plan.notes»
				# Note: «note»
			«ENDFOR»
			«FOR networkInterface : plan.interfaces»
				«networkInterface(networkInterface)»
			«ENDFOR»
			«VR» interface «members(plan.interfaces.map[name])»
			«FOR route : plan.routes»
				«staticRoute(route)»
			«ENDFOR»
			«IF plan.hasBgp»
				«redistributionProfile(plan)»
				«bgp(plan)»
				«FOR group : plan.peerGroups»
					«peerGroup(group)»
				«ENDFOR»
				«IF !plan.redistributed.empty»
					«BGP» redist-rules «PanosPlan.REDISTRIBUTION_PROFILE» enable yes
					«BGP» redist-rules «PanosPlan.REDISTRIBUTION_PROFILE» address-family-identifier ipv4
				«ENDIF»
				«FOR rule : plan.exportRules»
					«exportRule(rule)»
				«ENDFOR»
			«ENDIF»
			«FOR rule : plan.natRules»
				«natRule(rule)»
			«ENDFOR»
		'''
	}

	def networkInterface(Interface networkInterface) '''
		set network interface ethernet «networkInterface.name» layer3 ip «networkInterface.address»
		set zone «networkInterface.zone» network layer3 «members(#[networkInterface.name])»
	'''

	def staticRoute(Route route) '''
		«VR» routing-table ip static-route «route.name» destination «route.destination»
		«IF route.interfaceName !== null»
			«VR» routing-table ip static-route «route.name» interface «route.interfaceName»
		«ENDIF»
		«VR» routing-table ip static-route «route.name» nexthop ip-address «route.nextHop»
	'''

	def redistributionProfile(PanosPlan plan) '''
		«IF !plan.redistributed.empty»
			«VR» redist-profile «PanosPlan.REDISTRIBUTION_PROFILE» priority 1
			«VR» redist-profile «PanosPlan.REDISTRIBUTION_PROFILE» filter type «members(plan.redistributedTypes)»
			«VR» redist-profile «PanosPlan.REDISTRIBUTION_PROFILE» filter destination «members(plan.redistributed.map[toString])»
			«VR» redist-profile «PanosPlan.REDISTRIBUTION_PROFILE» action redist
		«ENDIF»
	'''

	def bgp(PanosPlan plan) '''
		«BGP» enable yes
		«BGP» router-id «plan.routerId»
		«BGP» local-as «plan.nva.asn»
		«BGP» install-route yes
		«BGP» reject-default-route no
		«IF plan.redistributesDefaultRoute»
			«BGP» allow-redist-default-route yes
		«ENDIF»
	'''

	def peerGroup(PeerGroup group) '''
		«BGP» peer-group «group.name» enable yes
		«BGP» peer-group «group.name» type ebgp import-nexthop original
		«BGP» peer-group «group.name» type ebgp export-nexthop use-self
		«FOR peer : group.peers»
			«peer(group, peer)»
		«ENDFOR»
	'''

	def peer(PeerGroup group, Peer peer) {
		val prefix = BGP + " peer-group " + group.name + " peer " + peer.name
		'''
			«prefix» enable yes
			«prefix» peer-as «peer.asn»
			«prefix» local-address interface «peer.localInterface.name»
			«prefix» local-address ip «peer.localInterface.address»
			«prefix» peer-address ip «peer.peerAddress»
			«IF peer.multihop > 0»
				«prefix» connection-options multihop «peer.multihop»
			«ENDIF»
			«IF peer.keepaliveSeconds !== null»
				«prefix» connection-options keep-alive-interval «peer.keepaliveSeconds»
				«prefix» connection-options hold-time «peer.holdSeconds»
			«ENDIF»
		'''
	}

	def exportRule(ExportRule rule) {
		val prefix = BGP + " policy export rules " + rule.name
		'''
			«prefix» enable yes
			«prefix» used-by «members(rule.usedBy)»
			«prefix» match address-prefix «rule.prefix» exact yes
			«IF !rule.allow»
				«prefix» action deny
			«ELSE»
				«IF rule.prepend > 0»
					«prefix» action allow update as-path prepend «rule.prepend»
				«ENDIF»
				«IF !rule.communities.empty»
					«prefix» action allow update community append «members(rule.communities)»
				«ENDIF»
				«IF rule.nextHop !== null»
					«prefix» action allow update nexthop «rule.nextHop»
				«ENDIF»
			«ENDIF»
		'''
	}

	def natRule(NatRule rule) {
		val prefix = "set rulebase nat rules " + rule.name
		'''
			«prefix» from «members(#["any"])»
			«prefix» to «members(#[rule.toZone])»
			«prefix» source «members(#["any"])»
			«prefix» destination «members(#["any"])»
			«prefix» service any
			«prefix» source-translation dynamic-ip-and-port interface-address interface «rule.interfaceName»
		'''
	}

	/** A PAN-OS list value; always bracketed, even with one member, so every list reads alike. */
	def members(List<String> values) '''[ «values.join(" ")» ]'''
}
