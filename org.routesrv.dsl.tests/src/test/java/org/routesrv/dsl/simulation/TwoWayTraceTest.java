package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

/**
 * Flows in both directions (facts 60, 71, 79): every trace has its reply, a flow through stateful NVAs is symmetric
 * only when the reply passes the same ones, and an outage is the longer of the two directions.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class TwoWayTraceTest {

  /**
   * Two firewalls that Route Server spreads traffic over (ECMP), and a GatewaySubnet UDR that can name only one of
   * them for the replies from on-premises (fact 60: UDRs do not ECMP; fact 79: the UDR is how on-premises traffic
   * reaches an NVA at all).
   */
  private static final String PAIR = """
      network pair

      vnet hub {
          address-space 10.0.0.0/16
          subnet GatewaySubnet 10.0.0.0/27 route-table rt-gateway
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24 route-table rt-nva
      }
      vnet spoke {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      peering hub <-> spoke { transit via hub }

      route-table rt-gateway {
          route spoke 10.1.0.0/16 -> appliance 10.0.2.4
      }
      route-table rt-nva {
          route onprem 192.168.0.0/16 -> gateway
          route default 0.0.0.0/0 -> internet
      }

      route-server ars in hub
      vpn-gateway vpngw in hub active-active

      site onprem asn 65501 via vpngw {
          prefix 192.168.0.0/16 as-path 65502
      }

      nva fw1 vendor panos asn 65001 {
          nic eth0 hub.nva 10.0.2.4 ip-forwarding
          static 10.0.1.0/26 via eth0
          static 192.168.0.0/16 via eth0
          bgp {
              peer ars via eth0
              advertise 192.168.0.0/16
          }
      }
      nva fw2 vendor panos asn 65002 {
          nic eth0 hub.nva 10.0.2.5 ip-forwarding
          static 10.0.1.0/26 via eth0
          static 192.168.0.0/16 via eth0
          bgp {
              peer ars via eth0
              advertise 192.168.0.0/16
          }
      }

      vm app in spoke.workload 10.1.0.4
      """;

  @Inject ModelLoader loader;
  @Inject NetworkAnalyzer analyzer;
  @TempDir Path folder;

  private NetworkAnalysis analyze(String model) throws Exception {
    LoadedModel loaded = load(model);
    assertEquals(List.of(), errors(loaded));
    return analyzer.analyze(loaded, "pair");
  }

  /** For models whose expectations fail on purpose: those failures are the model's only errors. */
  private NetworkAnalysis analyzeFailing(String model) throws Exception {
    LoadedModel loaded = load(model);
    assertTrue(errors(loaded).stream().allMatch(e -> e.endsWith("[expectation-failed]")), errors(loaded).toString());
    return analyzer.analyze(loaded, "pair");
  }

  private LoadedModel load(String model) throws Exception {
    Path file = folder.resolve("pair.rsnet");
    Files.writeString(file, model);
    return loader.load(ModelFiles.collect(List.of(file.toString())));
  }

  private static List<String> errors(LoadedModel loaded) {
    return loaded.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::format).toList();
  }

  private static List<List<String>> nodes(Trace trace) {
    return trace.paths().stream().map(TracePath::nodes).toList();
  }

  @Test
  void fact60_aGatewaySubnetUdrPinnedToOneFirewallOfAnEcmpPairMakesTheReplyAsymmetric() throws Exception {
    Simulation simulation = analyze(PAIR).baseline();
    Trace trace = simulation.trace("app", Destination.ip("192.168.1.10"));
    assertEquals(List.of(List.of("fw1", "vpngw"), List.of("fw2", "vpngw")), nodes(trace));
    assertEquals("onprem", trace.reply().from());
    assertEquals(List.of(List.of("vpngw", "fw1")), nodes(trace.reply()));
    assertTrue(trace.reply().paths().stream().allMatch(p -> p.result() == TraceResult.DELIVERED));
    assertFalse(trace.symmetry().symmetric());
    assertEquals("the flow through fw2 returns through fw1", trace.symmetry().explanation());
  }

  @Test
  void routersAreNotStatefulSoTheSameFlowThroughThemIsSymmetric() throws Exception {
    Simulation simulation = analyze(PAIR.replace("vendor panos", "vendor frr")).baseline();
    Trace trace = simulation.trace("app", Destination.ip("192.168.1.10"));
    assertTrue(trace.symmetry().symmetric(), trace.symmetry().explanation());
    assertEquals("no stateful NVA in either direction", trace.symmetry().explanation());
    Simulation stateful = analyze(PAIR.replace("vendor panos asn 65002 {", "vendor frr asn 65002 {\n    stateful on")
        .replace("vendor panos", "vendor frr")).baseline();
    assertEquals("the flow through fw2 returns through no stateful NVA",
        stateful.trace("app", Destination.ip("192.168.1.10")).symmetry().explanation());
  }

  @Test
  void aTraceMayStartAtASiteAndEntersThroughItsGatewaySubnetsRoutes() throws Exception {
    Simulation simulation = analyze(PAIR).baseline();
    Trace trace = simulation.trace("onprem", Destination.ip("10.1.0.4"));
    assertEquals(List.of(List.of("vpngw", "fw1")), nodes(trace));
    assertEquals(TraceResult.DELIVERED, trace.primary().result());
    assertEquals("hub/GatewaySubnet", trace.primary().hops().get(0).subnet().toString());
    assertEquals(List.of(List.of("fw1", "vpngw"), List.of("fw2", "vpngw")), nodes(trace.reply()));
  }

  @Test
  void aTraceMayStartAtAnNva() throws Exception {
    Simulation simulation = analyze(PAIR).baseline();
    Trace trace = simulation.trace("fw2", Destination.ip("192.168.1.10"));
    assertEquals(List.of(List.of("fw2", "vpngw")), nodes(trace));
    assertEquals("10.0.2.5", trace.primary().arrivingSource().toString());
    assertEquals(List.of(List.of("vpngw")), nodes(trace.reply()), "the UDR covers the spoke, not fw2's address");
    assertTrue(trace.symmetry().symmetric(), "fw2 is an end of the flow, not an NVA it passes");
  }

  @Test
  void theReplyOfASourceNatedFlowReturnsToTheNvaThatTranslatedIt() throws Exception {
    String bothTranslate = PAIR.replace("route spoke 10.1.0.0/16 -> appliance 10.0.2.4", "")
        .replace("vendor panos asn 65001 {", "vendor panos asn 65001 {\n    snat on")
        .replace("vendor panos asn 65002 {", "vendor panos asn 65002 {\n    snat on");
    Trace trace = analyze(bothTranslate).baseline().trace("app", Destination.ip("192.168.1.10"));
    assertEquals(List.of("10.0.2.4", "10.0.2.5"), trace.paths().stream().map(p -> p.arrivingSource().toString())
        .toList());
    assertEquals(List.of(List.of("vpngw", "fw1")), nodes(trace.reply()), "back to fw1's address, then on from fw1");
    assertEquals("VM app", trace.reply().primary().endpoint().kind() + " " + trace.reply().primary().endpoint().name(),
        "delivered to the sender's own address");
    assertTrue(trace.symmetry().symmetric(), trace.symmetry().explanation());
    assertEquals("each reply returns through the stateful NVAs its packet passed (fw1 or fw2)",
        trace.symmetry().explanation());
  }

  @Test
  void aReplyFromTheInternetIsNotTraced() throws Exception {
    Simulation simulation = analyze(PAIR).baseline();
    Trace trace = simulation.trace("app", Destination.ip("8.8.8.8"));
    assertEquals(TraceResult.INTERNET, trace.primary().result());
    assertNull(trace.reply());
    assertNull(trace.symmetry());
  }

  @Test
  void expectSymmetricAndTracesFromASiteAreCheckedWithTheirReasons() throws Exception {
    NetworkAnalysis analysis = analyzeFailing(PAIR.replace("route spoke 10.1.0.0/16 -> appliance 10.0.2.4", "")
        + """
        expect trace onprem -> app via vpngw
        expect symmetric app <-> 192.168.1.10
        expect trace fw2 -> 192.168.1.10 via fw2, vpngw
        expect trace app -> onprem via fw1, vpngw
        expect symmetric app <-> onprem
        """);
    List<ExpectationResult> results = analysis.baselineReport().expectations();
    assertTrue(results.get(0).passed(), results.get(0).actual());
    assertFalse(results.get(1).passed());
    assertEquals("asymmetric: the flow through fw1 returns through no stateful NVA", results.get(1).actual());
    assertTrue(results.get(2).passed(), results.get(2).actual());
    // A site is a destination by name: the first host of its first prefix, 192.168.0.1.
    assertEquals("expected delivery via fw1, vpngw, but app -> onprem: 2 ECMP paths: delivered via fw1, vpngw"
        + " (delivered to site onprem through vpngw); delivered via fw2, vpngw (delivered to site onprem through vpngw)",
        results.get(3).actual());
    assertEquals("asymmetric: the flow through fw1 returns through no stateful NVA", results.get(4).actual());
  }

  @Test
  void theOutageOfAFlowIsTheLongerDirectionAndAReplyPinnedToACrashedFirewallIsLostUntilRestore() throws Exception {
    NetworkAnalysis analysis = analyzeFailing(PAIR + """
        scenario fw1-crash {
            fail fw1 crash
            expect outage app -> 192.168.1.10 at-most 240s
            restore fw1
        }
        scenario fw2-crash {
            fail fw2 crash
            expect outage app -> 192.168.1.10 at-most 240s
        }
        """);
    Scenario crash = analysis.network().scenario("fw1-crash").orElseThrow();
    ScenarioSimulation run = Simulator.simulate(analysis.baseline(), crash);
    Outage outage = run.outage("app", Destination.ip("192.168.1.10"));
    assertTrue(outage.unbounded());
    assertEquals("the reply: after the event traffic is dropped: fw1 is down (until restore fw1)", outage.cause());
    ExpectationResult expectation = analysis.scenarioReport(crash).expectations().get(0);
    assertFalse(expectation.passed());
    // fw2 carries half the flows out and none of the replies: only the way out waits for the hold timer.
    Outage fw2 = Simulator.simulate(analysis.baseline(), analysis.network().scenario("fw2-crash").orElseThrow())
        .outage("app", Destination.ip("192.168.1.10"));
    assertFalse(fw2.unbounded());
    assertTrue(fw2.cause().startsWith("hold timer 180s + programming delay"), fw2.cause());
  }

  @Test
  void simulationJsonHasEachTracesReturnAndWhetherItIsSymmetric() throws Exception {
    NetworkAnalysis analysis = analyzeFailing(PAIR + "expect symmetric app <-> 192.168.1.10\n");
    JsonNode trace = new ObjectMapper().readTree(JsonRenderer.render(analysis.baselineReport())).get("traces").get(0);
    assertFalse(trace.get("symmetric").asBoolean());
    assertEquals("onprem", trace.get("return").get("from").asText());
    assertEquals("delivered", trace.get("return").get("result").asText());
  }
}
