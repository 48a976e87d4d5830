package org.routesrv.dsl.lowering;

import java.util.ArrayList;
import java.util.List;

import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteMap.AsPathOperation;
import org.routesrv.dsl.network.RouteMap.CommunityOperation;
import org.routesrv.dsl.network.RouteMap.MatchKind;
import org.routesrv.dsl.rsnet.AsPathMatch;
import org.routesrv.dsl.rsnet.CommunityChange;
import org.routesrv.dsl.rsnet.CommunityMatch;
import org.routesrv.dsl.rsnet.DropAction;
import org.routesrv.dsl.rsnet.PrefixMatch;
import org.routesrv.dsl.rsnet.PrependAction;
import org.routesrv.dsl.rsnet.RouteMapAction;
import org.routesrv.dsl.rsnet.RouteMapMatch;
import org.routesrv.dsl.rsnet.RouteMapRule;
import org.routesrv.dsl.rsnet.SetAsPathAction;
import org.routesrv.dsl.rsnet.SetCommunityAction;
import org.routesrv.dsl.rsnet.SetLocalPrefAction;
import org.routesrv.dsl.rsnet.SummarizeAction;

/** A written {@code route-map} as the plain network model's {@link RouteMap}. */
final class RouteMapLowering {

  private RouteMapLowering() {
  }

  static RouteMap lower(org.routesrv.dsl.rsnet.RouteMap map) {
    List<RouteMap.Rule> rules = new ArrayList<>(map.getRules().size());
    for (RouteMapRule rule : map.getRules()) {
      rules.add(new RouteMap.Rule(rule.getName(), rule.getMatches().stream().map(RouteMapLowering::match).toList(),
          rule.getActions().stream().map(RouteMapLowering::action).toList(), rule.isContinues()));
    }
    return new RouteMap(map.getName(), rules);
  }

  private static RouteMap.Match match(RouteMapMatch match) {
    return switch (match) {
      case PrefixMatch prefixes -> new RouteMap.PrefixMatch(kind(prefixes.getKind()),
          prefixes.getPrefixes().stream().map(p -> p.network()).toList());
      case CommunityMatch communities -> new RouteMap.CommunityMatch(kind(communities.getKind()),
          communities.getCommunities());
      case AsPathMatch path -> new RouteMap.AsPathMatch(kind(path.getKind()), path.getAsns());
      default -> throw new IllegalStateException("no lowering for " + match.eClass().getName());
    };
  }

  private static MatchKind kind(org.routesrv.dsl.rsnet.MatchKind kind) {
    return MatchKind.valueOf(kind.name());
  }

  private static RouteMap.Action action(RouteMapAction action) {
    return switch (action) {
      case DropAction drop -> new RouteMap.Drop();
      case SummarizeAction summary -> new RouteMap.Summarize(summary.getPrefixes().stream().map(p -> p.network()).toList());
      case PrependAction prepend -> new RouteMap.AsPathChange(AsPathOperation.PREPEND, prepend.getAsns());
      case SetAsPathAction path -> new RouteMap.AsPathChange(AsPathOperation.REPLACE, path.getAsns());
      case SetCommunityAction communities -> new RouteMap.CommunityChange(CommunityOperation.REPLACE,
          communities.getCommunities());
      case CommunityChange change -> new RouteMap.CommunityChange(CommunityOperation.valueOf(change.getOperation().name()),
          change.getCommunities());
      case SetLocalPrefAction preference -> new RouteMap.SetLocalPreference(preference.getValue());
      default -> throw new IllegalStateException("no lowering for " + action.eClass().getName());
    };
  }
}
