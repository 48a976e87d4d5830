package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.Target;

/**
 * Checks {@code expect} lines against a simulation, each result with a sentence saying what the
 * simulation found. Scenario expectations are checked against the network after all events; an
 * outage needs the scenario run itself.
 */
public final class ExpectationChecker {

  private final Simulation simulation;
  private final ScenarioSimulation scenario;
  private final RouteTargets targets;

  private ExpectationChecker(Simulation simulation, ScenarioSimulation scenario) {
    this.simulation = simulation;
    this.scenario = scenario;
    this.targets = new RouteTargets(simulation.topology());
  }

  public static List<ExpectationResult> check(Simulation simulation, List<Expectation> expectations) {
    ExpectationChecker checker = new ExpectationChecker(simulation, null);
    return expectations.stream().map(checker::check).toList();
  }

  public static List<ExpectationResult> check(ScenarioSimulation run, List<Expectation> expectations) {
    ExpectationChecker checker = new ExpectationChecker(run.result(), run);
    return expectations.stream().map(checker::check).toList();
  }

  /** The baseline's expectations against the baseline. */
  public static List<ExpectationResult> checkBaseline(Simulation simulation) {
    return check(simulation, simulation.network().expectations());
  }

  /** The scenario's own expectations against its run. */
  public static List<ExpectationResult> checkScenario(ScenarioSimulation run) {
    return check(run, run.scenario().expectations());
  }

  ExpectationResult check(Expectation expectation) {
    return switch (expectation) {
      case Expectation.Route route -> route(route);
      case Expectation.RouteRows rows -> routeRows(rows);
      case Expectation.NoRoute noRoute -> noRoute(noRoute);
      case Expectation.Trace trace -> trace(trace);
      case Expectation.Symmetric symmetric -> symmetric(symmetric);
      case Expectation.Session session -> session(session);
      case Expectation.Learned learned -> learned(learned);
      case Expectation.LearnedCount count -> learnedCount(count);
      case Expectation.NoLearned noLearned -> noLearned(noLearned);
      case Expectation.Advertised advertised -> advertised(advertised);
      case Expectation.NoAdvertised noAdvertised -> noAdvertised(noAdvertised);
      case Expectation.Outage outage -> outage(outage);
    };
  }

  private ExpectationResult result(Expectation expectation, boolean passed, String actual) {
    return new ExpectationResult(expectation.source(), passed, actual);
  }

  private ExpectationResult route(Expectation.Route expectation) {
    EffectiveRouteTable table = simulation.effectiveRoutes(expectation.subnet());
    if (table == null) {
      return result(expectation, false, "subnet " + expectation.subnet() + " does not exist");
    }
    List<EffectiveRoute> chosen = table.lookup(expectation.prefix());
    Set<String> actual = new TreeSet<>();
    chosen.forEach(r -> actual.add(targets.target(r, expectation.subnet())));
    // Several targets mean exactly that ECMP set: each names a chosen next hop, and each chosen next hop is named.
    boolean passed = expectation.targets().stream()
            .allMatch(t -> chosen.stream().anyMatch(r -> targets.names(t, r, expectation.subnet())))
        && chosen.stream()
            .allMatch(r -> expectation.targets().stream().anyMatch(t -> targets.names(t, r, expectation.subnet())));
    String found = chosen.isEmpty() ? "no route covers " + expectation.prefix() + " in " + expectation.subnet()
        : expectation.prefix() + " goes to " + chosen.stream().map(r -> targets.describe(r, expectation.subnet()))
            .collect(Collectors.joining(", ")) + routeText(chosen.get(0));
    if (passed) {
      return result(expectation, true, found);
    }
    List<String> reasons = new ArrayList<>();
    for (Target target : expectation.targets()) {
      if (target instanceof Target.Node node && !actual.contains(node.name())) {
        reasons.add(new RouteExplainer(simulation).whyNot(node.name(), expectation.subnet(), expectation.prefix(),
            chosen));
      }
    }
    return result(expectation, false, "expected via " + joined(expectation.targets()) + ", but " + found
        + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
  }

  private static String routeText(EffectiveRoute route) {
    return " (" + route.source().azureName() + " route " + route.prefix() + ")";
  }

  /** Fact 84: the Default and User rows listed for exactly the prefix, Invalid ones included. */
  private ExpectationResult routeRows(Expectation.RouteRows expectation) {
    EffectiveRouteTable table = simulation.effectiveRoutes(expectation.subnet());
    if (table == null) {
      return result(expectation, false, "subnet " + expectation.subnet() + " does not exist");
    }
    List<EffectiveRoute> rows = table.rows().stream()
        .filter(r -> r.prefix().equals(expectation.prefix()))
        .filter(r -> r.source() == RouteSource.DEFAULT || r.source() == RouteSource.USER)
        .toList();
    String listed = rows.isEmpty() ? expectation.subnet() + " lists no Default or User row for " + expectation.prefix()
        : expectation.subnet() + " lists " + rows.stream().map(r -> r.source().azureName() + " " + r.state().azureName()
            + " " + r.prefix() + " " + r.nextHopType().azureName()).collect(Collectors.joining(", "));
    boolean passed = switch (expectation.state()) {
      case ABSENT -> rows.isEmpty();
      case INVALID -> rows.stream().anyMatch(r -> r.state() == RouteState.INVALID);
    };
    return result(expectation, passed, passed ? listed
        : "expected " + expectation.state().name().toLowerCase(java.util.Locale.ROOT) + ", but " + listed);
  }

  private ExpectationResult noRoute(Expectation.NoRoute expectation) {
    EffectiveRouteTable table = simulation.effectiveRoutes(expectation.subnet());
    if (table == null) {
      return result(expectation, false, "subnet " + expectation.subnet() + " does not exist");
    }
    List<EffectiveRoute> exact = table.lookup(expectation.prefix()).stream()
        .filter(r -> r.prefix().equals(expectation.prefix())).toList();
    if (exact.isEmpty()) {
      return result(expectation, true, expectation.subnet() + " has no Active route for " + expectation.prefix());
    }
    return result(expectation, false, expectation.subnet() + " has an Active " + exact.get(0).source().azureName()
        + " route " + expectation.prefix() + " to " + exact.stream().map(r -> targets.describe(r, expectation.subnet()))
            .collect(Collectors.joining(", ")));
  }

  private ExpectationResult trace(Expectation.Trace expectation) {
    Trace trace = simulation.trace(expectation.from(), expectation.to());
    if (trace == null) {
      return result(expectation, false, expectation.from() + " is no VM, NVA or site of the network");
    }
    boolean passed = switch (expectation.outcome()) {
      case DROPPED -> trace.paths().stream().allMatch(p -> p.result() == TraceResult.DROPPED);
      case LOOPS -> trace.paths().stream().allMatch(p -> p.result() == TraceResult.LOOP);
      case DELIVERED -> trace.paths().stream().allMatch(p -> matches(p, expectation.via()));
    };
    String actual = describe(trace);
    return result(expectation, passed, passed ? actual : "expected " + expected(expectation) + ", but " + actual);
  }

  /** Node targets must be the NVAs and gateways passed, in order; a keyword says how the path ends. */
  private static boolean matches(TracePath path, List<Target> via) {
    if (!path.result().reachesDestination() && !via.contains(Target.Keyword.NONE)) {
      return false;
    }
    List<String> nodes = via.stream().filter(t -> t instanceof Target.Node).map(Target::toString).toList();
    if (!nodes.equals(path.nodes())) {
      return false;
    }
    EffectiveRoute last = path.lastSubnetRoute();
    for (Target target : via) {
      if (target instanceof Target.Keyword keyword) {
        boolean ok = switch (keyword) {
          case INTERNET -> path.result() == TraceResult.INTERNET;
          case NONE -> path.result() == TraceResult.DROPPED;
          case VNET_LOCAL -> last != null && last.nextHopType() == NextHopType.VNET_LOCAL;
          case PEERING -> last != null && last.nextHopType().isPeering();
        };
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  private static String expected(Expectation.Trace expectation) {
    return switch (expectation.outcome()) {
      case DROPPED -> "the packet to be dropped";
      case LOOPS -> "the packet to loop";
      case DELIVERED -> "delivery via " + joined(expectation.via());
    };
  }

  static String describe(Trace trace) {
    String head = trace.from() + " -> " + trace.to() + ": ";
    if (trace.paths().size() == 1) {
      return head + describe(trace.primary());
    }
    return head + trace.paths().size() + " ECMP paths: "
        + trace.paths().stream().map(ExpectationChecker::describe).collect(Collectors.joining("; "));
  }

  private static String describe(TracePath path) {
    String via = path.nodes().isEmpty() ? "through no NVA or gateway" : "via " + String.join(", ", path.nodes());
    return path.result().word() + " " + via + " (" + path.reason() + ")";
  }

  private ExpectationResult session(Expectation.Session expectation) {
    List<BgpSession> sessions = new ArrayList<>();
    for (RouteServerPeer peer : simulation.peeringsOf(expectation.nva())) {
      peer.sessions().stream().filter(s -> peer.instances().includes(s.instance())).forEach(sessions::add);
    }
    if (sessions.isEmpty()) {
      return result(expectation, false, expectation.nva() + " has no session with a Route Server");
    }
    boolean passed = switch (expectation.state()) {
      case ESTABLISHED -> sessions.stream().allMatch(BgpSession::established);
      case DOWN -> sessions.stream().noneMatch(BgpSession::established);
    };
    String actual = sessions.stream()
        .map(s -> s.routeServer() + " " + s.localAddress() + " " + s.state().azureName()
            + (s.reason() != null ? " (" + s.reason() + ")" : ""))
        .collect(Collectors.joining(", "));
    return result(expectation, passed, expectation.nva() + " sessions: " + actual);
  }

  /** The peers an expectation names: the one NVA's peering, or every peer of the Route Server. */
  private List<RouteServerPeer> peersNamed(String routeServer, String nva) {
    if (nva == null) {
      return simulation.peers(routeServer);
    }
    RouteServerPeer peer = simulation.peer(routeServer, nva);
    return peer == null ? List.of() : List.of(peer);
  }

  private static String from(String nva) {
    return nva == null ? "" : " from " + nva;
  }

  /** What an instance lists as learned from the peer while their session is Established; nothing otherwise. */
  private static List<LearnedRoute> learnedOverSession(RouteServerPeer peer, RouteServerInstance instance) {
    BgpSession session = peer.session(instance);
    return session != null && session.established() ? peer.learned(instance) : List.of();
  }

  private ExpectationResult learned(Expectation.Learned expectation) {
    if (simulation.topology().routeServer(expectation.node()) == null) {
      return learnedByNode(expectation);
    }
    List<RouteServerPeer> peers = peersNamed(expectation.node(), expectation.from());
    if (peers.isEmpty()) {
      return result(expectation, false, (expectation.from() != null ? expectation.from() : "no NVA")
          + " peers with " + expectation.node());
    }
    Set<String> paths = new LinkedHashSet<>();
    String filtered = null;
    for (RouteServerPeer peer : peers) {
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        for (LearnedRoute route : learnedOverSession(peer, instance)) {
          if (route.route().prefix().equals(expectation.prefix())) {
            paths.add(route.route().asPath().toString());
            filtered = route.filtered();
          }
        }
      }
    }
    String subject = expectation.node() + " " + expectation.prefix() + from(expectation.from());
    if (paths.isEmpty()) {
      return result(expectation, false, "not learned: " + subject + ": " + whyNotLearned(peers, expectation.prefix()));
    }
    String actual = "learned " + subject + " with AS path " + String.join(" / ", paths)
        + (filtered != null ? ", filtered: " + filtered : "");
    boolean passed = expectation.asPath() == null || paths.contains(expectation.asPath().toString());
    return result(expectation, passed, passed ? actual : "expected AS path " + expectation.asPath() + ", but " + actual);
  }

  private static String whyNotLearned(List<RouteServerPeer> peers, Ipv4Prefix prefix) {
    List<String> reasons = new ArrayList<>();
    for (RouteServerPeer peer : peers) {
      String rejection = rejectionOf(peer, prefix);
      if (!peer.anyEstablished()) {
        reasons.add(peer.nva() + "'s sessions are Idle: " + peer.sessions().get(0).reason());
      } else if (rejection != null) {
        reasons.add("Route Server rejects it from " + peer.nva() + ": " + rejection);
      }
    }
    if (reasons.isEmpty()) {
      return peers.size() == 1 ? peers.get(0).nva() + " does not advertise it" : "no peer advertises it";
    }
    return String.join("; ", reasons);
  }

  /** Each instance lists the same count: a session down on one instance shows as a lower count there. */
  private ExpectationResult learnedCount(Expectation.LearnedCount expectation) {
    if (simulation.topology().routeServer(expectation.node()) == null) {
      return learnedCountByNode(expectation);
    }
    List<RouteServerPeer> peers = peersNamed(expectation.node(), expectation.from());
    if (expectation.from() != null && peers.isEmpty()) {
      return result(expectation, false, expectation.from() + " does not peer with " + expectation.node());
    }
    List<String> counts = new ArrayList<>();
    boolean passed = true;
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      int count = 0;
      for (RouteServerPeer peer : peers) {
        count += learnedOverSession(peer, instance).size();
      }
      passed &= count == expectation.count();
      counts.add(count + " on " + instance.role());
    }
    String actual = expectation.node() + " lists " + String.join(" and ", counts) + " learned"
        + (expectation.from() != null ? " from " + expectation.from() : " from all peers");
    return result(expectation, passed, passed ? actual : "expected " + expectation.count() + " routes, but " + actual);
  }

  private ExpectationResult noLearned(Expectation.NoLearned expectation) {
    if (simulation.topology().routeServer(expectation.node()) == null) {
      return noLearnedByNode(expectation);
    }
    List<String> learnedFrom = new ArrayList<>();
    for (RouteServerPeer peer : peersNamed(expectation.node(), expectation.from())) {
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        if (learnedOverSession(peer, instance).stream().anyMatch(r -> r.route().prefix().equals(expectation.prefix()))) {
          learnedFrom.add(peer.nva() + " on " + instance.role());
        }
      }
    }
    String subject = expectation.node() + " " + expectation.prefix() + from(expectation.from());
    return learnedFrom.isEmpty() ? result(expectation, true, "not learned: " + subject)
        : result(expectation, false, "learned " + subject + ": listed from " + String.join(", ", learnedFrom));
  }

  /** {@code expect learned} of a gateway, an NVA or a site: a route for the prefix from that source, with that path. */
  private ExpectationResult learnedByNode(Expectation.Learned expectation) {
    List<HeldRoutes.Held> held = HeldRoutes.of(simulation, expectation.node());
    if (held == null) {
      return result(expectation, false, expectation.node() + " is no Route Server, gateway, NVA or site of the network");
    }
    Set<String> paths = new LinkedHashSet<>();
    Set<String> otherSources = new LinkedHashSet<>();
    for (HeldRoutes.Held route : held) {
      if (route.prefix().equals(expectation.prefix())) {
        if (expectation.from() == null || route.sources().contains(expectation.from())) {
          paths.add(shown(route.asPath()));
        } else {
          otherSources.addAll(route.sources());
        }
      }
    }
    String subject = expectation.node() + " " + expectation.prefix() + from(expectation.from());
    if (paths.isEmpty()) {
      return result(expectation, false, "not learned: " + subject
          + (otherSources.isEmpty() ? "" : ": it holds the prefix from " + String.join(", ", otherSources)));
    }
    String actual = "learned " + subject + " with AS path " + String.join(" / ", paths);
    boolean passed = expectation.asPath() == null || paths.contains(shown(expectation.asPath()));
    return result(expectation, passed, passed ? actual
        : "expected AS path " + shown(expectation.asPath()) + ", but " + actual);
  }

  private static String shown(AsPath path) {
    return path.length() == 0 ? "(empty)" : path.toString();
  }

  /** A gateway's count is per instance, like a Route Server's; an NVA or a site counts the prefixes it holds. */
  private ExpectationResult learnedCountByNode(Expectation.LearnedCount expectation) {
    List<HeldRoutes.Held> held = HeldRoutes.of(simulation, expectation.node());
    if (held == null) {
      return result(expectation, false, expectation.node() + " is no Route Server, gateway, NVA or site of the network");
    }
    java.util.Map<String, Set<Ipv4Prefix>> byTable = new java.util.TreeMap<>();
    for (HeldRoutes.Held route : held) {
      Set<Ipv4Prefix> prefixes = byTable.computeIfAbsent(route.table(), t -> new TreeSet<>());
      if (expectation.from() == null || route.sources().contains(expectation.from())) {
        prefixes.add(route.prefix());
      }
    }
    if (byTable.isEmpty()) {
      byTable.put("", Set.of());
    }
    boolean passed = byTable.values().stream().allMatch(prefixes -> prefixes.size() == expectation.count());
    String counts = byTable.entrySet().stream()
        .map(e -> e.getValue().size() + (e.getKey().isEmpty() ? "" : " on " + e.getKey()))
        .collect(Collectors.joining(" and "));
    String actual = expectation.node() + " holds " + counts + " prefixes"
        + (expectation.from() != null ? " from " + expectation.from() : "");
    return result(expectation, passed, passed ? actual : "expected " + expectation.count() + ", but " + actual);
  }

  private ExpectationResult noLearnedByNode(Expectation.NoLearned expectation) {
    List<HeldRoutes.Held> held = HeldRoutes.of(simulation, expectation.node());
    if (held == null) {
      return result(expectation, false, expectation.node() + " is no Route Server, gateway, NVA or site of the network");
    }
    Set<String> sources = new LinkedHashSet<>();
    for (HeldRoutes.Held route : held) {
      if (route.prefix().equals(expectation.prefix())
          && (expectation.from() == null || route.sources().contains(expectation.from()))) {
        sources.addAll(route.sources());
      }
    }
    String subject = expectation.node() + " " + expectation.prefix() + from(expectation.from());
    return sources.isEmpty() ? result(expectation, true, "not learned: " + subject)
        : result(expectation, false, "learned " + subject + ": from " + String.join(", ", sources));
  }

  /** Why Route Server rejected {@code prefix} from {@code peer} without listing it (fact 82), or null. */
  private static String rejectionOf(RouteServerPeer peer, Ipv4Prefix prefix) {
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      for (LearnedRoute route : peer.rejected(instance)) {
        if (route.route().prefix().equals(prefix)) {
          return route.filtered();
        }
      }
    }
    return null;
  }

  private List<AsPath> advertisedPaths(String routeServer, Ipv4Prefix prefix, String nva) {
    List<AsPath> paths = new ArrayList<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      for (AdvertisedRoute route : simulation.advertisedRoutes(routeServer, nva, instance)) {
        if (route.prefix().equals(prefix) && !paths.contains(route.asPath())) {
          paths.add(route.asPath());
        }
      }
    }
    return paths;
  }

  private ExpectationResult advertised(Expectation.Advertised expectation) {
    List<AsPath> paths = advertisedPaths(expectation.routeServer(), expectation.prefix(), expectation.nva());
    String subject = expectation.routeServer() + " " + expectation.prefix() + " to " + expectation.nva();
    if (paths.isEmpty()) {
      return result(expectation, false, "not advertised: " + subject);
    }
    String actual = "advertised " + subject + " with AS path "
        + paths.stream().map(AsPath::toString).collect(Collectors.joining(" / "));
    boolean passed = expectation.asPath() == null || paths.contains(expectation.asPath());
    return result(expectation, passed, passed ? actual : "expected AS path " + expectation.asPath() + ", but " + actual);
  }

  private ExpectationResult noAdvertised(Expectation.NoAdvertised expectation) {
    List<AsPath> paths = advertisedPaths(expectation.routeServer(), expectation.prefix(), expectation.nva());
    String subject = expectation.routeServer() + " " + expectation.prefix() + " to " + expectation.nva();
    return paths.isEmpty() ? result(expectation, true, "not advertised: " + subject)
        : result(expectation, false, "advertised " + subject + " with AS path " + paths.get(0));
  }

  /** The flow's reply must arrive through the same stateful NVAs as the flow itself. */
  private ExpectationResult symmetric(Expectation.Symmetric expectation) {
    Trace trace = simulation.trace(expectation.fromVm(), expectation.to());
    if (trace == null) {
      return result(expectation, false, "vm " + expectation.fromVm() + " does not exist");
    }
    if (trace.symmetry() == null) {
      TracePath first = trace.primary();
      return result(expectation, false, "no reply to compare: the flow is " + first.result().word() + " ("
          + first.reason() + ")" + (first.result() == TraceResult.INTERNET ? "; replies from the internet are not traced"
              : ""));
    }
    return result(expectation, trace.symmetry().symmetric(), (trace.symmetry().symmetric() ? "symmetric: "
        : "asymmetric: ") + trace.symmetry().explanation());
  }

  private ExpectationResult outage(Expectation.Outage expectation) {
    if (scenario == null) {
      return result(expectation, false, "an outage is only defined in a scenario");
    }
    Outage outage = scenario.outage(expectation.fromVm(), expectation.to());
    if (outage.unbounded()) {
      return result(expectation, false, "traffic is lost for good from " + outage.event() + ": " + outage.cause());
    }
    // The worst case decides: the window's high end, from the programming delay's (fact 91).
    boolean passed = outage.longest().compareTo(expectation.atMost()) <= 0;
    String actual = "outage " + outage.window()
        + (outage.event() == null ? " (" + outage.cause() + ")" : " after " + outage.event() + ": " + outage.cause());
    return result(expectation, passed, passed ? actual
        : actual + " exceeds " + OutageCalculator.seconds(expectation.atMost()));
  }

  private static String joined(List<Target> targets) {
    return targets.stream().map(Target::toString).collect(Collectors.joining(", "));
  }
}
