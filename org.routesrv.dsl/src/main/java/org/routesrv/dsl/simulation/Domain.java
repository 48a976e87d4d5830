package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteServer;

/**
 * A propagation domain: a hub vnet holding a Route Server and/or gateways, plus the spokes that use
 * its gateways through peering (facts 32-34). Every subnet of its members receives the same BGP
 * routes, so the domain's programmed RIB is computed once and shared by all of them.
 *
 * @param routeServer the hub's Route Server, null for a gateway-only hub
 * @param members the hub first, then its transit spokes in model order
 * @param knownSpace the member address spaces, which Route Server knows and protects (fact 51)
 */
record Domain(String hub, RouteServer routeServer, List<Gateway> gateways, List<String> members,
    PrefixTable<VnetSpace> knownSpace) {

  /** One address space of a member vnet. */
  record VnetSpace(String vnet, Ipv4Prefix prefix) {
  }

  /** The member address space that equals or covers {@code prefix}, or null (fact 51). */
  VnetSpace spaceCovering(Ipv4Prefix prefix) {
    return knownSpace.longestCovering(prefix);
  }
}
