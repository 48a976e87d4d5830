package org.routesrv.dsl.ide.markdown;

import java.util.List;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.GatewayRoute;
import org.routesrv.dsl.simulation.GatewayTables;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.NvaRoute;
import org.routesrv.dsl.simulation.NvaSession;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SiteLearnedRoute;
import org.routesrv.dsl.simulation.output.OutputTables;
import org.routesrv.dsl.simulation.output.OutputTables.AdvertisedOnSession;
import org.routesrv.dsl.simulation.output.OutputTables.PeerSession;
import org.routesrv.dsl.simulation.output.Table;
import org.routesrv.dsl.simulation.output.TableDefinition;

/**
 * Parts of a simulation for editors: the report's own tables ({@link OutputTables}), with fewer
 * columns where a hover has less room, so a hover can be compared with {@code az} and the report.
 */
public final class SimulationMarkdown {

  /** Rows per table in a hover; the full lists are in the simulation report. */
  public static final int HOVER_ROWS = 40;

  /** The NVA is the hover's subject, and Route Server's ASN is always 65515. */
  private static final TableDefinition<PeerSession> PEER_SESSIONS =
      OutputTables.SESSIONS.only("LocalAddress", "PeerIp", "State", "HoldTime", "Reason");
  /** Origin and weight are the same on every row; the filter reason is what an engineer looks for. */
  private static final TableDefinition<LearnedRoute> LEARNED =
      OutputTables.LEARNED.only("LocalAddress", "Network", "NextHop", "AsPath", "Filtered");
  private static final TableDefinition<AdvertisedOnSession> ADVERTISED =
      OutputTables.ADVERTISED.only("LocalAddress", "Network", "NextHop", "AsPath");

  private static final TableDefinition<GatewayRoute> GATEWAY_LEARNED =
      OutputTables.GATEWAY_LEARNED.only("LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath");

  private SimulationMarkdown() {
  }

  /** The gateway's BGP peers; the gateway is the hover's subject. */
  public static Table gatewayPeers(GatewayTables tables) {
    return OutputTables.GATEWAY_PEERS.fill(tables.peers());
  }

  /** Weight is the same on every row. */
  public static Table gatewayLearned(GatewayTables tables) {
    return GATEWAY_LEARNED.fill(tables.learned());
  }

  public static Table siteRoutes(List<SiteLearnedRoute> routes) {
    return OutputTables.SITE_ROUTES.fill(routes);
  }

  public static Table nvaRoutes(List<NvaRoute> routes) {
    return OutputTables.NVA_ROUTES.fill(routes);
  }

  public static Table nvaSessions(List<NvaSession> sessions) {
    return OutputTables.NVA_BGP_SESSIONS.fill(sessions);
  }

  public static Table effectiveRoutes(EffectiveRouteTable routes) {
    return OutputTables.effectiveRoutes(routes);
  }

  /** The sessions of every peer of a Route Server. */
  public static Table sessions(Simulation simulation, RouteServer server) {
    return OutputTables.SESSIONS.fill(OutputTables.sessions(simulation, server));
  }

  /** One NVA's sessions with one Route Server. */
  public static Table sessions(RouteServerPeer peer) {
    return PEER_SESSIONS.fill(OutputTables.sessions(peer));
  }

  /** What Route Server learned from the peer, with the reason for filtered ones. */
  public static Table learned(RouteServerPeer peer) {
    return LEARNED.fill(OutputTables.learned(peer));
  }

  /** What Route Server rejected from the peer without listing it (fact 82); empty when nothing. */
  public static Table rejected(RouteServerPeer peer) {
    return OutputTables.REJECTED.fill(OutputTables.rejected(peer));
  }

  /** What Route Server sends the peer. */
  public static Table advertised(Simulation simulation, RouteServerPeer peer) {
    return ADVERTISED.fill(OutputTables.advertised(simulation, peer));
  }

  /** An expectation's outcome in one line. */
  public static String expectation(ExpectationResult result) {
    return (result.passed() ? "✅ **Passes**" : "❌ **Fails**") + " (simulation: " + result.actual() + ")";
  }
}
