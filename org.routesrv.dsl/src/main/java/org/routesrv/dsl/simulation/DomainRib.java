package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RoutingPreference;

/**
 * The BGP routes programmed into every subnet of a domain (facts 61, 71): built once per domain and
 * shared by reference by every subnet's effective route table, never copied per subnet.
 */
final class DomainRib {

  private final Domain domain;
  private final Map<Ipv4Prefix, List<BgpCandidate>> candidates = new HashMap<>();
  private final PrefixTable<List<EffectiveRoute>> programmed = new PrefixTable<>();
  private final List<Ipv4Prefix> prefixes;

  private DomainRib(Domain domain, Map<Ipv4Prefix, List<BgpCandidate>> byPrefix) {
    this.domain = domain;
    RoutingPreference preference = domain.routeServer() != null ? domain.routeServer().routingPreference()
        // Without a Route Server Azure still prefers ExpressRoute over VPN for the same prefix.
        : RoutingPreference.EXPRESS_ROUTE;
    List<Ipv4Prefix> sorted = new ArrayList<>(byPrefix.keySet());
    sorted.sort(null);
    this.prefixes = List.copyOf(sorted);
    for (Map.Entry<Ipv4Prefix, List<BgpCandidate>> entry : byPrefix.entrySet()) {
      candidates.put(entry.getKey(), List.copyOf(entry.getValue()));
      programmed.put(entry.getKey(), rows(entry.getKey(), RouteSelection.best(entry.getValue(), preference)));
    }
  }

  /**
   * Candidates are the accepted routes of every peer of the hub's Route Server with an Established
   * session on either instance, and the hub gateways' site routes, which are programmed with or
   * without a Route Server and branch-to-branch (facts 58, 71).
   */
  static DomainRib build(Domain domain, Collection<RouteServerPeer> peers, Topology topology) {
    Map<Ipv4Prefix, List<BgpCandidate>> byPrefix = new HashMap<>();
    for (RouteServerPeer peer : peers) {
      Map<Ipv4Prefix, BgpRoute> accepted = new LinkedHashMap<>();
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        peer.accepted(instance).forEach(r -> accepted.putIfAbsent(r.prefix(), r));
      }
      accepted.values().forEach(r -> add(byPrefix, BgpCandidate.fromNva(peer.nva(), r)));
    }
    for (Gateway gateway : domain.gateways()) {
      for (BgpCandidate route : GatewayRoutes.of(gateway, topology)) {
        if (!sameAsVnetSpace(domain, route.prefix())) {
          add(byPrefix, route);
        }
      }
    }
    return new DomainRib(domain, byPrefix);
  }

  /** Gateways drop an on-premises prefix equal to a vnet space (fact 51). */
  static boolean sameAsVnetSpace(Domain domain, Ipv4Prefix prefix) {
    Domain.VnetSpace space = domain.spaceCovering(prefix);
    return space != null && space.prefix().equals(prefix);
  }

  private static void add(Map<Ipv4Prefix, List<BgpCandidate>> byPrefix, BgpCandidate candidate) {
    byPrefix.computeIfAbsent(candidate.prefix(), k -> new ArrayList<>(2)).add(candidate);
  }

  /** One row per distinct next hop of the winners (facts 55, 64). */
  private static List<EffectiveRoute> rows(Ipv4Prefix prefix, List<BgpCandidate> winners) {
    Map<Ipv4Address, BgpCandidate> byNextHop = new TreeMap<>();
    for (BgpCandidate winner : winners) {
      for (Ipv4Address nextHop : winner.nextHops()) {
        byNextHop.putIfAbsent(nextHop, winner);
      }
    }
    List<EffectiveRoute> rows = new ArrayList<>(byNextHop.size());
    byNextHop.forEach((nextHop, winner) -> rows.add(new EffectiveRoute(null, RouteSource.VIRTUAL_NETWORK_GATEWAY,
        RouteState.ACTIVE, prefix, NextHopType.VIRTUAL_NETWORK_GATEWAY, nextHop, winner)));
    return List.copyOf(rows);
  }

  Domain domain() {
    return domain;
  }

  PrefixTable<List<EffectiveRoute>> programmed() {
    return programmed;
  }

  /** Programmed prefixes in address order, for listing. */
  List<Ipv4Prefix> prefixes() {
    return prefixes;
  }

  /** Every path offered for {@code prefix}, winners and losers, for explanations. */
  List<BgpCandidate> candidates(Ipv4Prefix prefix) {
    return candidates.getOrDefault(prefix, List.of());
  }
}
