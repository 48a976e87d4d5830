package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Address;

/**
 * One row of a gateway's {@code list-bgp-peer-status}: a Route Server instance (set up by Azure, fact 69), an
 * on-premises BGP peer (the MSEEs at AS 12076 for ExpressRoute), or an NVA's tunnel.
 *
 * @param name the peer's node: a Route Server with its instance role, a site, an NVA
 * @param state {@code Connected} or, with {@code reason}, {@code Idle}
 */
public record GatewayPeer(String name, Ipv4Address neighbor, long asn, Ipv4Address localAddress, String state,
    String reason, int routesReceived) {

  public boolean connected() {
    return "Connected".equals(state);
  }
}
