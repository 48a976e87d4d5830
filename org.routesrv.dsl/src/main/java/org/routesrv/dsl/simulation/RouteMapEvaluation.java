package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteMap.Action;
import org.routesrv.dsl.network.RouteMap.AsPathOperation;
import org.routesrv.dsl.network.RouteMap.CommunityOperation;
import org.routesrv.dsl.network.RouteMap.MatchKind;

/**
 * Applies a route map to the routes one speaker sends another, with Azure's semantics (fact 89).
 * Azure applies a rule's actions in no particular order; where the order would matter RSNet replaces
 * before it adds (a path is set, then prepended; communities are set, then removed, then added), so
 * that nothing a rule adds is lost to another action of the same rule.
 */
final class RouteMapEvaluation {

  private RouteMapEvaluation() {
  }

  /**
   * The routes after the map, in the order they came: dropped ones gone, the others with the actions
   * of the rules they matched; routes a rule summarizes give way to its summaries, each summary once
   * (where its first route was), with the next hop of that route, no AS path and no communities.
   */
  static List<BgpRoute> apply(RouteMap map, List<BgpRoute> routes) {
    List<BgpRoute> result = new ArrayList<>(routes.size());
    Set<Ipv4Prefix> summaries = new HashSet<>();
    for (BgpRoute route : routes) {
      evaluate(map, route, result, summaries, new ArrayList<>(), new ArrayList<>());
    }
    return result;
  }

  /** {@link #apply}, route by route, with the rules each route matched. */
  static List<RouteMapOutcome> explain(RouteMap map, List<BgpRoute> routes) {
    List<RouteMapOutcome> outcomes = new ArrayList<>(routes.size());
    Set<Ipv4Prefix> summaries = new HashSet<>();
    for (BgpRoute route : routes) {
      List<BgpRoute> result = new ArrayList<>(1);
      List<String> matched = new ArrayList<>();
      List<Ipv4Prefix> summarizedInto = new ArrayList<>();
      evaluate(map, route, result, summaries, matched, summarizedInto);
      outcomes.add(new RouteMapOutcome(route, matched, result, summarizedInto));
    }
    return outcomes;
  }

  private static void evaluate(RouteMap map, BgpRoute original, List<BgpRoute> result, Set<Ipv4Prefix> summaries,
      List<String> matched, List<Ipv4Prefix> summarizedInto) {
    BgpRoute route = original;
    for (RouteMap.Rule rule : map.rules()) {
      if (!matchesAll(rule, route)) {
        continue;
      }
      matched.add(rule.name());
      if (rule.actions().stream().anyMatch(RouteMap.Drop.class::isInstance)) {
        return;
      }
      List<Ipv4Prefix> summary = rule.actions().stream().filter(RouteMap.Summarize.class::isInstance)
          .flatMap(action -> ((RouteMap.Summarize) action).prefixes().stream()).toList();
      if (!summary.isEmpty()) {
        summarizedInto.addAll(summary);
        for (Ipv4Prefix prefix : summary) {
          if (summaries.add(prefix)) {
            result.add(new BgpRoute(prefix, route.nextHop(), AsPath.EMPTY, List.of()));
          }
        }
        return;
      }
      route = withActions(route, rule.actions());
      if (!rule.continues()) {
        break;
      }
    }
    result.add(route);
  }

  private static boolean matchesAll(RouteMap.Rule rule, BgpRoute route) {
    for (RouteMap.Match match : rule.matches()) {
      if (!matches(match, route)) {
        return false;
      }
    }
    return true;
  }

  static boolean matches(RouteMap.Match match, BgpRoute route) {
    return switch (match) {
      case RouteMap.PrefixMatch prefixes -> prefixes.kind() == MatchKind.EQUALS
          ? prefixes.prefixes().contains(route.prefix())
          : prefixes.prefixes().stream().anyMatch(prefix -> prefix.covers(route.prefix()));
      case RouteMap.CommunityMatch communities -> communities.kind() == MatchKind.EQUALS
          ? route.communities().containsAll(communities.communities())
          : communities.communities().stream().anyMatch(route.communities()::contains);
      case RouteMap.AsPathMatch path -> path.kind() == MatchKind.EQUALS
          ? route.asPath().asns().equals(path.asns())
          : path.asns().stream().anyMatch(route.asPath()::contains);
    };
  }

  private static BgpRoute withActions(BgpRoute route, List<Action> actions) {
    AsPath path = route.asPath();
    for (AsPathOperation operation : List.of(AsPathOperation.REPLACE, AsPathOperation.PREPEND)) {
      for (Action action : actions) {
        if (action instanceof RouteMap.AsPathChange change && change.operation() == operation) {
          path = operation == AsPathOperation.REPLACE ? new AsPath(change.asns()) : path.prepend(new AsPath(change.asns()));
        }
      }
    }
    Set<Community> communities = new LinkedHashSet<>(route.communities());
    for (CommunityOperation operation : List.of(CommunityOperation.REPLACE, CommunityOperation.REMOVE,
        CommunityOperation.ADD)) {
      for (Action action : actions) {
        if (action instanceof RouteMap.CommunityChange change && change.operation() == operation) {
          switch (operation) {
            case REPLACE -> communities = new LinkedHashSet<>(change.communities());
            case REMOVE -> change.communities().forEach(communities::remove);
            case ADD -> communities.addAll(change.communities());
          }
        }
      }
    }
    return new BgpRoute(route.prefix(), route.nextHop(), path, List.copyOf(communities));
  }
}
