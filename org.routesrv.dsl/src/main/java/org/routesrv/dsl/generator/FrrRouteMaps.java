package org.routesrv.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteMap.MatchKind;

/**
 * An RSNet route map (Azure's semantics, fact 89) as an FRR route-map: one entry per rule in order, a
 * {@code deny} entry for {@code drop}, {@code on-match next} for {@code continue}, and a last
 * {@code permit} because Azure lets through a route no rule matches. Each match gets its own list:
 * prefix {@code equals} an exact prefix-list entry, {@code contains} one with {@code le 32}; community
 * {@code equals} one community-list line holding all the communities (FRR requires all of a line),
 * {@code contains} a line per community; AS path {@code equals} an anchored regular expression,
 * {@code contains} a line per ASN. FRR cannot replace the AS path or summarize in a route-map: a rule
 * with such an action is left out and named in {@link #leftOut}.
 */
final class FrrRouteMaps {

  /** The last entry: FRR denies what no entry permits, Azure allows it. */
  static final int ALLOW_REST = 65_000;

  private final RouteMap map;
  private final String name;

  FrrRouteMaps(RouteMap map) {
    this.map = map;
    this.name = "MAP-" + map.name();
  }

  String name() {
    return name;
  }

  /** The rules FRR cannot express, each as a note. */
  List<String> leftOut() {
    List<String> notes = new ArrayList<>();
    for (RouteMap.Rule rule : map.rules()) {
      String reason = unsupported(rule);
      if (reason != null) {
        notes.add("route-map " + map.name() + " rule " + rule.name() + " is left out: " + reason);
      }
    }
    return notes;
  }

  private static String unsupported(RouteMap.Rule rule) {
    if (rule.matches().stream().map(Object::getClass).distinct().count() < rule.matches().size()) {
      return "FRR keeps one match of a kind per route-map entry; write one match line per kind";
    }
    if (rule.actions().stream().filter(a -> a instanceof RouteMap.AsPathChange).count() > 1
        || rule.actions().stream().filter(a -> a instanceof RouteMap.CommunityChange).count() > 1) {
      return "FRR keeps one AS-path and one community action per route-map entry";
    }
    for (RouteMap.Action action : rule.actions()) {
      if (action instanceof RouteMap.Summarize) {
        return "FRR summarizes with aggregate-address, not in a route-map";
      }
      if (action instanceof RouteMap.AsPathChange change && change.operation() == RouteMap.AsPathOperation.REPLACE) {
        return "FRR 8 cannot replace a whole AS path in a route-map";
      }
    }
    return null;
  }

  /** The lists the entries match on, then the entries. */
  String text() {
    StringBuilder lists = new StringBuilder();
    StringBuilder entries = new StringBuilder();
    int sequence = 0;
    int ruleNumber = 0;
    for (RouteMap.Rule rule : map.rules()) {
      ruleNumber++;
      if (unsupported(rule) != null) {
        continue;
      }
      sequence += 10;
      // Lists are named by the rule's position: rule names may repeat, and hyphens in names could collide.
      String listPrefix = name + "-R" + ruleNumber;
      boolean drop = rule.actions().stream().anyMatch(RouteMap.Drop.class::isInstance);
      entries.append("route-map ").append(name).append(drop ? " deny " : " permit ").append(sequence).append('\n');
      entries.append(" description rule ").append(rule.name()).append('\n');
      int matchNumber = 0;
      for (RouteMap.Match match : rule.matches()) {
        String list = listPrefix + "-M" + (++matchNumber);
        lists.append(listLines(list, match));
        entries.append(matchLine(list, match)).append('\n');
      }
      if (!drop) {
        for (RouteMap.Action action : rule.actions()) {
          String line = setLine(action, listPrefix + "-REMOVE", lists);
          if (line != null) {
            entries.append(' ').append(line).append('\n');
          }
        }
        if (rule.continues()) {
          entries.append(" on-match next\n");
        }
      }
      entries.append("!\n");
    }
    entries.append("route-map ").append(name).append(" permit ").append(ALLOW_REST).append('\n')
        .append(" description a route no rule matches is allowed, as in Azure\n!\n");
    return (lists.isEmpty() ? "" : lists + "!\n") + entries;
  }

  private static String listLines(String list, RouteMap.Match match) {
    StringBuilder out = new StringBuilder();
    switch (match) {
      case RouteMap.PrefixMatch prefixes -> {
        int sequence = 0;
        for (Ipv4Prefix prefix : prefixes.prefixes()) {
          out.append("ip prefix-list ").append(list).append(" seq ").append(sequence += 5).append(" permit ")
              .append(prefix).append(prefixes.kind() == MatchKind.CONTAINS && prefix.length() < 32 ? " le 32" : "")
              .append('\n');
        }
      }
      case RouteMap.CommunityMatch communities -> {
        if (communities.kind() == MatchKind.EQUALS) {
          out.append("bgp community-list standard ").append(list).append(" permit ").append(joined(communities.communities()))
              .append('\n');
        } else {
          communities.communities().forEach(community -> out.append("bgp community-list standard ").append(list)
              .append(" permit ").append(community).append('\n'));
        }
      }
      case RouteMap.AsPathMatch path -> {
        if (path.kind() == MatchKind.EQUALS) {
          out.append("bgp as-path access-list ").append(list).append(" seq 5 permit ^")
              .append(path.asns().stream().map(String::valueOf).collect(Collectors.joining("_"))).append("$\n");
        } else {
          int sequence = 0;
          for (long asn : path.asns()) {
            out.append("bgp as-path access-list ").append(list).append(" seq ").append(sequence += 5).append(" permit _")
                .append(asn).append("_\n");
          }
        }
      }
    }
    return out.toString();
  }

  private static String matchLine(String list, RouteMap.Match match) {
    return switch (match) {
      case RouteMap.PrefixMatch prefixes -> " match ip address prefix-list " + list;
      case RouteMap.CommunityMatch communities -> " match community " + list;
      case RouteMap.AsPathMatch path -> " match as-path " + list;
    };
  }

  /** The FRR set line of an action; a removal also writes the community-list it deletes by. */
  private static String setLine(RouteMap.Action action, String removalList, StringBuilder lists) {
    return switch (action) {
      case RouteMap.AsPathChange change -> "set as-path prepend "
          + change.asns().stream().map(String::valueOf).collect(Collectors.joining(" "));
      case RouteMap.CommunityChange change -> switch (change.operation()) {
        case ADD -> "set community " + joined(change.communities()) + " additive";
        case REPLACE -> change.communities().isEmpty() ? "set community none" : "set community " + joined(change.communities());
        case REMOVE -> {
          change.communities().forEach(community -> lists.append("bgp community-list standard ").append(removalList)
              .append(" permit ").append(community).append('\n'));
          yield "set comm-list " + removalList + " delete";
        }
      };
      case RouteMap.SetLocalPreference preference -> "set local-preference " + preference.value();
      case RouteMap.Drop drop -> null;
      case RouteMap.Summarize summary -> null;
    };
  }

  private static String joined(List<Community> communities) {
    return communities.stream().map(Community::toString).collect(Collectors.joining(" "));
  }
}
