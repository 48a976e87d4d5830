package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A route as on-premises receives it: the AS path as the site's router sees it (12076 and no private ASNs over
 * ExpressRoute, fact 72).
 *
 * @param nextHop the gateway instance or NVA address the site peers with; null over ExpressRoute, where it is the
 *     MSEE's address on the circuit, which RSNet does not know
 * @param via the gateway or NVA the site is connected by
 * @param originNode where the route started: an NVA, another site, a gateway, or the vnet of a vnet space
 */
public record SiteLearnedRoute(Ipv4Prefix network, AsPath asPath, Ipv4Address nextHop, String via, String originNode) {
}
