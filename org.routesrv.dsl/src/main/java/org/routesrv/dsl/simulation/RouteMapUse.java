package org.routesrv.dsl.simulation;

import java.util.List;

import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteServerInstance;

/**
 * A route map a Route Server applies on one peering ({@code export}: to that NVA, else from it), with what it did to
 * each route on {@code instance}, the first instance whose session is Established (fact 89).
 */
public record RouteMapUse(String routeServer, boolean export, String peer, RouteMap map, RouteServerInstance instance,
    List<RouteMapOutcome> outcomes) {

  public RouteMapUse {
    outcomes = List.copyOf(outcomes);
  }
}
