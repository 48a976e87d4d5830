package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.commands.RsnetCommands;
import org.routesrv.dsl.testing.CliRun;

/** The server's commands answer Markdown for the open (even unsaved) text, as the CLI would print it. */
class CommandsTest extends LanguageServerTest {

  static String execute(String command, Object... arguments) {
    Object result = await(session.server().getWorkspaceService()
        .executeCommand(new ExecuteCommandParams(command, List.of(arguments))));
    return result instanceof com.google.gson.JsonPrimitive json ? json.getAsString() : String.valueOf(result);
  }

  @Test
  void serverAdvertisesItsCommands() {
    assertEquals(List.of(RsnetCommands.SIMULATION_REPORT, RsnetCommands.EFFECTIVE_ROUTES),
        session.initializeResult().getCapabilities().getExecuteCommandProvider().getCommands());
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
  void modelWithErrorsExplainsWhyThereIsNoReport() {
    String uri = openModel("vnet hub { address-space 10.0.0.0/33 }\n");
    assertTrue(execute(RsnetCommands.SIMULATION_REPORT, uri).startsWith("_Simulation unavailable: "));
  }

  private static String networkOf(String uri) {
    return Path.of(java.net.URI.create(uri)).getParent().getFileName().toString();
  }
}
