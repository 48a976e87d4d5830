package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A route of an NVA's own forwarding table.
 *
 * @param egressNic the NIC packets leave by; null when the route leads to an on-premises site
 * @param nextHop the configured or BGP next hop, null for connected routes
 * @param site the on-premises site reached over the NVA's own tunnel, null otherwise
 * @param asPath the BGP path, empty for other protocols
 * @param tunnel the VPN gateway reached over the NVA's IPsec tunnel ({@code peer GATEWAY via tunnel}), null otherwise
 */
public record NvaRoute(Ipv4Prefix prefix, NvaRouteProtocol protocol, int distance, String egressNic,
    Ipv4Address nextHop, String site, AsPath asPath, String tunnel) implements HopRoute {

  NvaRoute(Ipv4Prefix prefix, NvaRouteProtocol protocol, int distance, String egressNic, Ipv4Address nextHop,
      String site, AsPath asPath) {
    this(prefix, protocol, distance, egressNic, nextHop, site, asPath, null);
  }

  boolean sameExit(NvaRoute other) {
    return java.util.Objects.equals(egressNic, other.egressNic) && java.util.Objects.equals(site, other.site)
        && java.util.Objects.equals(tunnel, other.tunnel);
  }
}
