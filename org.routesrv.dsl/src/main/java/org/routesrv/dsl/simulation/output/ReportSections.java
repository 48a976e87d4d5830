package org.routesrv.dsl.simulation.output;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.GatewayTables;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.NvaRoute;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.SiteRoute;
import org.routesrv.dsl.simulation.Trace;
import org.routesrv.dsl.simulation.TraceHop;
import org.routesrv.dsl.simulation.TracePath;

/**
 * What the human-readable formats show, in order: route servers and their sessions, learned and
 * advertised routes per peer, the gateways' peers and routes, what each site receives, each NVA's sessions, BGP
 * table and routing table, effective routes per subnet, traces, expectations and outages (the
 * tables as {@link OutputTables} defines them).
 */
final class ReportSections {

  private ReportSections() {
  }

  /** The title of the traces, which Markdown shows as preformatted text. */
  static final String TRACES = "Traces";

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
      sections.add(section(OutputTables.SESSIONS, OutputTables.sessions(simulation, server), server.name()));
      for (RouteServerPeer peer : simulation.peers(server.name())) {
        sections.add(section(OutputTables.LEARNED, OutputTables.learned(peer), server.name(), peer.nva()));
        List<LearnedRoute> rejected = OutputTables.rejected(peer);
        if (!rejected.isEmpty()) {
          sections.add(section(OutputTables.REJECTED, rejected, server.name(), peer.nva()));
        }
        sections.add(section(OutputTables.ADVERTISED, OutputTables.advertised(simulation, peer), server.name(),
            peer.nva()));
      }
    }
    for (Gateway gateway : simulation.gateways()) {
      GatewayTables tables = simulation.gatewayTables(gateway.name());
      sections.add(section(OutputTables.GATEWAY_PEERS, tables.peers(), gateway.name()));
      sections.add(section(OutputTables.GATEWAY_LEARNED, tables.learned(), gateway.name()));
      tables.advertised().forEach((peer, routes) ->
          sections.add(section(OutputTables.GATEWAY_ADVERTISED, routes, gateway.name(), peer)));
    }
    for (Site site : simulation.network().sites()) {
      sections.add(section(OutputTables.SITE_ROUTES, simulation.siteRoutes(site.name()), site.name()));
    }
    for (Nva nva : simulation.network().nvas()) {
      sections.add(section(OutputTables.NVA_BGP_SESSIONS, simulation.nvaSessions(nva.name()), nva.name()));
      sections.add(section(OutputTables.NVA_BGP_ROUTES, simulation.nvaBgpRoutes(nva.name()), nva.name()));
      sections.add(section(OutputTables.NVA_ROUTES, simulation.nvaRoutes(nva.name()).routes(), nva.name()));
    }
    for (SubnetRef subnet : simulation.subnets()) {
      sections.add(section(OutputTables.EFFECTIVE_ROUTES, simulation.effectiveRoutes(subnet).rows(), subnet));
    }
    if (!report.traces().isEmpty()) {
      sections.add(ReportSection.text(TRACES, traceLines(report.traces())));
    }
    if (!report.expectations().isEmpty()) {
      sections.add(section(OutputTables.EXPECTATIONS, report.expectations()));
    }
    if (!report.outages().isEmpty()) {
      sections.add(section(OutputTables.OUTAGES, report.outages()));
    }
    return sections;
  }

  private static <R> ReportSection section(TableDefinition<R> table, List<? extends R> rows, Object... subjects) {
    return ReportSection.table(table.titleOf(subjects), table.fill(rows));
  }

  static List<String> traceLines(List<Trace> traces) {
    List<String> lines = new ArrayList<>();
    traces.forEach(trace -> lines.addAll(traceLines(trace)));
    return lines;
  }

  /** A trace as numbered hops, ECMP alternatives after the first path, then its reply and whether they match. */
  static List<String> traceLines(Trace trace) {
    List<String> lines = pathLines(trace);
    if (trace.reply() != null) {
      pathLines(trace.reply()).forEach(line -> lines.add(line.startsWith(" ") ? line : "reply " + line));
      lines.add("  " + (trace.symmetry().symmetric() ? "symmetric: " : "asymmetric: ") + trace.symmetry().explanation());
    }
    return lines;
  }

  private static List<String> pathLines(Trace trace) {
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
