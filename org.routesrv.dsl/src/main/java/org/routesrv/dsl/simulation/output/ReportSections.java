package org.routesrv.dsl.simulation.output;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.NvaRoute;
import org.routesrv.dsl.simulation.Outage;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.SiteRoute;
import org.routesrv.dsl.simulation.Trace;
import org.routesrv.dsl.simulation.TraceHop;
import org.routesrv.dsl.simulation.TracePath;

/**
 * What the human-readable formats show, in order: route servers and their sessions, learned and
 * advertised routes per peer (columns as {@code az ... --query "[RouteServiceRole_IN_0,
 * RouteServiceRole_IN_1][]" -o table}), effective routes per subnet (as {@code az network nic
 * show-effective-route-table -o table}), traces, expectations and outages.
 */
final class ReportSections {

  private ReportSections() {
  }

  static List<ReportSection> of(SimulationReport report) {
    Simulation simulation = report.simulation();
    List<ReportSection> sections = new ArrayList<>();
    String title = "Network " + report.network().name()
        + (report.scenario() == null ? " (baseline)" : " (scenario " + report.scenario() + ")");
    List<String> header = new ArrayList<>();
    if (report.scenario() != null) {
      header.add("Events: " + String.join("; ", report.events()));
    }
    sections.add(ReportSection.text(title, header));
    for (RouteServer server : simulation.routeServers()) {
      sections.add(ReportSection.text("Route server " + server.name(), List.of(
          "vnet " + server.vnet() + ", virtualRouterAsn 65515, virtualRouterIps "
              + String.join(", ", server.instanceIps().stream().map(Object::toString).toList())
              + ", allowBranchToBranchTraffic " + server.branchToBranch()
              + ", hubRoutingPreference " + server.routingPreference().azureName())));
      sections.add(ReportSection.table("Sessions of " + server.name(), sessions(simulation, server)));
      for (RouteServerPeer peer : simulation.peers(server.name())) {
        sections.add(ReportSection.table("Learned routes: " + server.name() + " peer " + peer.nva(), learned(peer)));
        sections.add(ReportSection.table("Advertised routes: " + server.name() + " peer " + peer.nva(),
            advertised(simulation, peer)));
      }
    }
    for (SubnetRef subnet : simulation.subnets()) {
      sections.add(ReportSection.table("Effective routes: " + subnet, effectiveRoutes(simulation.effectiveRoutes(subnet))));
    }
    if (!report.traces().isEmpty()) {
      List<String> lines = new ArrayList<>();
      report.traces().forEach(t -> lines.addAll(traceLines(t)));
      sections.add(ReportSection.text("Traces", lines));
    }
    if (!report.expectations().isEmpty()) {
      sections.add(ReportSection.table("Expectations", expectations(report.expectations())));
    }
    if (!report.outages().isEmpty()) {
      TextTable outages = new TextTable("From", "To", "Seconds", "Cause");
      for (Outage outage : report.outages()) {
        outages.row(outage.from(), outage.to(), outage.unbounded() ? "unbounded" : AzureShapes.seconds(outage),
            outage.cause());
      }
      sections.add(ReportSection.table("Outages", outages));
    }
    return sections;
  }

  private static TextTable sessions(Simulation simulation, RouteServer server) {
    TextTable table = new TextTable("Peer", "PeerIp", "PeerAsn", "LocalAddress", "State", "HoldTime", "Reason");
    for (RouteServerPeer peer : simulation.peers(server.name())) {
      for (BgpSession session : peer.sessions()) {
        table.row(peer.nva(), peer.peerIp(), peer.peerAsn(), session.localAddress(), session.state().azureName(),
            session.holdTimeSeconds(), session.reason());
      }
    }
    return table;
  }

  private static TextTable learned(RouteServerPeer peer) {
    List<LearnedRoute> routes = new ArrayList<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      routes.addAll(peer.learned(instance));
    }
    boolean anyFiltered = routes.stream().anyMatch(r -> r.filtered() != null);
    TextTable table = anyFiltered
        ? new TextTable("LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath", "Weight", "Filtered")
        : new TextTable("LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath", "Weight");
    for (LearnedRoute route : routes) {
      Object[] cells = {route.localAddress(), route.route().prefix(), route.route().nextHop(), route.sourcePeer(),
          AzureShapes.LEARNED_ORIGIN, route.route().asPath().toAzureString(), AzureShapes.LEARNED_WEIGHT,
          route.filtered()};
      table.row(anyFiltered ? cells : java.util.Arrays.copyOf(cells, cells.length - 1));
    }
    return table;
  }

  private static TextTable advertised(Simulation simulation, RouteServerPeer peer) {
    TextTable table = new TextTable("LocalAddress", "Network", "NextHop", "Origin", "AsPath", "Weight");
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      BgpSession session = peer.session(instance);
      if (session == null) {
        continue;
      }
      for (AdvertisedRoute route : simulation.advertisedRoutes(peer.routeServer(), peer.nva(), instance)) {
        table.row(session.localAddress(), route.prefix(), session.localAddress(), AzureShapes.ADVERTISED_ORIGIN,
            route.asPath().toAzureString(), AzureShapes.ADVERTISED_WEIGHT);
      }
    }
    return table;
  }

  static TextTable effectiveRoutes(EffectiveRouteTable routes) {
    TextTable table = new TextTable("Source", "State", "Address Prefix", "Next Hop Type", "Next Hop IP");
    for (EffectiveRoute route : routes.rows()) {
      table.row(route.source().azureName(), route.state().azureName(), route.prefix(),
          route.nextHopType().azureName(), route.nextHopIp());
    }
    return table;
  }

  private static TextTable expectations(List<ExpectationResult> results) {
    TextTable table = new TextTable("Result", "Where", "Expectation", "Actual");
    for (ExpectationResult result : results) {
      SourceRef source = result.source();
      table.row(result.passed() ? "PASS" : "FAIL", source.file() + ":" + source.line(), source.text(), result.actual());
    }
    return table;
  }

  /** A trace as numbered hops, ECMP alternatives after the first path. */
  static List<String> traceLines(Trace trace) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < trace.paths().size(); i++) {
      TracePath path = trace.paths().get(i);
      String label = trace.paths().size() == 1 ? "" : " (ECMP path " + (i + 1) + " of " + trace.paths().size() + ")";
      lines.add(trace.from() + " -> " + trace.to() + ": " + path.result().word() + label);
      int step = 1;
      for (TraceHop hop : path.hops()) {
        lines.add("  " + step++ + ". " + hopText(hop));
      }
      lines.add("  " + path.reason());
    }
    if (trace.truncated()) {
      lines.add("  (more ECMP paths not followed)");
    }
    return lines;
  }

  private static String hopText(TraceHop hop) {
    String at = hop.subnet() != null ? hop.at() + " (" + hop.subnet() + ")" : hop.at();
    String route = switch (hop.route()) {
      case EffectiveRoute r -> r.source().azureName() + " " + r.prefix() + " " + r.nextHopType().azureName();
      case NvaRoute r -> r.protocol().name().toLowerCase() + " " + r.prefix() + " (distance " + r.distance() + ")";
      case SiteRoute r -> "site " + r.site() + " " + r.prefix();
    };
    return at + ": " + route + " -> " + hop.nextHop();
  }
}
