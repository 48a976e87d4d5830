package org.routesrv.dsl.network;

import java.util.List;

/** A virtual network gateway in a vnet's GatewaySubnet: the sessions to Route Server are implicit (fact 69). */
public sealed interface Gateway permits VpnGateway, ExpressRouteGateway {

  String name();

  String vnet();

  /** The gateway's BGP addresses, which Azure also programs as the next hops of its routes. */
  List<Ipv4Address> bgpIps();
}
