package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * One row of a gateway's {@code list-learned-routes} or {@code list-advertised-routes}.
 *
 * @param nextHop null for the gateway's own vnet spaces, which Azure lists without one
 * @param origin as {@code az} prints it: {@code Network} (the vnet's own spaces, a local network gateway's static
 *     prefixes), {@code EBgp}, {@code IBgp} (from Route Server, fact 94), {@code Igp} (advertised)
 * @param peer the node the gateway heard it from (a site, a Route Server, itself) or sends it to
 * @param originNode the node the route started at: an NVA, a site, a gateway, or the vnet of a vnet space
 */
public record GatewayRoute(Ipv4Prefix network, AsPath asPath, Ipv4Address nextHop, Ipv4Address sourcePeer,
    Ipv4Address localAddress, String origin, String peer, String originNode, List<Community> communities) {

  public GatewayRoute {
    communities = List.copyOf(communities);
  }
}
