package org.routesrv.dsl.network;

import java.util.List;

/** A virtual network gateway in a vnet's GatewaySubnet: the sessions to Route Server are implicit (fact 69). */
public sealed interface Gateway permits VpnGateway, ExpressRouteGateway {

  String name();

  String vnet();

  /** The gateway's BGP addresses: its sessions with Route Server and with sites run from them. */
  List<Ipv4Address> bgpIps();

  /** The next hops Azure programs into subnets for the gateway's routes (fact 83). */
  default List<Ipv4Address> programmedNextHops() {
    return bgpIps();
  }
}
