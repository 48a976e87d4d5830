package org.routesrv.dsl.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.network.StaticRoute;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.NetworkAnalysis;

/**
 * {@code report.md}: the simulation as an engineer reads it, verdict first. What the validator
 * warns about (people sign this report off, so no warning may hide behind passing expectations),
 * expectations (all of them, failures first), the topology as a diagram, each NVA with its sessions, routes and
 * generated configuration, effective routes and traces of the baseline, then what each scenario
 * changes. Route tables come from the simulator's own Markdown rendering.
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
    MarkdownSections tables = new MarkdownSections(baseline);
    introduction();
    findings();
    expectations();
    out.append("## Topology\n\n").append(TopologyDiagram.render(analysis.baseline())).append('\n');
    if (!network.nvas().isEmpty()) {
      out.append("## NVAs\n\n");
      for (Nva nva : network.nvas()) {
        nva(nva, tables);
      }
    }
    out.append("## Effective routes\n\n");
    out.append("What the NICs of each subnet use in the baseline, as `az network nic show-effective-route-table` lists it.\n\n");
    for (SubnetRef subnet : analysis.baseline().subnets()) {
      out.append("### ").append(subnet).append("\n\n").append(tables.body("Effective routes: " + subnet)).append("\n\n");
    }
    if (tables.has("Traces")) {
      out.append("## Traces\n\n").append(tables.body("Traces")).append("\n\n");
    }
    for (Scenario scenario : network.scenarios()) {
      scenario(scenario, analysis.scenarioReport(scenario));
    }
    return out.toString().stripTrailing() + "\n";
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
    Table table = new Table("Severity", "Where", "Finding", "Rule");
    for (Diagnostic finding : findings) {
      table.row(finding.severity() == Diagnostic.Severity.INFO ? "note" : "**" + finding.severity().label() + "**",
          finding.path() + ":" + finding.line() + ":" + finding.column(), finding.message(),
          finding.code() == null ? "" : "`" + finding.code() + "`");
    }
    out.append(table).append('\n');
  }

  private void expectations() {
    out.append("## Expectations\n\n");
    Map<ExpectationResult, String> owners = new LinkedHashMap<>();
    analysis.baselineReport().expectations().forEach(r -> owners.put(r, "baseline"));
    for (Scenario scenario : network.scenarios()) {
      analysis.scenarioReport(scenario).expectations().forEach(r -> owners.put(r, "scenario " + scenario.name()));
    }
    if (owners.isEmpty()) {
      out.append("_none_\n\n");
      return;
    }
    List<Map.Entry<ExpectationResult, String>> ordered = new ArrayList<>();
    owners.entrySet().stream().filter(e -> !e.getKey().passed()).forEach(ordered::add);
    owners.entrySet().stream().filter(e -> e.getKey().passed()).forEach(ordered::add);
    Table table = new Table("Result", "Where", "In", "Expectation", "Actual");
    for (Map.Entry<ExpectationResult, String> entry : ordered) {
      ExpectationResult result = entry.getKey();
      table.row(result.passed() ? "PASS" : "**FAIL**", result.source().file() + ":" + result.source().line(),
          entry.getValue(), "`" + result.source().text() + "`", result.actual());
    }
    out.append(table).append('\n');
  }

  private void nva(Nva nva, MarkdownSections tables) {
    out.append("### ").append(nva.name()).append(" (").append(nva.vendor().keyword()).append(", AS ").append(nva.asn())
        .append(")\n\n");
    out.append("Declared in `").append(sources.fileOf(nva.name())).append("`.");
    out.append(nva.snat() ? " Source-NATs the traffic it forwards." : "").append("\n\n");
    if (!nva.nics().isEmpty()) {
      Table nics = new Table("NIC", "Subnet", "IP", "IP forwarding");
      for (Nic nic : nva.nics()) {
        nics.row(nic.name(), nic.subnet(), nic.ip(), nic.ipForwarding() ? "on" : "off");
      }
      out.append(nics).append('\n');
    }
    if (!nva.statics().isEmpty()) {
      Table statics = new Table("Static route", "Next hop", "Via NIC");
      for (StaticRoute route : nva.statics()) {
        statics.row(route.prefix(), route.nextHop(), route.nic());
      }
      out.append(statics).append('\n');
    }
    NvaOutputs outputs = nvaOutputs.stream().filter(o -> o.nva().equals(nva.name())).findFirst().orElse(null);
    if (outputs == null || outputs.files().isEmpty()) {
      out.append("**Configuration:** none. RSNet generates configurations for vendors panos, exabgp and frr; ")
          .append(nva.vendor() == NvaVendor.GENERIC ? "this NVA's vendor is not one of them" : "this vendor has none")
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
      return;
    }
    Table sessions = new Table("Route Server", "Instance", "Local address", "Peer IP", "State", "Hold time", "Reason");
    for (RouteServerPeer peer : peers) {
      for (BgpSession session : peer.sessions()) {
        sessions.row(peer.routeServer(), session.instance().role(), session.localAddress(), session.peerIp(),
            session.state().azureName(), session.holdTimeSeconds() == null ? null : session.holdTimeSeconds() + "s",
            session.reason());
      }
    }
    out.append(sessions).append('\n');
    for (RouteServerPeer peer : peers) {
      String key = peer.routeServer() + " peer " + nva.name();
      out.append("#### Learned by ").append(peer.routeServer()).append(" from ").append(nva.name()).append("\n\n")
          .append(tables.body("Learned routes: " + key)).append("\n\n");
      out.append("#### Advertised by ").append(peer.routeServer()).append(" to ").append(nva.name()).append("\n\n")
          .append(tables.body("Advertised routes: " + key)).append("\n\n");
    }
  }

  private void scenario(Scenario scenario, SimulationReport report) {
    out.append("## Scenario ").append(scenario.name()).append("\n\n");
    out.append("Events, in order: ")
        .append(String.join(", then ", report.events().stream().map(e -> "`" + e + "`").toList())).append(".\n\n");
    MarkdownSections tables = new MarkdownSections(report);
    if (tables.has("Outages")) {
      out.append("### Outage window\n\n").append(tables.body("Outages")).append("\n\n");
    }
    out.append("### Sessions that change\n\n").append(sessionChanges(analysis.baseline(), report.simulation()))
        .append('\n');
    out.append("### Effective routes that change\n\n");
    String routes = routeChanges(analysis.baseline(), report.simulation());
    out.append(routes.isEmpty() ? "_none_\n\n" : routes);
    if (tables.has("Traces")) {
      out.append("### Traces after the events\n\n").append(tables.body("Traces")).append("\n\n");
    }
    if (!report.expectations().isEmpty()) {
      out.append("### Expectations\n\n");
      Table table = new Table("Result", "Where", "Expectation", "Actual");
      for (ExpectationResult result : report.expectations()) {
        table.row(result.passed() ? "PASS" : "**FAIL**", result.source().file() + ":" + result.source().line(),
            "`" + result.source().text() + "`", result.actual());
      }
      out.append(table).append('\n');
    }
  }

  private static String sessionChanges(Simulation before, Simulation after) {
    Table table = new Table("NVA", "Route Server", "Instance", "Before", "After", "Reason");
    for (Nva nva : after.network().nvas()) {
      for (RouteServerPeer peer : after.peeringsOf(nva.name())) {
        RouteServerPeer old = before.peer(peer.routeServer(), nva.name());
        for (BgpSession session : peer.sessions()) {
          BgpSession was = old == null ? null : old.session(session.instance());
          String wasState = was == null ? "-" : was.state().azureName();
          if (!wasState.equals(session.state().azureName())) {
            table.row(nva.name(), peer.routeServer(), session.instance().role(), wasState, session.state().azureName(),
                session.reason());
          }
        }
      }
    }
    return table.isEmpty() ? "_none_\n" : table.toString();
  }

  /** Per subnet, the rows that appear (+) and disappear (-) once the events have happened. */
  private static String routeChanges(Simulation before, Simulation after) {
    StringBuilder text = new StringBuilder();
    for (SubnetRef subnet : after.subnets()) {
      Set<String> old = rows(before.effectiveRoutes(subnet));
      Set<String> now = rows(after.effectiveRoutes(subnet));
      Table table = new Table("Change", "Source", "State", "Address Prefix", "Next Hop Type", "Next Hop IP");
      old.stream().filter(r -> !now.contains(r)).forEach(r -> table.row(split("-", r)));
      now.stream().filter(r -> !old.contains(r)).forEach(r -> table.row(split("+", r)));
      if (!table.isEmpty()) {
        text.append("#### ").append(subnet).append("\n\n").append(table).append('\n');
      }
    }
    return text.toString();
  }

  private static Set<String> rows(EffectiveRouteTable table) {
    Set<String> rows = new LinkedHashSet<>();
    if (table != null) {
      for (EffectiveRoute route : table.rows()) {
        rows.add(String.join("\t", route.source().azureName(), route.state().azureName(), route.prefix().toString(),
            route.nextHopType().azureName(), route.nextHopIp() == null ? "" : route.nextHopIp().toString()));
      }
    }
    return rows;
  }

  private static Object[] split(String change, String row) {
    List<Object> cells = new ArrayList<>();
    cells.add(change);
    cells.addAll(List.of(row.split("\t", -1)));
    return cells.toArray();
  }

  /** A Markdown pipe table for the report's own tables. */
  private static final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
      this.headers = List.of(headers);
    }

    void row(Object... cells) {
      List<String> row = new ArrayList<>();
      for (Object cell : cells) {
        row.add(cell == null ? "" : cell.toString().replace("|", "\\|").replace("\n", " "));
      }
      rows.add(row);
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
      text.append(" --- |".repeat(headers.size())).append('\n');
      rows.forEach(row -> text.append("| ").append(String.join(" | ", row)).append(" |\n"));
      return text.toString();
    }
  }
}
