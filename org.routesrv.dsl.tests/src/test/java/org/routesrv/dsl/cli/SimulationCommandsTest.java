package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.ExampleFiles;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** simulate, trace and test as outputs.md defines them: streams, formats and exit codes. */
class SimulationCommandsTest {

  private static final String ACTIVE_STANDBY = ExampleFiles.named("panos-active-standby.rsnet").toString();

  @TempDir Path folder;

  @Test
  void simulateTableShowsFw1AsTheOnlyNextHopOfTheDefaultRouteInTheSpokes() {
    CliRun run = CliRun.of("simulate", ACTIVE_STANDBY, "--format", "table");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String spoke1 = block(run.out(), "Effective routes: spoke1/workload");
    List<String> defaultRoutes = spoke1.lines().filter(line -> line.contains(" 0.0.0.0/0 ") && line.contains("Active")).toList();
    assertEquals(1, defaultRoutes.size(), spoke1);
    assertTrue(defaultRoutes.get(0).matches("VirtualNetworkGateway\\s+Active\\s+0\\.0\\.0\\.0/0\\s+VirtualNetworkGateway\\s+10\\.0\\.3\\.4"),
        defaultRoutes.get(0));
    assertTrue(run.out().startsWith("Network contoso.hubspoke"), "table output only on stdout");
  }

  /** Two 2021 labs: a peer at AS 65555 and a VPN gateway at AS 300 beside Route Server, as they ran. */
  private static final String DEPLOYED_IN_2021 = """
      network lab2021
      vnet hub {
          address-space 10.0.0.0/16
          subnet GatewaySubnet 10.0.0.0/27
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24
      }
      route-server ars in hub { branch-to-branch on }
      vpn-gateway vpngw in hub active-active asn 300
      site onprem asn 200 via vpngw { prefix 192.168.2.0/24 }
      nva csr vendor frr asn 65555 {
          nic eth0 hub.nva 10.0.2.4 ip-forwarding
          static 10.0.1.0/26 via eth0
          bgp {
              peer ars via eth0
              advertise 172.20.0.0/16
          }
      }
      """;

  @Test
  void fact87_policyErrorsFailCheckAndCompileWhileSimulateRunsTheModelAsDeployed() throws Exception {
    Path model = Files.writeString(folder.resolve("lab.rsnet"), DEPLOYED_IN_2021);
    CliRun check = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, check.exitCode(), check.err());
    assertTrue(check.out().contains("[asn-32-bit]") && check.out().contains("[vpn-gateway-asn]"), check.out());
    CliRun compile = CliRun.of("compile", model.toString(), "--output", folder.resolve("out").toString());
    assertEquals(ExitCode.MODEL_FAILED, compile.exitCode(), compile.err());
    assertFalse(Files.exists(folder.resolve("out")), "compile writes nothing Azure would refuse");

    CliRun simulate = CliRun.of("simulate", model.toString(), "--format", "json");
    assertEquals(ExitCode.MODEL_FAILED, simulate.exitCode(), "the model still has errors");
    assertTrue(simulate.err().contains("Azure would reject this model today"), simulate.err());
    JsonNode peer = new ObjectMapper().readTree(simulate.out()).at("/routeServers/ars/peers/csr");
    assertEquals("Established", peer.at("/sessions/0/state").asText(), peer.toString());
    assertEquals("Established", peer.at("/sessions/1/state").asText(), peer.toString());
    assertEquals("65555", peer.at("/learnedRoutes/RouteServiceRole_IN_0/0/asPath").asText());
    assertTrue(peer.at("/advertisedRoutes/RouteServiceRole_IN_0").toString().contains("65515-300-200"), peer.toString());
  }

  @Test
  void simulateJsonHasTheDocumentedShapeAndIsByteIdenticalAcrossRuns() throws Exception {
    CliRun first = CliRun.of("simulate", ACTIVE_STANDBY, "--format", "json");
    CliRun second = CliRun.of("simulate", ACTIVE_STANDBY, "--format", "json");
    assertEquals(ExitCode.OK, first.exitCode(), first.err());
    assertEquals(first.out(), second.out());
    JsonNode json = new ObjectMapper().readTree(first.out());
    assertEquals("contoso.hubspoke", json.get("network").asText());
    assertTrue(json.get("scenario").isNull());
    JsonNode ars = json.get("routeServers").get("ars");
    assertEquals(65515, ars.get("virtualRouterAsn").asInt());
    assertEquals("10.0.1.4", ars.get("virtualRouterIps").get(0).asText());
    JsonNode learned = ars.get("peers").get("fw2").get("learnedRoutes");
    assertEquals("65502-65502", learned.get("RouteServiceRole_IN_0").get(0).get("asPath").asText());
    assertTrue(learned.get("value").isNull());
    assertTrue(json.get("effectiveRoutes").has("spoke1/workload"));
    assertEquals("spoke1/workload", json.get("vms").get("vm1").get("subnet").asText());
  }

  @Test
  void simulateScenarioAndOutputFile() throws Exception {
    Path output = folder.resolve("nested/fw1-crash.json");
    CliRun run = CliRun.of("simulate", ACTIVE_STANDBY, "--scenario", "fw1-crash", "--format", "json", "--output", output.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    JsonNode json = new ObjectMapper().readTree(Files.readString(output));
    assertEquals("fw1-crash", json.get("scenario").asText());
    assertEquals("fail fw1 crash", json.get("events").get(0).asText());
    assertTrue(json.toString().contains("hold timer 60s + programming delay 2s-39s"), json.get("outage").toString());
  }

  @Test
  void simulateMarkdown() {
    CliRun run = CliRun.of("simulate", ACTIVE_STANDBY, "--format", "markdown");
    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().startsWith("#"), run.out().lines().findFirst().orElse(""));
  }

  @Test
  void unknownScenarioOrNetworkChoiceIsAUsageError() {
    CliRun run = CliRun.of("simulate", ACTIVE_STANDBY, "--scenario", "nope");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("no scenario named 'nope'") && run.err().contains("fw1-crash"), run.err());
    CliRun several = CliRun.of("simulate", ExampleFiles.all().get(0).getParent().toString());
    assertEquals(ExitCode.USAGE_OR_IO, several.exitCode());
    assertTrue(several.err().contains("--network"), several.err());
  }

  @Test
  void simulatingAModelWithErrorsExitsOneWithDiagnosticsOnStderr() throws Exception {
    Path broken = folder.resolve("broken.rsnet");
    Files.writeString(broken, "network b\nvm x in nowhere.sub 10.0.0.4\n");
    CliRun run = CliRun.of("simulate", broken.toString(), "--format", "json");
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertEquals("", run.out(), "nothing but the requested output goes to stdout");
    assertTrue(run.err().contains(broken + ":2:"), run.err());
  }

  @Test
  void traceExitCodesFollowTheResult() {
    CliRun delivered = CliRun.of("trace", ACTIVE_STANDBY, "--from", "vm1", "--to", "8.8.8.8");
    assertEquals(ExitCode.OK, delivered.exitCode(), delivered.out() + delivered.err());
    assertTrue(delivered.out().contains("fw1"), delivered.out());
    CliRun loop = CliRun.of("trace", ExampleFiles.named("frr-default-route-pitfalls.rsnet").toString(),
        "--from", "web", "--to", "8.8.8.8", "--format", "json");
    assertEquals(ExitCode.MODEL_FAILED, loop.exitCode());
    assertTrue(loop.out().contains("\"loop\""), loop.out());
    CliRun afterCrash = CliRun.of("trace", ACTIVE_STANDBY, "--from", "vm1", "--to", "vm2", "--scenario", "fw1-crash");
    assertTrue(afterCrash.exitCode() == ExitCode.OK || afterCrash.exitCode() == ExitCode.MODEL_FAILED);
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("trace", ACTIVE_STANDBY, "--from", "nobody", "--to", "8.8.8.8").exitCode());
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("trace", ACTIVE_STANDBY, "--from", "vm1", "--to", "not-an-ip").exitCode());
  }

  @Test
  void traceStartsAtASiteAnNvaOrAnAddressAndShowsTheReply() {
    String edge = ExampleFiles.named("hybrid-edge.rsnet").toString();
    CliRun fromSite = CliRun.of("trace", edge, "--from", "branch", "--to", "vm-spoke");
    assertEquals(ExitCode.OK, fromSite.exitCode(), fromSite.out() + fromSite.err());
    assertTrue(fromSite.out().startsWith("branch -> vm-spoke: delivered\n  1. vpngw (hub/GatewaySubnet): "),
        fromSite.out());
    assertTrue(fromSite.out().contains("\nreply vm-spoke -> 192.168.0.1: delivered (ECMP path 1 of 2)\n"),
        fromSite.out());
    CliRun fromAddress = CliRun.of("trace", edge, "--from", "172.16.5.5", "--to", "10.1.0.4", "--format", "json");
    assertEquals(ExitCode.OK, fromAddress.exitCode(), fromAddress.out() + fromAddress.err());
    assertTrue(fromAddress.out().contains("\"from\": \"dc\""), fromAddress.out());
    assertTrue(fromAddress.out().contains("\"symmetric\": true"), fromAddress.out());
    CliRun fromNva = CliRun.of("trace", edge, "--from", "fw", "--to", "10.1.0.4");
    assertEquals(ExitCode.OK, fromNva.exitCode(), fromNva.out() + fromNva.err());
    CliRun nowhere = CliRun.of("trace", edge, "--from", "203.0.113.9", "--to", "10.1.0.4");
    assertEquals(ExitCode.USAGE_OR_IO, nowhere.exitCode());
    assertTrue(nowhere.err().contains("no address the model holds"), nowhere.err());
  }

  @Test
  void testCommandReportsEveryExpectationAndWritesJUnit() throws Exception {
    Path junit = folder.resolve("reports/rsnet.xml");
    CliRun run = CliRun.of("test", ACTIVE_STANDBY, "--junit", junit.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.out());
    assertTrue(run.out().lines().anyMatch(line -> line.matches("PASS .*panos-active-standby.rsnet:\\d+: expect route spoke1.workload 0.0.0.0/0 via fw1")),
        run.out());
    assertEquals("expectations: 4 passed, 0 failed", run.out().lines().reduce((a, b) -> b).orElse(""));
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertEquals("4", xml.getDocumentElement().getAttribute("tests"));
    assertEquals(2, xml.getElementsByTagName("testsuite").getLength(), "the baseline and the scenario");
  }

  @Test
  void testCommandFailsOnAFailedExpectationAndSaysWhatHappened() throws Exception {
    Path model = folder.resolve("wrong.rsnet");
    Files.writeString(model, Files.readString(Path.of(ACTIVE_STANDBY))
        .replace("expect route spoke1.workload 0.0.0.0/0 via fw1", "expect route spoke1.workload 0.0.0.0/0 via fw2"));
    CliRun check = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, check.exitCode(), "a failed expectation is a validation error");
    assertTrue(check.out().contains("[expectation-failed]"), check.out());
    CliRun run = CliRun.of("test", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertTrue(run.out().contains("FAIL " + model + ":"), run.out());
    assertTrue(run.out().contains("expected via fw2") || run.out().contains("fw2"), run.out());
    assertTrue(run.out().endsWith("expectations: 3 passed, 1 failed\n"), run.out());
    assertFalse(run.err().contains("expectation-failed"), "listed once, as a test result: " + run.err());
    CliRun simulate = CliRun.of("simulate", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, simulate.exitCode(), "the model has an error");
    assertTrue(simulate.out().contains("Effective routes: spoke1/workload"), "but the simulation is still shown");
  }

  @Test
  void benchReportsEveryFigure() {
    CliRun run = CliRun.of("bench", "--warmup", "0", "--iterations", "1");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    for (String figure : List.of("parse only:", "parse + validate + simulate:", "ratio full / parse:", "peak heap",
        "mean instead of median:", "JIT compilation during the timed runs:")) {
      assertTrue(run.out().contains(figure), run.out());
    }
    assertTrue(run.out().contains("median of 1 pairs"), "the ratio is taken pair by pair: " + run.out());
  }

  @Test
  void benchRefusesZeroIterations() {
    CliRun run = CliRun.of("bench", "--iterations", "0");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("--iterations must be at least 1"), run.err());
  }

  private static String block(String text, String heading) {
    int start = text.indexOf(heading);
    assertTrue(start >= 0, heading + " not found");
    int end = text.indexOf("\n\n", start);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
