package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.SubnetRef;

/**
 * One routing decision of a trace.
 *
 * @param at where the decision is made: a VM, {@code nva/nic} for Azure routing a packet an NVA
 *     sent, an NVA, or a gateway
 * @param subnet the subnet whose effective routes decided, null inside an NVA or gateway
 * @param node the NVA or gateway making the decision, null for Azure's routing in a subnet
 * @param route the route that chose the next hop
 * @param nextHop where the packet goes: an address, or {@code internet}, {@code none}, a site
 */
public record TraceHop(String at, SubnetRef subnet, String node, HopRoute route, String nextHop) {
}
