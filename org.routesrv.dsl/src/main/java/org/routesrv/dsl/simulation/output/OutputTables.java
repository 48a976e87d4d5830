package org.routesrv.dsl.simulation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.GatewayPeer;
import org.routesrv.dsl.simulation.GatewayRoute;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.NvaBgpRoute;
import org.routesrv.dsl.simulation.NvaRoute;
import org.routesrv.dsl.simulation.NvaSession;
import org.routesrv.dsl.simulation.Outage;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SiteLearnedRoute;

/**
 * The tables of a simulation, each defined once for {@code rsnet simulate} (table and Markdown),
 * {@code report.md} and the editors' hovers and commands. Columns and values are spelled as the Azure
 * CLI prints them, so any of these can be compared with {@code az ... -o table}.
 */
public final class OutputTables {

  /** One BGP session of a peer. */
  public record PeerSession(RouteServerPeer peer, BgpSession session) {
  }

  /** A route Route Server sends a peer, over the session it goes out on. */
  public record AdvertisedOnSession(BgpSession session, AdvertisedRoute route) {
  }

  /** As {@code az network routeserver peering list}, per session. */
  public static final TableDefinition<PeerSession> SESSIONS = TableDefinition.of("Sessions of %s",
      Column.of("Peer", s -> s.peer().nva()),
      Column.of("PeerIp", s -> s.session().peerIp()),
      Column.of("PeerAsn", s -> s.peer().peerAsn()),
      Column.of("LocalAddress", s -> s.session().localAddress()),
      Column.of("State", s -> s.session().state().azureName()),
      Column.of("HoldTime", s -> s.session().holdTimeSeconds()),
      Column.of("Reason", s -> s.session().reason()));

  /**
   * As {@code az network routeserver peering list-learned-routes --query "[RouteServiceRole_IN_0,
   * RouteServiceRole_IN_1][]" -o table}, with the reason for routes Route Server filters.
   */
  public static final TableDefinition<LearnedRoute> LEARNED = TableDefinition.of("Learned routes: %s peer %s",
      Column.of("LocalAddress", LearnedRoute::localAddress),
      Column.of("Network", r -> r.route().prefix()),
      Column.of("NextHop", r -> r.route().nextHop()),
      Column.of("SourcePeer", LearnedRoute::sourcePeer),
      Column.of("Origin", r -> AzureShapes.LEARNED_ORIGIN),
      Column.of("AsPath", r -> r.route().asPath().toAzureString()),
      Column.of("Weight", r -> AzureShapes.LEARNED_WEIGHT),
      Column.whenUsed("Filtered", LearnedRoute::filtered));

  /** Not an az table: what Route Server rejected on arrival and {@code list-learned-routes} leaves out (fact 82). */
  public static final TableDefinition<LearnedRoute> REJECTED = TableDefinition.of(
      "Rejected routes (not listed by Azure): %s peer %s",
      Column.of("LocalAddress", LearnedRoute::localAddress),
      Column.of("Network", r -> r.route().prefix()),
      Column.of("NextHop", r -> r.route().nextHop()),
      Column.of("AsPath", r -> r.route().asPath().toAzureString()),
      Column.of("Reason", LearnedRoute::filtered));

  /** As {@code list-advertised-routes}: the next hop is the instance's own address. */
  public static final TableDefinition<AdvertisedOnSession> ADVERTISED = TableDefinition.of("Advertised routes: %s peer %s",
      Column.of("LocalAddress", a -> a.session().localAddress()),
      Column.of("Network", a -> a.route().prefix()),
      Column.of("NextHop", a -> a.session().localAddress()),
      Column.of("Origin", a -> AzureShapes.ADVERTISED_ORIGIN),
      Column.of("AsPath", a -> a.route().asPath().toAzureString()),
      Column.of("Weight", a -> AzureShapes.ADVERTISED_WEIGHT));

  /** As {@code az network nic show-effective-route-table -o table}. */
  public static final TableDefinition<EffectiveRoute> EFFECTIVE_ROUTES = TableDefinition.of("Effective routes: %s",
      Column.of("Source", r -> r.source().azureName()),
      Column.of("State", r -> r.state().azureName()),
      Column.of("Address Prefix", EffectiveRoute::prefix),
      Column.of("Next Hop Type", r -> r.nextHopType().azureName()),
      Column.of("Next Hop IP", EffectiveRoute::nextHopIp));

  /** As {@code az network vnet-gateway list-bgp-peer-status -o table}, with the peer's name. */
  public static final TableDefinition<GatewayPeer> GATEWAY_PEERS = TableDefinition.of("BGP peers of gateway %s",
      Column.of("Peer", GatewayPeer::name),
      Column.of("Neighbor", GatewayPeer::neighbor),
      Column.of("Asn", GatewayPeer::asn),
      Column.of("LocalAddress", GatewayPeer::localAddress),
      Column.of("State", GatewayPeer::state),
      Column.of("RoutesReceived", GatewayPeer::routesReceived),
      Column.whenUsed("Reason", GatewayPeer::reason));

  /** As {@code az network vnet-gateway list-learned-routes -o table}. */
  public static final TableDefinition<GatewayRoute> GATEWAY_LEARNED = TableDefinition.of("Learned routes: gateway %s",
      Column.of("LocalAddress", GatewayRoute::localAddress),
      Column.of("Network", GatewayRoute::network),
      Column.of("NextHop", GatewayRoute::nextHop),
      Column.of("SourcePeer", GatewayRoute::sourcePeer),
      Column.of("Origin", GatewayRoute::origin),
      Column.of("AsPath", r -> r.asPath().toAzureString()),
      Column.of("Weight", r -> AzureShapes.LEARNED_WEIGHT));

  /** As {@code az network vnet-gateway list-advertised-routes --peer IP -o table}. */
  public static final TableDefinition<GatewayRoute> GATEWAY_ADVERTISED = TableDefinition.of(
      "Advertised routes: gateway %s peer %s",
      Column.of("LocalAddress", GatewayRoute::localAddress),
      Column.of("Network", GatewayRoute::network),
      Column.of("NextHop", GatewayRoute::nextHop),
      Column.of("Origin", GatewayRoute::origin),
      Column.of("AsPath", r -> r.asPath().toAzureString()),
      Column.of("Weight", r -> AzureShapes.ADVERTISED_WEIGHT));

  /** Not an az table: what the site's router receives (fact 94). */
  public static final TableDefinition<SiteLearnedRoute> SITE_ROUTES = TableDefinition.of("Received on-premises: site %s",
      Column.of("Network", SiteLearnedRoute::network),
      Column.of("AsPath", r -> r.asPath().toAzureString()),
      Column.of("NextHop", SiteLearnedRoute::nextHop),
      Column.of("Via", SiteLearnedRoute::via));

  /** An NVA's own BGP sessions, whoever they are with. */
  public static final TableDefinition<NvaSession> NVA_BGP_SESSIONS = TableDefinition.of("BGP sessions of NVA %s",
      Column.of("Peer", NvaSession::peer),
      Column.of("Neighbor", NvaSession::neighbor),
      Column.of("Asn", NvaSession::asn),
      Column.of("State", NvaSession::state),
      Column.whenUsed("Reason", NvaSession::reason));

  /** An NVA's BGP table after its import policy. */
  public static final TableDefinition<NvaBgpRoute> NVA_BGP_ROUTES = TableDefinition.of("BGP table of NVA %s",
      Column.of("Prefix", NvaBgpRoute::prefix),
      Column.of("AsPath", r -> r.asPath().toAzureString()),
      Column.of("NextHop", NvaBgpRoute::nextHop),
      Column.of("Peer", NvaBgpRoute::peer));

  /** What an NVA forwards with: its own routing table, best route per prefix. */
  public static final TableDefinition<NvaRoute> NVA_ROUTES = TableDefinition.of("Routing table of NVA %s",
      Column.of("Prefix", NvaRoute::prefix),
      Column.of("Protocol", r -> r.protocol().name().toLowerCase(java.util.Locale.ROOT)),
      Column.of("Distance", NvaRoute::distance),
      Column.of("Interface", NvaRoute::egressNic),
      Column.of("NextHop", NvaRoute::nextHop),
      Column.whenUsed("AsPath", r -> r.asPath().length() == 0 ? null : r.asPath().toAzureString()),
      Column.whenUsed("Site", NvaRoute::site));

  public static final TableDefinition<ExpectationResult> EXPECTATIONS = TableDefinition.of("Expectations",
      Column.of("Result", r -> r.passed() ? "PASS" : "FAIL"),
      Column.of("Where", r -> where(r.source())),
      Column.of("Expectation", r -> r.source().text()),
      Column.of("Actual", ExpectationResult::actual));

  public static final TableDefinition<Outage> OUTAGES = TableDefinition.of("Outages",
      Column.of("From", Outage::from),
      Column.of("To", Outage::to),
      Column.of("Seconds", Outage::window),
      Column.of("Cause", Outage::cause));

  private OutputTables() {
  }

  /** {@code file:line} of an expectation. */
  public static String where(SourceRef source) {
    return source.file() + ":" + source.line();
  }

  /** The sessions of every peer of a Route Server. */
  public static List<PeerSession> sessions(Simulation simulation, RouteServer server) {
    List<PeerSession> rows = new ArrayList<>();
    for (RouteServerPeer peer : simulation.peers(server.name())) {
      rows.addAll(sessions(peer));
    }
    return rows;
  }

  public static List<PeerSession> sessions(RouteServerPeer peer) {
    return peer.sessions().stream().map(session -> new PeerSession(peer, session)).toList();
  }

  /** What Route Server learned from the peer, both instances. */
  public static List<LearnedRoute> learned(RouteServerPeer peer) {
    return onBothInstances(peer::learned);
  }

  /** What Route Server rejected from the peer without listing it (fact 82), both instances. */
  public static List<LearnedRoute> rejected(RouteServerPeer peer) {
    return onBothInstances(peer::rejected);
  }

  private static List<LearnedRoute> onBothInstances(Function<RouteServerInstance, List<LearnedRoute>> routes) {
    List<LearnedRoute> all = new ArrayList<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      all.addAll(routes.apply(instance));
    }
    return all;
  }

  /** What Route Server sends the peer over each of its sessions. */
  public static List<AdvertisedOnSession> advertised(Simulation simulation, RouteServerPeer peer) {
    List<AdvertisedOnSession> rows = new ArrayList<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      BgpSession session = peer.session(instance);
      if (session == null) {
        continue;
      }
      for (AdvertisedRoute route : simulation.advertisedRoutes(peer.routeServer(), peer.nva(), instance)) {
        rows.add(new AdvertisedOnSession(session, route));
      }
    }
    return rows;
  }

  public static Table effectiveRoutes(EffectiveRouteTable routes) {
    return EFFECTIVE_ROUTES.fill(routes.rows());
  }
}
