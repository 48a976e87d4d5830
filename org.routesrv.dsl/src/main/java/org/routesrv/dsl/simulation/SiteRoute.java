package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Prefix;

/** An on-premises prefix of {@code site}, as the gateway or NVA in front of it routes to it. */
public record SiteRoute(String site, Ipv4Prefix prefix) implements HopRoute {
}
