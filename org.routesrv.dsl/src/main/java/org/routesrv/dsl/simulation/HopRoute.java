package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Prefix;

/** The route that chose a trace hop: a subnet's effective route, an NVA's route, or a gateway's site route. */
public sealed interface HopRoute permits EffectiveRoute, NvaRoute, SiteRoute {

  Ipv4Prefix prefix();
}
