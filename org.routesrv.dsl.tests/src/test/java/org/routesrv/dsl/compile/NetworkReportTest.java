package org.routesrv.dsl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Injector;

/** What an engineer reads in report.md, checked on the examples. */
class NetworkReportTest {

  private static final Injector INJECTOR = new RsnetInjectorProvider().getInjector();

  @TempDir Path folder;

  private static String report(Path... files) throws Exception {
    LoadedModel model = INJECTOR.getInstance(ModelLoader.class)
        .load(ModelFiles.collect(List.of(files).stream().map(Path::toString).toList()));
    String network = model.networks().keySet().iterator().next();
    NetworkAnalysis analysis = INJECTOR.getInstance(NetworkAnalyzer.class).analyze(model, network);
    CompiledNetwork compiled = NetworkCompiler.compile(analysis,
        NetworkSources.of(model.networks().get(network), model::displayPath), model.diagnostics(), "test");
    return compiled.files().stream().filter(f -> f.path().equals(NetworkCompiler.REPORT)).findFirst().orElseThrow()
        .content();
  }

  private static String section(String report, String heading) {
    int start = report.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, heading + " missing");
    int level = heading.indexOf(' ');
    Matcher next = Pattern.compile("\n#{1," + level + "} ").matcher(report);
    int end = next.find(start + heading.length() + 1) ? next.start() : report.length();
    return report.substring(start, end);
  }

  @Test
  void topologyShowsVnetsPeeringsRouteServerGatewaySiteNvaAndSessions() throws Exception {
    String report = report(Repository.examples().resolve("exabgp-vpn-lab.rsnet"));
    String topology = section(report, "## Topology");
    assertTrue(topology.contains("```mermaid\nflowchart LR\n"), topology);
    for (String vnet : List.of("hub", "spoke1", "spoke2")) {
      assertTrue(topology.contains("  subgraph vnet_" + vnet + "[\"vnet " + vnet + " · "), vnet + " in " + topology);
    }
    assertTrue(topology.contains("vnet_hub <-->|\"transit via hub\"| vnet_spoke1"), topology);
    assertTrue(topology.contains("vnet_hub <-->|\"peering, no gateway transit\"| vnet_spoke2"), topology);
    assertTrue(topology.contains("rs_ars{{\"Route Server ars<br/>AS 65515 · 10.0.2.4, 10.0.2.5<br/>branch-to-branch on\"}}"),
        topology);
    assertTrue(topology.contains("gw_vpngw[/\"VPN gateway vpngw<br/>AS 65515 · active-active\"/]"), topology);
    assertTrue(topology.contains("nva_exabgp ---|\"BGP 2/2 Established\"| rs_ars"), topology);
    assertTrue(topology.contains("gw_vpngw --- site_pfsense"), topology);
    assertMermaidIsBalanced(topology);
  }

  /** Every subgraph closed, every node id plain, every quote paired: what Mermaid's parser needs. */
  private static void assertMermaidIsBalanced(String topology) {
    List<String> lines = topology.lines().toList();
    long subgraphs = lines.stream().filter(l -> l.strip().startsWith("subgraph ")).count();
    long ends = lines.stream().filter(l -> l.strip().equals("end")).count();
    assertEquals(subgraphs, ends, topology);
    for (String line : lines) {
      assertEquals(0, line.chars().filter(c -> c == '"').count() % 2, line);
      Matcher id = Pattern.compile("^\\s+(?:subgraph )?([^\\s\\[{(/|<-]+)").matcher(line);
      if (id.find() && !line.strip().equals("end") && !line.startsWith("```") && !line.startsWith("flowchart")) {
        assertTrue(id.group(1).matches("[A-Za-z0-9_]+"), "node id in " + line);
      }
    }
  }

  @Test
  void eachNvaHasItsSessionsRoutesAndConfiguration() throws Exception {
    String report = report(Repository.examples().resolve("exabgp-vpn-lab.rsnet"));
    String nva = section(report, "### exabgp (exabgp, AS 65010)");
    assertTrue(nva.contains("[`nva/exabgp.exabgp.conf`](nva/exabgp.exabgp.conf)"), nva);
    assertTrue(nva.contains("| ars | RouteServiceRole_IN_0 | 10.0.2.4 | 10.0.0.4 | Established | 180s |  |"), nva);
    String learned = section(report, "#### Learned by ars from exabgp");
    assertTrue(learned.contains("| 10.0.2.4 | 192.168.1.0/24 | 10.0.0.4 | 10.0.0.4 | EBgp | 65010 | 32768 |"), learned);
    assertTrue(learned.contains("equal to the address space 10.1.0.0/16 of vnet spoke1 (fact 51)"), learned);
    String advertised = section(report, "#### Advertised by ars to exabgp");
    assertTrue(advertised.contains("| 10.0.2.5 | 192.168.2.0/24 | 10.0.2.5 | Igp | 65515-65501 | 0 |"), advertised);
  }

  @Test
  void fact89_theRoutePolicySectionSaysWhatEachRuleDidToEachRoute() throws Exception {
    String policy = section(report(Repository.examples().resolve("multi-region-route-maps.rsnet")), "## Route policy");
    String ars1 = section(policy, "### ars1 import region2-summary from nva1 (RouteServiceRole_IN_0)");
    assertTrue(ars1.contains("| 10.201.0.0/16 65001-65002-65001 | summarize | summarized into 10.200.0.0/15 (no AS path) |"),
        ars1);
    assertTrue(ars1.contains("| 172.17.0.0/16 65001-65002-65001-12076-65200 | none |"
        + " 172.17.0.0/16 65001-65002-65001-12076-65200 |"), ars1);
    assertFalse(report(Repository.examples().resolve("exabgp-vpn-lab.rsnet")).contains("## Route policy"),
        "no section without maps");
  }

  @Test
  void effectiveRoutesOfEverySubnetAndTheTraces() throws Exception {
    String report = report(Repository.examples().resolve("exabgp-vpn-lab.rsnet"));
    for (String subnet : List.of("hub/nva", "hub/workload", "hub/RouteServerSubnet", "hub/GatewaySubnet",
        "spoke1/workload", "spoke2/workload")) {
      String table = section(report, "### " + subnet);
      assertTrue(table.contains("| Source | State | Address Prefix | Next Hop Type | Next Hop IP |"), subnet);
    }
    assertTrue(section(report, "### spoke1/workload").contains(
        "| VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.0.4 |"));
    assertTrue(section(report, "## Traces").contains("vm-spoke1 -> 192.168.3.10: delivered"), report);
  }

  @Test
  void aScenarioShowsItsEventsOutageAndWhatChanges() throws Exception {
    String report = report(Repository.examples().resolve("panos-active-standby.rsnet"));
    String scenario = section(report, "## Scenario fw1-crash");
    assertTrue(scenario.contains("Events, in order: `fail fw1 crash`."), scenario);
    assertTrue(scenario.contains("| vm1 | 8.8.8.8 | 62s-99s | hold timer 60s + programming delay 2s-39s |"), scenario);
    assertTrue(scenario.contains("| fw1 | ars | RouteServiceRole_IN_0 | Established | Idle |"), scenario);
    String changes = section(report, "#### spoke1/workload");
    assertTrue(changes.contains("| - | VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.3.4 |"),
        changes);
    assertTrue(changes.contains("| + | VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.3.5 |"),
        changes);
    assertTrue(report.contains("panos-active-standby.rsnet:72 | scenario fw1-crash | `expect outage vm1 -> 8.8.8.8"
        + " at-most 100s` | outage 62s-99s after fail fw1 crash"), report);
  }

  @Test
  void failedExpectationsComeFirstAndTheVerdictSaysHowMany() throws Exception {
    Path model = folder.resolve("failing.rsnet");
    Files.writeString(model, Files.readString(Repository.examples().resolve("panos-active-standby.rsnet"))
        .replace("expect route spoke1.workload 0.0.0.0/0 via fw1", "expect route spoke1.workload 0.0.0.0/0 via fw2"));
    String report = report(model);
    assertTrue(report.contains("**1 of 4 expectations FAIL** (listed first below)."), report);
    String table = section(report, "## Expectations");
    String firstRow = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Result") && !l.startsWith("| ---"))
        .findFirst().orElseThrow();
    assertTrue(firstRow.startsWith("| **FAIL** | " + model + ":66 | baseline | `expect route spoke1.workload 0.0.0.0/0 via fw2` |"),
        firstRow);
  }

  @Test
  void allPassingIsSaidUpFront() throws Exception {
    String report = report(Repository.examples().resolve("panos-active-standby.rsnet"));
    assertTrue(report.startsWith("# Network contoso.hubspoke\n\nCompiled by RSNet test from `"), report);
    assertTrue(report.contains("\n**All 4 expectations pass.**\n"), report);
    assertFalse(report.contains("FAIL"), report);
  }
}
