package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RoutingPreference;

/**
 * The BGP routes programmed into every subnet of a domain (facts 61, 71): built once per domain and
 * shared by reference by every subnet's effective route table, never copied per subnet.
 */
final class DomainRib {

  private final Domain domain;
  /** Never changed after construction; handed out read-only. */
  private final Map<Ipv4Prefix, List<BgpCandidate>> candidates;
  private final PrefixTable<List<EffectiveRoute>> programmed;
  /** Sorted when first listed: simulating needs only the table, and sorting 34,000 prefixes is not free. */
  private volatile List<Ipv4Prefix> prefixes;

  private DomainRib(Domain domain, Map<Ipv4Prefix, List<BgpCandidate>> byPrefix, int[] prefixesPerLength) {
    this.domain = domain;
    this.programmed = new PrefixTable<>(prefixesPerLength);
    RoutingPreference preference = domain.routeServer() != null ? domain.routeServer().routingPreference()
        // Without a Route Server Azure still prefers ExpressRoute over VPN for the same prefix.
        : RoutingPreference.EXPRESS_ROUTE;
    this.candidates = byPrefix;
    for (Map.Entry<Ipv4Prefix, List<BgpCandidate>> entry : byPrefix.entrySet()) {
      programmed.put(entry.getKey(), rows(entry.getKey(), RouteSelection.best(entry.getValue(), preference)));
    }
  }

  /**
   * Candidates are the accepted routes of every peer of the hub's Route Server with an Established
   * session on an instance it programs from (either, by default: fact 88), and the hub gateways' site routes, which are programmed with or
   * without a Route Server and branch-to-branch (facts 58, 71).
   */
  static DomainRib build(Domain domain, Collection<RouteServerPeer> peers, Topology topology,
      Map<String, List<TunnelRoute>> tunnels) {
    int routes = 0;
    for (RouteServerPeer peer : peers) {
      routes += peer.announced().size();
    }
    // In insertion order, so that choosing among the paths reads them in the order they were made, not
    // scattered over the heap by hash: with tens of thousands of prefixes, that is most of the time spent.
    Map<Ipv4Prefix, List<BgpCandidate>> byPrefix = LinkedHashMap.newLinkedHashMap(routes);
    int[] prefixesPerLength = new int[33];
    InstanceSelection programmedFrom = domain.routeServer() == null ? InstanceSelection.BOTH
        : domain.routeServer().programmedFrom();
    for (RouteServerPeer peer : peers) {
      for (BgpRoute route : peer.programmable(programmedFrom)) {
        add(byPrefix, prefixesPerLength, BgpCandidate.fromNva(peer.nva(), route));
      }
    }
    for (Gateway gateway : domain.gateways()) {
      for (BgpCandidate route : GatewayRoutes.programmed(gateway, topology,
          tunnels.getOrDefault(gateway.name(), List.of()))) {
        if (!sameAsVnetSpace(domain, route.prefix())) {
          add(byPrefix, prefixesPerLength, route);
        }
      }
    }
    return new DomainRib(domain, byPrefix, prefixesPerLength);
  }

  /** Gateways drop an on-premises prefix equal to a vnet space (fact 51). */
  static boolean sameAsVnetSpace(Domain domain, Ipv4Prefix prefix) {
    Domain.VnetSpace space = domain.spaceCovering(prefix);
    return space != null && space.prefix().equals(prefix);
  }

  private static void add(Map<Ipv4Prefix, List<BgpCandidate>> byPrefix, int[] prefixesPerLength,
      BgpCandidate candidate) {
    List<BgpCandidate> paths = byPrefix.get(candidate.prefix());
    if (paths == null) {
      paths = new ArrayList<>(2);
      byPrefix.put(candidate.prefix(), paths);
      prefixesPerLength[candidate.prefix().length()]++;
    }
    paths.add(candidate);
  }

  /** One row per distinct next hop of the winners (facts 55, 64). */
  private static List<EffectiveRoute> rows(Ipv4Prefix prefix, List<BgpCandidate> winners) {
    if (winners.size() == 1 && winners.get(0).nextHops().size() == 1) {
      // Most prefixes have one path with one next hop: no ordering needed.
      return List.of(row(prefix, winners.get(0).nextHops().get(0), winners.get(0)));
    }
    int count = 0;
    for (BgpCandidate winner : winners) {
      count += winner.nextHops().size();
    }
    // Sorted by next hop as they come (an insertion sort: a few rows, and stable, so that the first
    // winner's row for a next hop comes first and is the one kept). Once per ECMP prefix: no collections.
    EffectiveRoute[] rows = new EffectiveRoute[count];
    int filled = 0;
    for (BgpCandidate winner : winners) {
      for (Ipv4Address nextHop : winner.nextHops()) {
        int at = filled++;
        while (at > 0 && rows[at - 1].nextHopIp().compareTo(nextHop) > 0) {
          rows[at] = rows[at - 1];
          at--;
        }
        rows[at] = row(prefix, nextHop, winner);
      }
    }
    int distinct = 0;
    for (EffectiveRoute row : rows) {
      if (distinct == 0 || !rows[distinct - 1].nextHopIp().equals(row.nextHopIp())) {
        rows[distinct++] = row;
      }
    }
    return List.of(distinct == rows.length ? rows : Arrays.copyOf(rows, distinct));
  }

  private static EffectiveRoute row(Ipv4Prefix prefix, Ipv4Address nextHop, BgpCandidate winner) {
    return new EffectiveRoute(null, RouteSource.VIRTUAL_NETWORK_GATEWAY, RouteState.ACTIVE, prefix,
        NextHopType.VIRTUAL_NETWORK_GATEWAY, nextHop, winner);
  }

  Domain domain() {
    return domain;
  }

  PrefixTable<List<EffectiveRoute>> programmed() {
    return programmed;
  }

  /** Programmed prefixes in address order, for listing. */
  List<Ipv4Prefix> prefixes() {
    List<Ipv4Prefix> sorted = prefixes;
    if (sorted == null) {
      // Computed again by a thread that races this one, to the same immutable list.
      List<Ipv4Prefix> keys = new ArrayList<>(candidates.keySet());
      keys.sort(null);
      sorted = List.copyOf(keys);
      prefixes = sorted;
    }
    return sorted;
  }

  /** Every path offered for {@code prefix}, winners and losers, for explanations. */
  List<BgpCandidate> candidates(Ipv4Prefix prefix) {
    return Collections.unmodifiableList(candidates.getOrDefault(prefix, List.of()));
  }
}
