package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.commands.RsnetCommands;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.Repository;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The server's commands answer Markdown, or JSON for {@code rsnet.effectiveRouteTable}, for the open (even
 * unsaved) text, as the CLI would print it.
 */
class CommandsTest extends LanguageServerTest {

  static String execute(String command, Object... arguments) {
    Object result = await(session.server().getWorkspaceService()
        .executeCommand(new ExecuteCommandParams(command, List.of(arguments))));
    return result instanceof JsonPrimitive json ? json.getAsString() : String.valueOf(result);
  }

  /** A command answering JSON: the object as the client receives it, null members included. */
  static JsonObject executeForJson(String command, Object... arguments) {
    Object result = await(session.server().getWorkspaceService()
        .executeCommand(new ExecuteCommandParams(command, List.of(arguments))));
    assertTrue(result instanceof Map, command + " answers a JSON object: " + result);
    return new GsonBuilder().serializeNulls().create().toJsonTree(result).getAsJsonObject();
  }

  @Test
  void serverAdvertisesItsCommands() {
    assertEquals(Set.of(RsnetCommands.SIMULATION_REPORT, RsnetCommands.EFFECTIVE_ROUTES,
        RsnetCommands.EFFECTIVE_ROUTE_TABLE),
        Set.copyOf(session.initializeResult().getCapabilities().getExecuteCommandProvider().getCommands()));
  }

  @Test
  void simulationReportIsTheMarkdownOfRsnetSimulate() throws Exception {
    String uri = openModel(HUB + "expect session fw1 established\n");
    Path file = Path.of(java.net.URI.create(uri));
    CliRun cli = CliRun.of("simulate", "--format", "markdown", file.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    // The CLI names files as typed, the editor by their path in the workspace: only that differs.
    assertEquals(cli.out().replace(file.toString(), workspace.relativize(file).toString()),
        execute(RsnetCommands.SIMULATION_REPORT, uri));
  }

  @Test
  void reportCoversUnsavedEdits() throws Exception {
    String uri = openModel(HUB);
    session.change(uri, session.text(uri).replace("asn 65502", "asn 65503"));
    session.awaitDiagnostics(uri, diagnostics -> true);
    String report = execute(RsnetCommands.SIMULATION_REPORT, uri);
    assertTrue(report.contains("| fw2 | 10.0.3.5 | 65503 |"), report);
    assertTrue(Files.readString(Path.of(java.net.URI.create(uri))).contains("asn 65502"), "file untouched");
  }

  @Test
  void scenarioReportIsSelectedByName() {
    String uri = openModel(HUB + "scenario fw1-down {\n    fail fw1 crash\n}\n");
    String report = execute(RsnetCommands.SIMULATION_REPORT, uri, "fw1-down");
    assertTrue(report.startsWith("# Network " + networkOf(uri) + " (scenario fw1-down)"), report);
    assertTrue(execute(RsnetCommands.SIMULATION_REPORT, uri, "nope").contains("No scenario named nope"));
  }

  @Test
  void effectiveRoutesOfTheSubnetAtThePosition() {
    String uri = openModel(HUB);
    String routes = execute(RsnetCommands.EFFECTIVE_ROUTES, uri, at(uri, "spoke1.workload 10.1.0.4", 3));
    assertTrue(routes.contains("## spoke1/workload"), routes);
    assertTrue(!routes.contains("## hub/trusted"), routes);
    String fromNic = execute(RsnetCommands.EFFECTIVE_ROUTES, uri, at(uri, "nic trusted", 0));
    assertTrue(fromNic.contains("## hub/trusted") && !fromNic.contains("## spoke1/workload"), fromNic);
  }

  @Test
  void effectiveRoutesOfEverySubnetElsewhere() {
    String uri = openModel(HUB);
    String routes = execute(RsnetCommands.EFFECTIVE_ROUTES, uri, at(uri, "peering", 0));
    assertTrue(routes.contains("## hub/RouteServerSubnet") && routes.contains("## hub/trusted")
        && routes.contains("## spoke1/workload"), routes);
    assertEquals(routes, execute(RsnetCommands.EFFECTIVE_ROUTES, uri));
  }

  @Test
  void effectiveRouteTableIsTheEffectiveRoutesSectionOfRsnetSimulateJson() throws Exception {
    Path example = ExampleFiles.named("panos-active-standby.rsnet");
    String uri = session.open("active-standby/" + example.getFileName(), Files.readString(example));
    session.awaitDiagnostics(uri, diagnostics -> true);
    JsonObject simulation = JsonParser.parseString(rsnetProcess("simulate", "--format", "json", example.toString()))
        .getAsJsonObject();

    JsonObject table = executeForJson(RsnetCommands.EFFECTIVE_ROUTE_TABLE, uri);
    assertEquals(simulation.get("network"), table.get("network"));
    assertEquals(simulation.get("effectiveRoutes"), table.get("effectiveRoutes"));

    String fw1 = simulation.getAsJsonObject("routeServers").getAsJsonObject("ars").getAsJsonObject("peers")
        .getAsJsonObject("fw1").get("peerIp").getAsString();
    JsonObject spoke = table.getAsJsonObject("effectiveRoutes").getAsJsonObject("spoke1/workload");
    assertTrue(spoke.has("nextLink") && spoke.get("nextLink").isJsonNull(), spoke.toString());
    assertTrue(rows(spoke).anyMatch(row -> row.get("addressPrefix").getAsJsonArray().equals(array("0.0.0.0/0"))
        && row.get("state").getAsString().equals("Active")
        && row.get("nextHopIpAddress").getAsJsonArray().equals(array(fw1))),
        "spoke1 goes out through fw1 (" + fw1 + "): " + spoke);
  }

  @Test
  void effectiveRouteTableOfTheSubnetAtThePosition() {
    String uri = openModel(HUB);
    JsonObject table = executeForJson(RsnetCommands.EFFECTIVE_ROUTE_TABLE, uri, at(uri, "spoke1.workload 10.1.0.4", 3));
    assertEquals(Set.of("spoke1/workload"), table.getAsJsonObject("effectiveRoutes").keySet());
    assertEquals(networkOf(uri), table.get("network").getAsString());
    JsonObject everySubnet = executeForJson(RsnetCommands.EFFECTIVE_ROUTE_TABLE, uri);
    assertEquals(Set.of("hub/RouteServerSubnet", "hub/trusted", "spoke1/workload"),
        everySubnet.getAsJsonObject("effectiveRoutes").keySet());
    assertEquals(table.getAsJsonObject("effectiveRoutes").get("spoke1/workload"),
        everySubnet.getAsJsonObject("effectiveRoutes").get("spoke1/workload"));
  }

  @Test
  void effectiveRouteTableAnswersAnErrorWhereTheMarkdownCommandsExplain() {
    String outside = LspSession.uriOf(workspace.getParent().resolve("elsewhere/no-such.rsnet"));
    JsonObject unknown = executeForJson(RsnetCommands.EFFECTIVE_ROUTE_TABLE, outside);
    assertEquals(Set.of("error"), unknown.keySet());
    assertEquals("_" + unknown.get("error").getAsString() + "_", execute(RsnetCommands.EFFECTIVE_ROUTES, outside));
    assertTrue(unknown.get("error").getAsString().contains("not part of a network"), unknown.toString());

    String broken = openModel("vnet hub { address-space 10.0.0.0/33 }\n");
    JsonObject unavailable = executeForJson(RsnetCommands.EFFECTIVE_ROUTE_TABLE, broken);
    assertEquals("_" + unavailable.get("error").getAsString() + "_", execute(RsnetCommands.EFFECTIVE_ROUTES, broken));
    assertTrue(unavailable.get("error").getAsString().startsWith("Simulation unavailable: "), unavailable.toString());
  }

  @Test
  void fact87_aModelBreakingOnlyAzuresDeploymentPolicyIsSimulatedWithANoticeFirst() {
    String uri = openModel(HUB.replace("nva fw1 vendor panos asn 65501", "nva fw1 vendor panos asn 65555"));
    String report = execute(RsnetCommands.SIMULATION_REPORT, uri);
    assertTrue(report.startsWith("> **Azure would reject this model today** (1 error of Azure's deployment policy,"
        + " fact 87): ASN 65555 is a 32-bit ASN"), report);
    assertTrue(report.contains("Established"), report);
    assertFalse(execute(RsnetCommands.SIMULATION_REPORT, openModel(HUB)).contains("Azure would reject"));
  }

  @Test
  void modelWithErrorsExplainsWhyThereIsNoReport() {
    String uri = openModel("vnet hub { address-space 10.0.0.0/33 }\n");
    assertTrue(execute(RsnetCommands.SIMULATION_REPORT, uri).startsWith("_Simulation unavailable: "));
  }

  /**
   * What {@code rsnet} prints, run as its own process: the first in-process run of the CLI registers the
   * language in EMF's global registries over the server's registration, and the server would then create
   * the files it opens afterwards with the CLI's injector (reports then name them by absolute path).
   */
  private static String rsnetProcess(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Repository.cliJar().toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "rsnet " + arguments[0] + " did not end");
    assertEquals(0, process.exitValue(), out);
    return out;
  }

  private static JsonArray array(String element) {
    JsonArray array = new JsonArray();
    array.add(element);
    return array;
  }

  private static Stream<JsonObject> rows(JsonObject subnetTable) {
    return subnetTable.getAsJsonArray("value").asList().stream().map(JsonElement::getAsJsonObject);
  }

  private static String networkOf(String uri) {
    return Path.of(java.net.URI.create(uri)).getParent().getFileName().toString();
  }
}
