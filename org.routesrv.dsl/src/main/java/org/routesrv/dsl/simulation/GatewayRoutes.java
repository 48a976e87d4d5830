package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.VpnGateway;

/** The on-premises routes a gateway brings into its vnet, with the AS path Azure sees. */
final class GatewayRoutes {

  private GatewayRoutes() {
  }

  /**
   * Over a VPN gateway with ASN 65515 the path is the site's ASN then its {@code as-path}; a VPN
   * gateway with another ASN puts its own first (seed 004); ExpressRoute puts 12076 first (fact 49).
   */
  static List<BgpCandidate> of(Gateway gateway, Topology topology) {
    return of(gateway, topology, gateway.bgpIps());
  }

  /** The same routes as Azure programs them into subnets: with the gateway's programmed next hops (fact 83). */
  static List<BgpCandidate> programmed(Gateway gateway, Topology topology) {
    return of(gateway, topology, gateway.programmedNextHops());
  }

  private static List<BgpCandidate> of(Gateway gateway, Topology topology, List<Ipv4Address> nextHops) {
    List<BgpCandidate> routes = new ArrayList<>();
    for (Site site : topology.sitesVia(gateway.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        AsPath path = site.pathOf(prefix);
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
        routes.add(new BgpCandidate(prefix.prefix(), nextHops, path, List.of(), kind, gateway.name()));
      }
    }
    return routes;
  }
}
