package org.routesrv.dsl.ide.markdown;

import java.util.ArrayList;
import java.util.List;

import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;

/**
 * Parts of a simulation as Markdown for editors, with the columns and value spellings of the Azure
 * CLI (as the report of {@code rsnet simulate} uses them), so a hover can be compared with {@code az}.
 */
public final class SimulationMarkdown {

  /** Rows per table in a hover; the full lists are in the simulation report. */
  public static final int HOVER_ROWS = 40;

  private SimulationMarkdown() {
  }

  /** As {@code az network nic show-effective-route-table -o table}. */
  public static MarkdownTable effectiveRoutes(EffectiveRouteTable routes) {
    MarkdownTable table = new MarkdownTable("Source", "State", "Address Prefix", "Next Hop Type", "Next Hop IP");
    for (EffectiveRoute route : routes.rows()) {
      table.row(route.source().azureName(), route.state().azureName(), route.prefix(),
          route.nextHopType().azureName(), route.nextHopIp());
    }
    return table;
  }

  /** The sessions of every peer of a Route Server, as {@code az network routeserver peering list}. */
  public static MarkdownTable sessions(Simulation simulation, RouteServer server) {
    MarkdownTable table = new MarkdownTable("Peer", "PeerIp", "PeerAsn", "LocalAddress", "State", "HoldTime", "Reason");
    for (RouteServerPeer peer : simulation.peers(server.name())) {
      for (BgpSession session : peer.sessions()) {
        table.row(peer.nva(), peer.peerIp(), peer.peerAsn(), session.localAddress(), session.state().azureName(),
            session.holdTimeSeconds(), session.reason());
      }
    }
    return table;
  }

  /** One NVA's sessions with one Route Server. */
  public static MarkdownTable sessions(RouteServerPeer peer) {
    MarkdownTable table = new MarkdownTable("LocalAddress", "PeerIp", "State", "HoldTime", "Reason");
    for (BgpSession session : peer.sessions()) {
      table.row(session.localAddress(), peer.peerIp(), session.state().azureName(), session.holdTimeSeconds(),
          session.reason());
    }
    return table;
  }

  /** What Route Server learned from the peer, as {@code list-learned-routes}, with the reason for filtered ones. */
  public static MarkdownTable learned(RouteServerPeer peer) {
    List<LearnedRoute> routes = new ArrayList<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      routes.addAll(peer.learned(instance));
    }
    MarkdownTable table = new MarkdownTable("LocalAddress", "Network", "NextHop", "AsPath", "Filtered");
    for (LearnedRoute route : routes) {
      table.row(route.localAddress(), route.route().prefix(), route.route().nextHop(),
          route.route().asPath().toAzureString(), route.filtered());
    }
    return table;
  }

  /** What Route Server sends the peer, as {@code list-advertised-routes}. */
  public static MarkdownTable advertised(Simulation simulation, RouteServerPeer peer) {
    MarkdownTable table = new MarkdownTable("LocalAddress", "Network", "NextHop", "AsPath");
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      BgpSession session = peer.session(instance);
      if (session == null) {
        continue;
      }
      for (AdvertisedRoute route : simulation.advertisedRoutes(peer.routeServer(), peer.nva(), instance)) {
        table.row(session.localAddress(), route.prefix(), session.localAddress(), route.asPath().toAzureString());
      }
    }
    return table;
  }

  /** An expectation's outcome in one line. */
  public static String expectation(ExpectationResult result) {
    return (result.passed() ? "✅ **Passes**" : "❌ **Fails**") + " (simulation: " + result.actual() + ")";
  }
}
