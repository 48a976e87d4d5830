package org.routesrv.dsl.compile;

import static org.routesrv.dsl.compile.ReportTables.ALL_EXPECTATIONS;
import static org.routesrv.dsl.compile.ReportTables.FINDINGS;
import static org.routesrv.dsl.compile.ReportTables.NICS;
import static org.routesrv.dsl.compile.ReportTables.NVA_SESSIONS;
import static org.routesrv.dsl.compile.ReportTables.ROUTE_CHANGES;
import static org.routesrv.dsl.compile.ReportTables.SCENARIO_EXPECTATIONS;
import static org.routesrv.dsl.compile.ReportTables.SESSION_CHANGES;
import static org.routesrv.dsl.compile.ReportTables.STATIC_ROUTES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.routesrv.dsl.compile.ReportTables.OwnedExpectation;
import org.routesrv.dsl.compile.ReportTables.RouteChange;
import org.routesrv.dsl.compile.ReportTables.SessionChange;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.VpnGateway;
import org.routesrv.dsl.simulation.RouteMapUse;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.GatewayTables;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.NvaSession;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.simulation.output.OutputTables;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.NetworkAnalysis;

/**
 * {@code report.md}: the simulation as an engineer reads it, verdict first. What the validator
 * warns about (people sign this report off, so no warning may hide behind passing expectations),
 * expectations (all of them, failures first), the topology as a diagram, each NVA with its sessions, routes and
 * generated configuration, effective routes and traces of the baseline, then what each scenario
 * changes. Route tables are the simulator's own ({@link OutputTables}), the rest are {@link ReportTables}.
 */
public final class NetworkReport {

  private final NetworkAnalysis analysis;
  private final NetworkSources sources;
  private final List<Diagnostic> findings;
  private final List<NvaOutputs> nvaOutputs;
  private final String rsnetVersion;
  private final Network network;
  private final StringBuilder out = new StringBuilder();

  private NetworkReport(NetworkAnalysis analysis, NetworkSources sources, List<Diagnostic> findings,
      List<NvaOutputs> nvaOutputs, String rsnetVersion) {
    this.analysis = analysis;
    this.sources = sources;
    this.findings = List.copyOf(findings);
    this.nvaOutputs = nvaOutputs;
    this.rsnetVersion = rsnetVersion;
    this.network = analysis.network();
  }

  /** @param findings the diagnostics of the network's files (warnings and notes: a model with errors is not compiled) */
  public static String render(NetworkAnalysis analysis, NetworkSources sources, List<Diagnostic> findings,
      List<NvaOutputs> nvaOutputs, String rsnetVersion) {
    return new NetworkReport(analysis, sources, findings, nvaOutputs, rsnetVersion).write();
  }

  private String write() {
    SimulationReport baseline = analysis.baselineReport();
    introduction();
    findings();
    expectations();
    out.append("## Topology\n\n").append(TopologyDiagram.render(analysis.baseline())).append('\n');
    if (!network.nvas().isEmpty()) {
      out.append("## NVAs\n\n");
      for (Nva nva : network.nvas()) {
        nva(nva);
      }
    }
    gateways();
    routePolicy(analysis.baseline().routeMapUses());
    out.append("## Effective routes\n\n");
    out.append("What the NICs of each subnet use in the baseline, as `az network nic show-effective-route-table` lists it.\n\n");
    for (SubnetRef subnet : analysis.baseline().subnets()) {
      out.append("### ").append(subnet).append("\n\n")
          .append(OutputTables.effectiveRoutes(analysis.baseline().effectiveRoutes(subnet)).markdown()).append('\n');
    }
    if (!baseline.traces().isEmpty()) {
      out.append("## Traces\n\n").append(MarkdownRenderer.traces(baseline.traces())).append('\n');
    }
    for (Scenario scenario : network.scenarios()) {
      scenario(scenario, analysis.scenarioReport(scenario));
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** What each gateway hears and says over BGP (fact 94), and what each on-premises site receives. */
  private void gateways() {
    Simulation baseline = analysis.baseline();
    if (!baseline.gateways().isEmpty()) {
      out.append("## Gateways\n\n");
      for (Gateway gateway : baseline.gateways()) {
        GatewayTables tables = baseline.gatewayTables(gateway.name());
        out.append("### ").append(gateway.name()).append(" (").append(gateway instanceof VpnGateway ? "VPN" : "ExpressRoute")
            .append(", vnet ").append(gateway.vnet()).append(")\n\n")
            .append("As `az network vnet-gateway list-bgp-peer-status`, `list-learned-routes` and `list-advertised-routes`"
                + " would list them.\n\n")
            .append(OutputTables.GATEWAY_PEERS.fill(tables.peers()).markdown()).append('\n')
            .append("#### Learned by ").append(gateway.name()).append("\n\n")
            .append(OutputTables.GATEWAY_LEARNED.fill(tables.learned()).markdown()).append('\n');
        tables.advertised().forEach((peer, routes) -> out.append("#### Advertised by ").append(gateway.name())
            .append(" to ").append(peer).append("\n\n").append(OutputTables.GATEWAY_ADVERTISED.fill(routes).markdown())
            .append('\n'));
      }
    }
    if (!network.sites().isEmpty()) {
      out.append("## On-premises sites\n\n")
          .append("What each site's router receives from the gateway or NVA it is connected by, with the AS paths it sees.\n\n");
      for (Site site : network.sites()) {
        out.append("### ").append(site.name()).append(" (via ").append(site.via())
            .append(site.speaksBgp() ? ", AS " + site.asn() : ", static prefixes, no BGP").append(")\n\n")
            .append(OutputTables.SITE_ROUTES.fill(baseline.siteRoutes(site.name())).markdown()).append('\n');
      }
    }
  }

  /**
   * Per Route Server map, what each rule did to each route (fact 89): an import map on what the NVA sent and Route
   * Server accepted, an export map on what Route Server passes on, before it adds 65515. A summary appears once, on
   * the first route it stands for.
   */
  private void routePolicy(List<RouteMapUse> uses) {
    if (uses.isEmpty()) {
      return;
    }
    out.append("## Route policy\n\n");
    for (RouteMapUse use : uses) {
      out.append("### ").append(use.routeServer()).append(use.export() ? " export " : " import ").append(use.map().name())
          .append(use.export() ? " to " : " from ").append(use.peer()).append(" (").append(use.instance().role())
          .append(")\n\n").append(ReportTables.ROUTE_MAP_OUTCOMES.fill(use.outcomes()).markdown()).append('\n');
    }
  }

  private void introduction() {
    out.append("# Network ").append(network.name()).append("\n\n");
    out.append("Compiled by RSNet ").append(rsnetVersion).append(" from ")
        .append(String.join(", ", sources.files().stream().map(f -> "`" + f + "`").toList()))
        .append(". This report shows what Azure programs for the design as written (the baseline), what each")
        .append(" scenario changes, and whether every `expect` line holds. Beside it: `simulation.json` (the")
        .append(" baseline as the Azure CLI would print it), `scenarios/*.json` and the NVA configurations in `nva/`.\n\n");
    List<ExpectationResult> results = analysis.expectationResults();
    long failed = results.stream().filter(r -> !r.passed()).count();
    if (results.isEmpty()) {
      out.append("The model states no expectations: add `expect` lines to check the design.\n\n");
    } else if (failed == 0) {
      out.append("**All ").append(results.size()).append(results.size() == 1 ? " expectation passes.**\n\n" : " expectations pass.**\n\n");
    } else {
      out.append("**").append(failed).append(" of ").append(results.size())
          .append(results.size() == 1 ? " expectation FAILS**" : " expectations FAIL**")
          .append(" (listed first below).\n\n");
    }
    if (!findings.isEmpty()) {
      out.append("The validator reports ").append(counted()).append(" about the design: read them first, below.\n\n");
    }
  }

  /** "2 warnings and 1 note", by severity. */
  private String counted() {
    List<String> parts = new ArrayList<>();
    for (Diagnostic.Severity severity : Diagnostic.Severity.values()) {
      long count = findings.stream().filter(d -> d.severity() == severity).count();
      if (count > 0) {
        String noun = switch (severity) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "note";
        };
        parts.add(count + " " + noun + (count == 1 ? "" : "s"));
      }
    }
    return String.join(" and ", parts);
  }

  private void findings() {
    if (findings.isEmpty()) {
      return;
    }
    out.append("## Validator findings\n\n");
    out.append("What `rsnet check` prints for these files, besides errors (which stop a compile).\n\n");
    out.append(FINDINGS.fill(findings).markdown()).append('\n');
  }

  private void expectations() {
    out.append("## Expectations\n\n");
    Map<ExpectationResult, String> owners = new LinkedHashMap<>();
    analysis.baselineReport().expectations().forEach(r -> owners.put(r, "baseline"));
    for (Scenario scenario : network.scenarios()) {
      analysis.scenarioReport(scenario).expectations().forEach(r -> owners.put(r, "scenario " + scenario.name()));
    }
    List<OwnedExpectation> ordered = new ArrayList<>();
    owners.forEach((result, owner) -> {
      if (!result.passed()) {
        ordered.add(new OwnedExpectation(result, owner));
      }
    });
    owners.forEach((result, owner) -> {
      if (result.passed()) {
        ordered.add(new OwnedExpectation(result, owner));
      }
    });
    out.append(ALL_EXPECTATIONS.fill(ordered).markdown()).append('\n');
  }

  private void nva(Nva nva) {
    out.append("### ").append(nva.name()).append(" (").append(nva.vendor().keyword()).append(", AS ").append(nva.asn())
        .append(")\n\n");
    out.append("Declared in `").append(sources.fileOf(nva.name())).append("`.");
    out.append(nva.snat() ? " Source-NATs the traffic it forwards." : "").append("\n\n");
    if (!nva.nics().isEmpty()) {
      out.append(NICS.fill(nva.nics()).markdown()).append('\n');
    }
    if (!nva.statics().isEmpty()) {
      out.append(STATIC_ROUTES.fill(nva.statics()).markdown()).append('\n');
    }
    NvaOutputs outputs = nvaOutputs.stream().filter(o -> o.nva().equals(nva.name())).findFirst().orElse(null);
    if (outputs == null || outputs.files().isEmpty()) {
      out.append("**Configuration:** none. RSNet generates configurations for vendors panos, exabgp, frr and bird; ")
          .append(nva.vendor() == NvaVendor.GENERIC ? "this NVA is 'generic'" : "this vendor has none")
          .append(", so it is simulated as a standard eBGP router only.\n\n");
    } else {
      out.append("**Configuration:** ")
          .append(String.join(", ", outputs.files().stream().map(f -> "[`" + f + "`](" + f + ")").toList()))
          .append("\n\n");
      for (String note : outputs.notes()) {
        out.append("> **Note:** ").append(note).append("\n\n");
      }
    }
    List<RouteServerPeer> peers = analysis.baseline().peeringsOf(nva.name());
    if (peers.isEmpty()) {
      out.append("No Route Server sessions.\n\n");
    } else {
      out.append(NVA_SESSIONS.fill(peers.stream().flatMap(peer -> peer.sessions().stream()).toList()).markdown())
          .append('\n');
    }
    routeServerTables(nva, peers);
    List<NvaSession> others = analysis.baseline().nvaSessions(nva.name()).stream()
        .filter(session -> peers.stream().noneMatch(peer -> session.peer().startsWith(peer.routeServer() + " ")))
        .toList();
    if (!others.isEmpty()) {
      out.append("#### Other BGP sessions of ").append(nva.name()).append("\n\n")
          .append(OutputTables.NVA_BGP_SESSIONS.fill(others).markdown()).append('\n');
    }
    out.append("#### Routing table of ").append(nva.name()).append("\n\n")
        .append(OutputTables.NVA_ROUTES.fill(analysis.baseline().nvaRoutes(nva.name()).routes()).markdown())
        .append('\n');
  }

  private void routeServerTables(Nva nva, List<RouteServerPeer> peers) {
    for (RouteServerPeer peer : peers) {
      out.append("#### Learned by ").append(peer.routeServer()).append(" from ").append(nva.name()).append("\n\n")
          .append(OutputTables.LEARNED.fill(OutputTables.learned(peer)).markdown()).append('\n');
      List<LearnedRoute> rejected = OutputTables.rejected(peer);
      if (!rejected.isEmpty()) {
        out.append("#### Rejected by ").append(peer.routeServer()).append(" from ").append(nva.name())
            .append(" (not listed by Azure, fact 82)\n\n").append(OutputTables.REJECTED.fill(rejected).markdown())
            .append('\n');
      }
      out.append("#### Advertised by ").append(peer.routeServer()).append(" to ").append(nva.name()).append("\n\n")
          .append(OutputTables.ADVERTISED.fill(OutputTables.advertised(analysis.baseline(), peer)).markdown())
          .append('\n');
    }
  }

  private void scenario(Scenario scenario, SimulationReport report) {
    out.append("## Scenario ").append(scenario.name()).append("\n\n");
    out.append("Events, in order: ")
        .append(String.join(", then ", report.events().stream().map(e -> "`" + e + "`").toList())).append(".\n\n");
    if (!report.outages().isEmpty()) {
      out.append("### Outage window\n\n").append(OutputTables.OUTAGES.fill(report.outages()).markdown()).append('\n');
    }
    out.append("### Sessions that change\n\n").append(sessionChanges(analysis.baseline(), report.simulation()))
        .append('\n');
    out.append("### Effective routes that change\n\n");
    String routes = routeChanges(analysis.baseline(), report.simulation());
    out.append(routes.isEmpty() ? "_none_\n\n" : routes);
    if (!report.traces().isEmpty()) {
      out.append("### Traces after the events\n\n").append(MarkdownRenderer.traces(report.traces())).append('\n');
    }
    if (!report.expectations().isEmpty()) {
      out.append("### Expectations\n\n").append(SCENARIO_EXPECTATIONS
          .fill(report.expectations().stream().map(r -> new OwnedExpectation(r, report.scenario())).toList())
          .markdown()).append('\n');
    }
  }

  private static String sessionChanges(Simulation before, Simulation after) {
    List<SessionChange> changes = new ArrayList<>();
    for (Nva nva : after.network().nvas()) {
      for (RouteServerPeer peer : after.peeringsOf(nva.name())) {
        RouteServerPeer old = before.peer(peer.routeServer(), nva.name());
        for (BgpSession session : peer.sessions()) {
          BgpSession was = old == null ? null : old.session(session.instance());
          String wasState = was == null ? "-" : was.state().azureName();
          if (!wasState.equals(session.state().azureName())) {
            changes.add(new SessionChange(wasState, session));
          }
        }
      }
    }
    return SESSION_CHANGES.fill(changes).markdown();
  }

  /** Per subnet, the rows that appear (+) and disappear (-) once the events have happened. */
  private static String routeChanges(Simulation before, Simulation after) {
    StringBuilder text = new StringBuilder();
    for (SubnetRef subnet : after.subnets()) {
      Map<List<String>, EffectiveRoute> old = rows(before.effectiveRoutes(subnet));
      Map<List<String>, EffectiveRoute> now = rows(after.effectiveRoutes(subnet));
      List<RouteChange> changes = new ArrayList<>();
      old.forEach((cells, route) -> {
        if (!now.containsKey(cells)) {
          changes.add(new RouteChange("-", route));
        }
      });
      now.forEach((cells, route) -> {
        if (!old.containsKey(cells)) {
          changes.add(new RouteChange("+", route));
        }
      });
      if (!changes.isEmpty()) {
        text.append("#### ").append(subnet).append("\n\n").append(ROUTE_CHANGES.fill(changes).markdown()).append('\n');
      }
    }
    return text.toString();
  }

  /** The routes by what the table shows of them: a route that changes only where no column looks is no change. */
  private static Map<List<String>, EffectiveRoute> rows(EffectiveRouteTable table) {
    Map<List<String>, EffectiveRoute> rows = new LinkedHashMap<>();
    if (table != null) {
      for (EffectiveRoute route : table.rows()) {
        rows.putIfAbsent(OutputTables.EFFECTIVE_ROUTES.cells(route), route);
      }
    }
    return rows;
  }
}
