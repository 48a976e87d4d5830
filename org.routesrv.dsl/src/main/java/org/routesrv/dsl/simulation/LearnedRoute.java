package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Address;

/**
 * A route in {@code list-learned-routes}: as the NVA sent it, or as the import map left it (fact 89), on the
 * instance at {@code localAddress}.
 *
 * @param filtered why Route Server neither programs nor advertises it, null when it does
 */
public record LearnedRoute(BgpRoute route, Ipv4Address localAddress, Ipv4Address sourcePeer, String filtered) {
}
