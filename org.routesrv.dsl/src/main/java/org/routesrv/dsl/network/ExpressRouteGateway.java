package org.routesrv.dsl.network;

import java.util.List;

/**
 * An ExpressRoute gateway. Resolved: {@code bgpIps} as written, else the next two free addresses of
 * GatewaySubnet from start + 4 (see {@link VpnGateway}). Azure programs the MSEE addresses as next
 * hops of ExpressRoute routes; they are unknown to RSNet, so these addresses stand in for them.
 */
public record ExpressRouteGateway(String name, String vnet, List<Ipv4Address> bgpIps) implements Gateway {

  public ExpressRouteGateway {
    bgpIps = List.copyOf(bgpIps);
  }
}
