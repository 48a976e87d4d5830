package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.RoutingPreference;

/** Route Server's choice among paths for one prefix (facts 55-58). */
final class RouteSelection {

  private RouteSelection() {
  }

  /**
   * The winning paths, several on an AS-path tie (ECMP, fact 55). The routing preference first
   * removes the losing gateway type (fact 57); VPN and NVA paths then compete by AS-path length
   * alone, whether or not branch-to-branch is on (fact 58). MED, origin and router id are ignored
   * (fact 56).
   */
  static List<BgpCandidate> best(List<BgpCandidate> candidates, RoutingPreference preference) {
    if (candidates.size() <= 1) {
      return candidates;
    }
    List<BgpCandidate> pool = switch (preference) {
      case EXPRESS_ROUTE -> keepIfAny(candidates, true);
      case VPN_GATEWAY -> keepIfAny(candidates, false);
      case AS_PATH -> candidates;
    };
    int shortest = Integer.MAX_VALUE;
    int tied = 0;
    for (BgpCandidate candidate : pool) {
      int length = candidate.asPath().length();
      if (length < shortest) {
        shortest = length;
        tied = 0;
      }
      if (length == shortest) {
        tied++;
      }
    }
    // Called for every prefix of the domain: the common all-tied case allocates nothing.
    List<BgpCandidate> winners = tied == pool.size() ? pool : new ArrayList<>(tied);
    if (winners != pool) {
      for (BgpCandidate candidate : pool) {
        if (candidate.asPath().length() == shortest) {
          winners.add(candidate);
        }
      }
    }
    // Under ASPath an equal-length ExpressRoute path still beats the others (MS Learn
    // route-injection-in-spokes: "ExpressRoute preferred when same length", fact 58).
    return preference == RoutingPreference.AS_PATH ? keepIfAny(winners, true) : winners;
  }

  /** Only the ExpressRoute paths ({@code expressRoute}) or only the others, when there are any. */
  private static List<BgpCandidate> keepIfAny(List<BgpCandidate> candidates, boolean expressRoute) {
    int keeping = 0;
    for (BgpCandidate candidate : candidates) {
      if (isExpressRoute(candidate) == expressRoute) {
        keeping++;
      }
    }
    if (keeping == 0 || keeping == candidates.size()) {
      return candidates;
    }
    List<BgpCandidate> kept = new ArrayList<>(keeping);
    for (BgpCandidate candidate : candidates) {
      if (isExpressRoute(candidate) == expressRoute) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  private static boolean isExpressRoute(BgpCandidate candidate) {
    return candidate.kind() == RouteOriginKind.EXPRESS_ROUTE_GATEWAY;
  }
}
