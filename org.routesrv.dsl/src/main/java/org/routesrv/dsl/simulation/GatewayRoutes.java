package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.VpnGateway;

/**
 * The on-premises routes a gateway brings into its vnet, with the AS path Azure sees: its sites' prefixes and what NVAs
 * send it over their tunnels, which it treats as BGP sites.
 */
final class GatewayRoutes {

  private GatewayRoutes() {
  }

  /**
   * Over a VPN gateway with ASN 65515 the path is the site's ASN then its {@code as-path}; a VPN
   * gateway with another ASN puts its own first (seed 004); ExpressRoute puts 12076 first (fact 49).
   */
  static List<BgpCandidate> of(Gateway gateway, Topology topology, List<TunnelRoute> tunnels) {
    return of(gateway, topology, tunnels, gateway.bgpIps());
  }

  /** The same routes as Azure programs them into subnets: with the gateway's programmed next hops (fact 83). */
  static List<BgpCandidate> programmed(Gateway gateway, Topology topology, List<TunnelRoute> tunnels) {
    return of(gateway, topology, tunnels, gateway.programmedNextHops());
  }

  private static List<BgpCandidate> of(Gateway gateway, Topology topology, List<TunnelRoute> tunnels,
      List<Ipv4Address> nextHops) {
    List<BgpCandidate> routes = new ArrayList<>();
    for (Site site : topology.sitesVia(gateway.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        routes.add(candidate(gateway, prefix.prefix(), site.pathOf(prefix), nextHops));
      }
    }
    for (TunnelRoute tunnel : tunnels) {
      routes.add(candidate(gateway, tunnel.prefix(), tunnel.asPath(), nextHops));
    }
    return routes;
  }

  private static BgpCandidate candidate(Gateway gateway, Ipv4Prefix prefix, AsPath learned, List<Ipv4Address> nextHops) {
    AsPath path = learned;
    RouteOriginKind kind;
    if (gateway instanceof VpnGateway vpn) {
      kind = RouteOriginKind.VPN_GATEWAY;
      if (vpn.asn() != AzureAsns.ROUTE_SERVER) {
        path = path.prepend(vpn.asn());
      }
    } else {
      kind = RouteOriginKind.EXPRESS_ROUTE_GATEWAY;
      path = path.prepend(AzureAsns.EXPRESS_ROUTE);
    }
    return new BgpCandidate(prefix, nextHops, path, List.of(), kind, gateway.name());
  }
}
