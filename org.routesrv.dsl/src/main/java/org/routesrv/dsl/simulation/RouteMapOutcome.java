package org.routesrv.dsl.simulation;

import java.util.List;

/**
 * What a route map did to one route: the rules that matched it, in order, and what came out (nothing:
 * dropped; a summary: a route of another prefix, or nothing when an earlier route already brought it).
 */
public record RouteMapOutcome(BgpRoute route, List<String> matchedRules, List<BgpRoute> result) {

  public RouteMapOutcome {
    matchedRules = List.copyOf(matchedRules);
    result = List.copyOf(result);
  }
}
