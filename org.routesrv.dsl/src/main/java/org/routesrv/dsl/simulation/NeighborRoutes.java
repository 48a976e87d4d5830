package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RouteServerPeering;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;

/**
 * BGP among the NVAs of the model: what each NVA receives over its {@code peer NAME IP asn ASN}
 * sessions with other NVAs, and, where it passes them on, what its Route Servers advertise to it.
 *
 * <p>Over every session an NVA sends, per prefix, its configured route for that peer or else,
 * unless it runs ExaBGP, its best path among the routes it did <em>not</em> learn from that peer
 * (its sites' prefixes, what its other NVA neighbours sent, what its Route Servers advertised), with
 * its own ASN prepended and itself as next hop. A receiver drops a path holding its own ASN (eBGP
 * loop prevention, fact 47). The same rule gives what an NVA sends to a Route Server
 * ({@link NvaAnnouncements}), so routes go round: Route Server, NVA, NVA, the other Route Server,
 * and so on.
 *
 * <p>{@link #converge} computes this as a fixed point in synchronous rounds, each from the
 * previous round's routes, until nothing changes. It terminates: every hop prepends an ASN and
 * receivers drop paths with their own ASN (Route Servers: 65515, fact 40), so only finitely many
 * paths exist and shortest-path BGP settles on them. A session torn down by the route limit stays
 * down for the rest of the iteration (it would otherwise flap with what it passes on), and
 * {@link #MAX_ROUNDS} caps it regardless. A network without NVA sessions (and without NVAs peering
 * two Route Servers) skips the iteration.
 */
final class NeighborRoutes {

  /** Hard cap on the rounds of the fixed point. */
  static final int MAX_ROUNDS = 64;

  static final NeighborRoutes NONE = new NeighborRoutes(Map.of(), Map.of(), Map.of(), 0, true);

  /** A route an NVA received from NVA {@code fromNva} over its neighbour entry {@code neighbor}. */
  record Learned(BgpRoute route, String fromNva, BgpNeighbor neighbor) {
  }

  /** A route a Route Server instance advertised to the NVA; its next hop is the instance (fact 48). */
  record FromRouteServer(String routeServer, BgpRoute route) {
  }

  /** A path an NVA may pass on, with the peer it came from ({@code nva:}, {@code rs:} or {@code site:} NAME). */
  record Candidate(BgpRoute route, String from) {
  }

  /** A session between two NVAs, seen from the receiving end: {@code back} is the sender's entry for the receiver. */
  record Session(Nva receiver, BgpNeighbor neighbor, Nva sender, BgpNeighbor back) {
  }

  /** What Route Servers learn and advertise, rebuilt each round from the NVAs' current routes. */
  interface RouteServerSide {

    void rebuild(NeighborRoutes routes);

    List<AdvertisedRoute> advertisedTo(String routeServer, String nva, RouteServerInstance instance);

    /** Peers announcing more than the route limit, by {@link #peerKey}, with the number announced. */
    Map<String, Integer> overRouteLimit();
  }

  private final Map<String, List<Learned>> fromNeighbors;
  private final Map<String, List<FromRouteServer>> fromRouteServers;
  private final Map<String, Integer> tornDown;
  private final int rounds;
  private final boolean converged;

  private NeighborRoutes(Map<String, List<Learned>> fromNeighbors, Map<String, List<FromRouteServer>> fromRouteServers,
      Map<String, Integer> tornDown, int rounds, boolean converged) {
    this.fromNeighbors = fromNeighbors;
    this.fromRouteServers = fromRouteServers;
    this.tornDown = tornDown;
    this.rounds = rounds;
    this.converged = converged;
  }

  static String peerKey(String routeServer, String nva) {
    return routeServer + " " + nva;
  }

  /**
   * The routes counted when an earlier round tore the session of {@code nva} with {@code routeServer}
   * down by the route limit (facts 25-27), null if none did. The teardown stays for the rest of the
   * iteration, as after a scenario's {@code advertise}: a real NVA would reconnect, resend and be
   * torn down again, flapping for ever; RSNet shows it down.
   */
  Integer tornDownByRouteLimit(String routeServer, String nva) {
    return tornDown.get(peerKey(routeServer, nva));
  }

  /** Routes {@code nva} received from its NVA neighbours, in the order of its {@code peer} lines. */
  List<Learned> learnedBy(String nva) {
    return fromNeighbors.getOrDefault(nva, List.of());
  }

  /**
   * Routes the Route Servers advertised to {@code nva}, kept only for an NVA that passes them on (to
   * an NVA neighbour or another Route Server); paths holding its own ASN are already dropped.
   */
  List<FromRouteServer> fromRouteServers(String nva) {
    return fromRouteServers.getOrDefault(nva, List.of());
  }

  /** Rounds the fixed point took, 0 when the network has no NVA sessions. */
  int rounds() {
    return rounds;
  }

  /** False only when {@link #MAX_ROUNDS} stopped a computation that was still changing. */
  boolean converged() {
    return converged;
  }

  private boolean sameRoutes(NeighborRoutes other) {
    return fromNeighbors.equals(other.fromNeighbors) && fromRouteServers.equals(other.fromRouteServers)
        && tornDown.equals(other.tornDown);
  }

  /**
   * Iterates until the NVAs' routes stop changing. On return {@code side} was last rebuilt from the
   * routes returned, so Route Servers and NVAs agree.
   */
  static NeighborRoutes converge(NetworkState state, Topology topology, RouteServerSide side) {
    List<Session> sessions = sessions(state, topology);
    Set<String> relays = relays(sessions, state, topology);
    if (sessions.isEmpty() && relays.isEmpty()) {
      side.rebuild(NONE);
      return NONE;
    }
    NeighborRoutes current = NONE;
    for (int round = 1; ; round++) {
      side.rebuild(current);
      NeighborRoutes next = round(round, sessions, relays, current, side, state, topology);
      if (next.sameRoutes(current)) {
        return new NeighborRoutes(current.fromNeighbors, current.fromRouteServers, current.tornDown, round, true);
      }
      if (round == MAX_ROUNDS) {
        NeighborRoutes last = new NeighborRoutes(next.fromNeighbors, next.fromRouteServers, next.tornDown, round,
            false);
        side.rebuild(last);
        return last;
      }
      current = next;
    }
  }

  /** Established NVA-to-NVA sessions: both ends up, each naming the other's NIC address and ASN. */
  static List<Session> sessions(NetworkState state, Topology topology) {
    List<Session> sessions = new ArrayList<>();
    for (Nva nva : topology.nvas()) {
      if (state.isDown(nva.name())) {
        continue;
      }
      for (BgpNeighbor neighbor : nva.bgp().neighbors()) {
        NicOwner owner = topology.nicAt(neighbor.ip());
        if (owner == null || owner.nva().name().equals(nva.name()) || state.isDown(owner.nva().name())
            || owner.nva().asn() != neighbor.asn()) {
          continue;
        }
        Nva remote = owner.nva();
        BgpNeighbor back = remote.bgp().neighbors().stream()
            .filter(n -> n.asn() == nva.asn() && ownsAddress(nva, n.ip()))
            .findFirst().orElse(null);
        if (back != null) {
          sessions.add(new Session(nva, neighbor, remote, back));
        }
      }
    }
    return sessions;
  }

  /**
   * NVAs whose Route Server routes others receive: senders of an NVA session and NVAs peering with
   * several Route Servers, unless they only announce their configured routes (ExaBGP).
   */
  private static Set<String> relays(List<Session> sessions, NetworkState state, Topology topology) {
    Set<String> relays = new LinkedHashSet<>();
    sessions.forEach(s -> relays.add(s.sender().name()));
    for (Nva nva : topology.nvas()) {
      if (nva.bgp().routeServerPeerings().stream().map(RouteServerPeering::routeServer).distinct().count() > 1) {
        relays.add(nva.name());
      }
    }
    relays.removeIf(name -> state.isDown(name)
        || !VendorProfile.of(topology.nva(name).vendor()).passesOnLearnedRoutes());
    // An NVA whose advertisements wait for a learned route needs what Route Servers send it, whatever it passes on;
    // one with as-override hands a Route Server its own routes back.
    for (Nva nva : topology.nvas()) {
      boolean overrides = nva.bgp().routeServerPeerings().stream().anyMatch(p -> p.policy().asOverride())
          && VendorProfile.of(nva.vendor()).passesOnLearnedRoutes();
      if (!state.isDown(nva.name())
          && (overrides || nva.bgp().advertisements().stream().anyMatch(Advertisement::isConditional))) {
        relays.add(nva.name());
      }
    }
    return relays;
  }

  private static NeighborRoutes round(int round, List<Session> sessions, Set<String> relays, NeighborRoutes current,
      RouteServerSide side, NetworkState state, Topology topology) {
    Map<String, List<FromRouteServer>> fromServers = new HashMap<>();
    for (String relay : relays) {
      List<FromRouteServer> received = receivedFromRouteServers(topology.nva(relay), side, topology);
      if (!received.isEmpty()) {
        fromServers.put(relay, received);
      }
    }
    Map<String, Map<Ipv4Prefix, List<Candidate>>> ribs = new HashMap<>();
    Map<String, List<Learned>> fromNeighbors = new HashMap<>();
    for (Session session : sessions) {
      Nva sender = session.sender();
      Map<Ipv4Prefix, List<Candidate>> rib = ribs.computeIfAbsent(sender.name(), name -> passable(sender,
          current.learnedBy(name), fromServers.getOrDefault(name, List.of()), topology));
      // eBGP loop prevention (fact 47, relaxed by allowas-in), then the receiver's import map.
      // The receiver's own peer line for the sender ('neighbor') holds its import map and allowas-in.
      for (BgpRoute route : SessionPolicies.received(session.receiver().asn(), session.neighbor().policy(),
          sent(session, rib, current.learnedBy(sender.name()), fromServers.getOrDefault(sender.name(), List.of()), state,
              topology))) {
        fromNeighbors.computeIfAbsent(session.receiver().name(), k -> new ArrayList<>())
            .add(new Learned(route, sender.name(), session.neighbor()));
      }
    }
    // Route-limit teardowns only accumulate, which keeps the iteration from flapping with them.
    Map<String, Integer> tornDown = new HashMap<>(current.tornDown);
    side.overRouteLimit().forEach(tornDown::putIfAbsent);
    return new NeighborRoutes(fromNeighbors, fromServers, tornDown, round, true);
  }

  private static List<FromRouteServer> receivedFromRouteServers(Nva nva, RouteServerSide side, Topology topology) {
    List<FromRouteServer> received = new ArrayList<>();
    receivedFromRouteServers(nva, side, topology, (peering, instance, route) ->
        received.add(new FromRouteServer(peering.routeServer(), route)));
    return received;
  }

  /** One route an NVA keeps of what a Route Server instance advertised to it over one of its peer lines. */
  @FunctionalInterface
  interface ReceivedRoute {
    void accept(RouteServerPeering peering, RouteServerInstance instance, BgpRoute route);
  }

  /**
   * Everything {@code nva} keeps of what the Route Servers advertise to it, instance by instance, over the peer line
   * that holds each session (another line, maybe from another NIC, holds the other instance's).
   */
  static void receivedFromRouteServers(Nva nva, RouteServerSide side, Topology topology, ReceivedRoute sink) {
    for (RouteServerPeering peering : nva.bgp().routeServerPeerings()) {
      RouteServer server = topology.routeServer(peering.routeServer());
      if (server == null) {
        continue;
      }
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        if (instance.index() >= server.instanceIps().size() || !peering.instances().includes(instance)) {
          continue;
        }
        for (BgpRoute route : acceptedFromRouteServer(nva, peering, server.instanceIp(instance),
            side.advertisedTo(server.name(), nva.name(), instance))) {
          sink.accept(peering, instance, route);
        }
      }
    }
  }

  /**
   * What {@code nva} keeps of what one Route Server instance at {@code instanceIp} advertised to it: the loop check
   * (fact 47, relaxed by allowas-in), then the import map of its peer line.
   */
  static List<BgpRoute> acceptedFromRouteServer(Nva nva, RouteServerPeering peering, Ipv4Address instanceIp,
      List<AdvertisedRoute> advertised) {
    List<BgpRoute> routes = new ArrayList<>(advertised.size());
    for (AdvertisedRoute route : advertised) {
      routes.add(new BgpRoute(route.prefix(), instanceIp, route.asPath(), route.communities()));
    }
    return SessionPolicies.received(nva.asn(), peering.policy(), routes);
  }

  /** What {@code session.sender()} sends to {@code session.receiver()}, before the receiver's loop check. */
  private static List<BgpRoute> sent(Session session, Map<Ipv4Prefix, List<Candidate>> rib, List<Learned> learned,
      List<FromRouteServer> fromServers, NetworkState state, Topology topology) {
    Nva sender = session.sender();
    // Next hop self: the sender's address that the receiver peers with.
    Ipv4Address self = session.neighbor().ip();
    Map<Ipv4Prefix, BgpRoute> out = new LinkedHashMap<>();
    Map<Ipv4Prefix, BgpRoute> passesOn = new LinkedHashMap<>();
    for (Advertisement advertisement : sender.bgp().advertisements()) {
      if (advertisement.isFor(session.back().name()) && !state.isWithdrawn(sender.name(), advertisement.prefix())
          && !out.containsKey(advertisement.prefix())
          && ConditionalAdvertisements.active(advertisement, sender, learned, fromServers, topology)) {
        Ipv4Address nextHop = ownsAddress(sender, advertisement.nextHop()) ? self : advertisement.nextHop();
        out.put(advertisement.prefix(), new BgpRoute(advertisement.prefix(), nextHop, advertisement.asPath(),
            advertisement.communities()));
      }
    }
    if (VendorProfile.of(sender.vendor()).passesOnLearnedRoutes()) {
      String receiver = "nva:" + session.receiver().name();
      for (Map.Entry<Ipv4Prefix, List<Candidate>> entry : rib.entrySet()) {
        if (out.containsKey(entry.getKey()) || state.isWithdrawn(sender.name(), entry.getKey())) {
          continue;
        }
        BgpRoute best = bestExcept(entry.getValue(), receiver);
        if (best != null) {
          passesOn.put(entry.getKey(), new BgpRoute(entry.getKey(), self, best.asPath().prepend(sender.asn()),
              best.communities()));
        }
      }
    }
    // The sender's own peer line for the receiver ('back') holds its export map and path rewrites.
    return SessionPolicies.sent(sender.asn(), session.receiver().asn(), session.back().policy(),
        new ArrayList<>(out.values()), new ArrayList<>(passesOn.values()));
  }

  /**
   * The paths {@code nva} can pass on, per prefix, best first: shortest AS path, then sites before
   * NVA neighbours (in the order of its {@code peer} lines) before Route Servers. NO_ADVERTISE
   * routes are kept to itself. Paths holding its own ASN were dropped on receipt.
   */
  static Map<Ipv4Prefix, List<Candidate>> passable(Nva nva, List<Learned> fromNeighbors,
      List<FromRouteServer> fromServers, Topology topology) {
    Map<Ipv4Prefix, List<Candidate>> rib = new LinkedHashMap<>();
    for (Site site : topology.sitesVia(nva.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        AsPath path = site.pathOf(prefix);
        if (!path.contains(nva.asn())) {
          add(rib, new Candidate(new BgpRoute(prefix.prefix(), null, path, List.of()), "site:" + site.name()));
        }
      }
    }
    for (Learned learned : fromNeighbors) {
      if (!learned.route().noAdvertise()) {
        add(rib, new Candidate(learned.route(), "nva:" + learned.fromNva()));
      }
    }
    for (FromRouteServer route : fromServers) {
      if (!route.route().noAdvertise()) {
        add(rib, new Candidate(route.route(), "rs:" + route.routeServer()));
      }
    }
    for (List<Candidate> candidates : rib.values()) {
      if (candidates.size() > 1) {
        candidates.sort(Comparator.comparingInt(c -> c.route().asPath().length()));
      }
    }
    return Collections.unmodifiableMap(rib);
  }

  /** The best path not learned from {@code peer}: what BGP sends that peer (split horizon). */
  static BgpRoute bestExcept(List<Candidate> candidates, String peer) {
    for (Candidate candidate : candidates) {
      if (!candidate.from().equals(peer)) {
        return candidate.route();
      }
    }
    return null;
  }

  private static void add(Map<Ipv4Prefix, List<Candidate>> rib, Candidate candidate) {
    rib.computeIfAbsent(candidate.route().prefix(), k -> new ArrayList<>(2)).add(candidate);
  }

  static boolean ownsAddress(Nva nva, Ipv4Address ip) {
    for (Nic nic : nva.nics()) {
      if (nic.ip().equals(ip)) {
        return true;
      }
    }
    return false;
  }
}
