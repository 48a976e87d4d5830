package org.routesrv.dsl.simulation;

import java.util.List;

import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * What a route map did to one route: the rules that matched it, in order, what came out (a summary once, on the
 * first route it stands for), and the summaries it went into; nothing out and no summary: dropped.
 */
public record RouteMapOutcome(BgpRoute route, List<String> matchedRules, List<BgpRoute> result,
    List<Ipv4Prefix> summarizedInto) {

  public RouteMapOutcome {
    matchedRules = List.copyOf(matchedRules);
    result = List.copyOf(result);
    summarizedInto = List.copyOf(summarizedInto);
  }

  public boolean dropped() {
    return result.isEmpty() && summarizedInto.isEmpty();
  }
}
