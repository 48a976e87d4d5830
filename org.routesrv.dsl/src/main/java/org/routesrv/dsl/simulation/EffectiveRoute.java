package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * One row of a subnet's effective routes, one per next hop (ECMP shows as several rows, fact 64).
 *
 * @param name the user-defined route's name, null for other sources
 * @param nextHopIp null for next hop types without an address
 * @param origin the path a BGP row was programmed from, null for other sources
 */
public record EffectiveRoute(String name, RouteSource source, RouteState state, Ipv4Prefix prefix,
    NextHopType nextHopType, Ipv4Address nextHopIp, BgpCandidate origin) implements HopRoute {

  EffectiveRoute withState(RouteState newState) {
    return newState == state ? this : new EffectiveRoute(name, source, newState, prefix, nextHopType, nextHopIp, origin);
  }

  static EffectiveRoute system(Ipv4Prefix prefix, NextHopType type) {
    return new EffectiveRoute(null, RouteSource.DEFAULT, RouteState.ACTIVE, prefix, type, null, null);
  }
}
