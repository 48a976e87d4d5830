package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A path for a prefix that competes to be programmed into a domain's subnets.
 *
 * @param nextHops one for an NVA route (its BGP next hop, fact 41), the gateway's addresses for a
 *     gateway route
 * @param origin the NVA or gateway it comes from
 */
public record BgpCandidate(Ipv4Prefix prefix, List<Ipv4Address> nextHops, AsPath asPath, List<Community> communities,
    RouteOriginKind kind, String origin) {

  public BgpCandidate {
    nextHops = List.copyOf(nextHops);
    communities = List.copyOf(communities);
  }

  static BgpCandidate fromNva(String nva, BgpRoute route) {
    return new BgpCandidate(route.prefix(), List.of(route.nextHop()), route.asPath(), route.communities(),
        RouteOriginKind.NVA, nva);
  }
}
