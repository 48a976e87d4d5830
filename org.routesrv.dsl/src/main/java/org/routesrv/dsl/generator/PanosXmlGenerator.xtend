package org.routesrv.dsl.generator

import java.util.List
import org.routesrv.dsl.generator.PanosPlan.ExportRule
import org.routesrv.dsl.generator.PanosPlan.Interface
import org.routesrv.dsl.generator.PanosPlan.NatRule
import org.routesrv.dsl.generator.PanosPlan.Peer
import org.routesrv.dsl.generator.PanosPlan.PeerGroup
import org.routesrv.dsl.generator.PanosPlan.Route

/**
 * The same configuration as {@link PanosSetGenerator}, as the XML the firewall stores and the XML
 * API accepts ({@code /config/devices/entry[@name='localhost.localdomain']}): the network part and
 * the zones and NAT rules of vsys1, for "load config partial" or API "set" calls.
 */
class PanosXmlGenerator implements NvaConfigGenerator {

	override fileSuffix() {
		"panos.xml"
	}

	override notes(NvaConfigInput input) {
		new PanosPlan(input).notes
	}

	override generate(NvaConfigInput input) {
		val plan = new PanosPlan(input)
		'''
			<?xml version="1.0" encoding="UTF-8"?>
			<!-- «input.provenance» -->
			<!-- «NvaConfigInput.DO_NOT_EDIT» -->
			«FOR note : plan.notes»
				<!-- Note: «escape(note)» -->
			«ENDFOR»
			<config>
			  <devices>
			    <entry name="localhost.localdomain">
			      <network>
			        <interface>
			          <ethernet>
			            «FOR networkInterface : plan.interfaces»
			            	«networkInterface(networkInterface)»
			            «ENDFOR»
			          </ethernet>
			        </interface>
			        <virtual-router>
			          <entry name="«PanosPlan.VIRTUAL_ROUTER»">
			            <interface>
			              «members(plan.interfaces.map[name])»
			            </interface>
			            «IF !plan.routes.empty»
			            	<routing-table>
			            	  <ip>
			            	    <static-route>
			            	      «FOR route : plan.routes»
			            	      	«staticRoute(route)»
			            	      «ENDFOR»
			            	    </static-route>
			            	  </ip>
			            	</routing-table>
			            «ENDIF»
			            «IF plan.hasBgp»
			            	«redistributionProfile(plan)»
			            	<protocol>
			            	  «bgp(plan)»
			            	</protocol>
			            «ENDIF»
			          </entry>
			        </virtual-router>
			      </network>
			      <vsys>
			        <entry name="vsys1">
			          <zone>
			            «FOR networkInterface : plan.interfaces»
			            	«zone(networkInterface)»
			            «ENDFOR»
			          </zone>
			          «IF !plan.natRules.empty»
			          	<rulebase>
			          	  <nat>
			          	    <rules>
			          	      «FOR rule : plan.natRules»
			          	      	«natRule(rule)»
			          	      «ENDFOR»
			          	    </rules>
			          	  </nat>
			          	</rulebase>
			          «ENDIF»
			        </entry>
			      </vsys>
			    </entry>
			  </devices>
			</config>
		'''
	}

	def networkInterface(Interface networkInterface) '''
		<entry name="«networkInterface.name»">
		  <layer3>
		    <ip>
		      <entry name="«networkInterface.address»"/>
		    </ip>
		  </layer3>
		</entry>
	'''

	def zone(Interface networkInterface) '''
		<entry name="«networkInterface.zone»">
		  <network>
		    <layer3>
		      «members(#[networkInterface.name])»
		    </layer3>
		  </network>
		</entry>
	'''

	def staticRoute(Route route) '''
		<entry name="«route.name»">
		  <destination>«route.destination»</destination>
		  «IF route.interfaceName !== null»
		  	<interface>«route.interfaceName»</interface>
		  «ENDIF»
		  <nexthop>
		    <ip-address>«route.nextHop»</ip-address>
		  </nexthop>
		</entry>
	'''

	def redistributionProfile(PanosPlan plan) '''
		«IF !plan.redistributed.empty»
			<redist-profile>
			  <entry name="«PanosPlan.REDISTRIBUTION_PROFILE»">
			    <priority>1</priority>
			    <filter>
			      <type>
			        «members(plan.redistributedTypes)»
			      </type>
			      <destination>
			        «members(plan.redistributed.map[toString])»
			      </destination>
			    </filter>
			    <action>
			      <redist/>
			    </action>
			  </entry>
			</redist-profile>
		«ENDIF»
	'''

	def bgp(PanosPlan plan) '''
		<bgp>
		  <enable>yes</enable>
		  <router-id>«plan.routerId»</router-id>
		  <local-as>«plan.nva.asn»</local-as>
		  <install-route>yes</install-route>
		  <reject-default-route>no</reject-default-route>
		  «IF plan.redistributesDefaultRoute»
		  	<allow-redist-default-route>yes</allow-redist-default-route>
		  «ENDIF»
		  <peer-group>
		    «FOR group : plan.peerGroups»
		    	«peerGroup(group)»
		    «ENDFOR»
		  </peer-group>
		  «IF !plan.redistributed.empty»
		  	<redist-rules>
		  	  <entry name="«PanosPlan.REDISTRIBUTION_PROFILE»">
		  	    <enable>yes</enable>
		  	    <address-family-identifier>ipv4</address-family-identifier>
		  	  </entry>
		  	</redist-rules>
		  «ENDIF»
		  «IF !plan.exportRules.empty»
		  	<policy>
		  	  <export>
		  	    <rules>
		  	      «FOR rule : plan.exportRules»
		  	      	«exportRule(rule)»
		  	      «ENDFOR»
		  	    </rules>
		  	  </export>
		  	</policy>
		  «ENDIF»
		</bgp>
	'''

	def peerGroup(PeerGroup group) '''
		<entry name="«group.name»">
		  <enable>yes</enable>
		  <type>
		    <ebgp>
		      <import-nexthop>original</import-nexthop>
		      <export-nexthop>use-self</export-nexthop>
		    </ebgp>
		  </type>
		  <peer>
		    «FOR peer : group.peers»
		    	«peer(peer)»
		    «ENDFOR»
		  </peer>
		</entry>
	'''

	def peer(Peer peer) '''
		<entry name="«peer.name»">
		  <enable>yes</enable>
		  <peer-as>«peer.asn»</peer-as>
		  <local-address>
		    <interface>«peer.localInterface.name»</interface>
		    <ip>«peer.localInterface.address»</ip>
		  </local-address>
		  <peer-address>
		    <ip>«peer.peerAddress»</ip>
		  </peer-address>
		  «IF peer.multihop > 0 || peer.keepaliveSeconds !== null»
		  	<connection-options>
		  	  «IF peer.multihop > 0»
		  	  	<multihop>«peer.multihop»</multihop>
		  	  «ENDIF»
		  	  «IF peer.keepaliveSeconds !== null»
		  	  	<keep-alive-interval>«peer.keepaliveSeconds»</keep-alive-interval>
		  	  	<hold-time>«peer.holdSeconds»</hold-time>
		  	  «ENDIF»
		  	</connection-options>
		  «ENDIF»
		</entry>
	'''

	def exportRule(ExportRule rule) '''
		<entry name="«rule.name»">
		  <enable>yes</enable>
		  <used-by>
		    «members(rule.usedBy)»
		  </used-by>
		  <match>
		    <address-prefix>
		      <entry name="«rule.prefix»">
		        <exact>yes</exact>
		      </entry>
		    </address-prefix>
		  </match>
		  <action>
		    «IF !rule.allow»
		    	<deny/>
		    «ELSE»
		    	<allow>
		    	  <update>
		    	    «IF rule.nextHop !== null»
		    	    	<nexthop>«rule.nextHop»</nexthop>
		    	    «ENDIF»
		    	    «IF rule.prepend > 0»
		    	    	<as-path>
		    	    	  <prepend>«rule.prepend»</prepend>
		    	    	</as-path>
		    	    «ENDIF»
		    	    «IF !rule.communities.empty»
		    	    	<community>
		    	    	  <append>
		    	    	    «members(rule.communities)»
		    	    	  </append>
		    	    	</community>
		    	    «ENDIF»
		    	  </update>
		    	</allow>
		    «ENDIF»
		  </action>
		</entry>
	'''

	def natRule(NatRule rule) '''
		<entry name="«rule.name»">
		  <from>
		    «members(#["any"])»
		  </from>
		  <to>
		    «members(#[rule.toZone])»
		  </to>
		  <source>
		    «members(#["any"])»
		  </source>
		  <destination>
		    «members(#["any"])»
		  </destination>
		  <service>any</service>
		  <source-translation>
		    <dynamic-ip-and-port>
		      <interface-address>
		        <interface>«rule.interfaceName»</interface>
		      </interface-address>
		    </dynamic-ip-and-port>
		  </source-translation>
		</entry>
	'''

	def members(List<String> values) '''
		«FOR value : values»
			<member>«escape(value)»</member>
		«ENDFOR»
	'''

	/** Model names cannot hold markup characters, but notes quote the model's text. */
	def escape(String text) {
		text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("--", "- -")
	}
}
