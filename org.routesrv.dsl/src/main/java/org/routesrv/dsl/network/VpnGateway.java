package org.routesrv.dsl.network;

import java.util.List;

/**
 * A VPN gateway. Resolved: {@code asn} 65515 unless written (fact 68); {@code bgpIps} as written,
 * else the next free addresses of GatewaySubnet from start + 4 (two when active-active, one
 * otherwise), gateways of one vnet taking them in the order they are written.
 */
public record VpnGateway(String name, String vnet, boolean activeActive, long asn, List<Ipv4Address> bgpIps)
    implements Gateway {

  public VpnGateway {
    bgpIps = List.copyOf(bgpIps);
  }
}
