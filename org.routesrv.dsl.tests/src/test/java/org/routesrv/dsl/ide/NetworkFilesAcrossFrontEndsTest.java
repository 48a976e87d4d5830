package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.ide.commands.RsnetCommands;
import org.routesrv.dsl.testing.CliRun;

import com.google.gson.JsonPrimitive;
import com.google.inject.Injector;

/**
 * Which files make up a network, in what order, is answered once ({@code NetworkFiles}), and every
 * front end asks it: the command line, the Maven generator and the language server list a network
 * spread over sub-folders in the same order, each naming the files its own way (as typed, relative to
 * the build's folder, relative to the workspace).
 */
class NetworkFilesAcrossFrontEndsTest {

  /** Names chosen so that neither the order of loading nor that of the command line is the network's order. */
  private static final Map<String, String> FILES = Map.of(
      "zeta.rsnet", """
          network demo.files
          vnet hub {
              address-space 10.0.0.0/16
              subnet RouteServerSubnet 10.0.1.0/26
              subnet nva 10.0.2.0/24
          }
          route-server ars in hub
          expect session edge established
          """,
      "sub/alpha.rsnet", """
          network demo.files
          nva edge vendor exabgp asn 65001 {
              nic eth0 hub.nva 10.0.2.4 ip-forwarding
              bgp {
                  peer ars via eth0
                  advertise 172.16.0.0/12
              }
          }
          expect learned ars 172.16.0.0/12 from edge
          """,
      "sub/deeper/mid.rsnet", """
          network demo.files
          expect route hub.nva 172.16.0.0/12 via edge
          """);

  /** In the network's order: by URI, so sub-folders' files before {@code zeta.rsnet}. */
  private static final List<String> NETWORK_ORDER = List.of("sub/alpha.rsnet:9", "sub/deeper/mid.rsnet:2",
      "zeta.rsnet:8");

  @TempDir Path workspace;

  @Test
  void theCommandLineTheGeneratorAndTheLanguageServerListANetworksFilesInTheSameOrder() throws Exception {
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Files.createDirectories(workspace.resolve(file.getKey()).getParent());
      Files.writeString(workspace.resolve(file.getKey()), file.getValue());
    }
    String prefix = workspace + "/";

    // The command line, given the files in neither order: they are named as typed.
    Path compiled = workspace.resolve("compiled");
    CliRun compile = CliRun.of("compile", prefix + "zeta.rsnet", prefix + "sub/deeper/mid.rsnet",
        prefix + "sub/alpha.rsnet", "--output", compiled.toString());
    assertEquals(0, compile.exitCode(), compile.err());
    String cliReport = Files.readString(compiled.resolve("demo.files/report.md")).replace(prefix, "");
    assertEquals(NETWORK_ORDER, expectationSources(cliReport));
    // The files the report says it was compiled from are listed in the order their expectations are.
    assertTrue(cliReport.contains(" from `sub/alpha.rsnet`, `sub/deeper/mid.rsnet`, `zeta.rsnet`. "), cliReport);
    CliRun simulate = CliRun.of("simulate", "--format", "markdown", workspace.toString());
    assertEquals(0, simulate.exitCode(), simulate.err());
    String cliSimulation = simulate.out().replace(prefix, "");
    assertEquals(NETWORK_ORDER, expectationSources(cliSimulation));

    // The Maven generator, over a resource set loaded in yet another order: named relative to the build's folder.
    String generatorReport = generatedReport("zeta.rsnet", "sub/alpha.rsnet", "sub/deeper/mid.rsnet").replace(prefix, "");
    assertEquals(cliReport, generatorReport);

    // The language server, with one file open: the others come from the index, named by their path in the workspace.
    try (LspSession session = LspSession.start(workspace)) {
      String uri = session.open("sub/deeper/mid.rsnet", FILES.get("sub/deeper/mid.rsnet"));
      session.awaitDiagnostics(uri, diagnostics -> true);
      Object report = LspSession.await(session.server().getWorkspaceService()
          .executeCommand(new ExecuteCommandParams(RsnetCommands.SIMULATION_REPORT, List.of(uri))));
      assertEquals(cliSimulation, report instanceof JsonPrimitive json ? json.getAsString() : String.valueOf(report));
    }
  }

  /** What the generator writes into report.md when an Xtext builder loaded {@code files} in that order. */
  private String generatedReport(String... files) {
    Injector language = new RsnetStandaloneSetup().createInjectorAndDoEMFRegistration();
    XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
    List<Resource> resources = new ArrayList<>();
    for (String file : files) {
      resources.add(resourceSet.getResource(URI.createFileURI(workspace.resolve(file).toString()), true));
    }
    EcoreUtil.resolveAll(resourceSet);
    IGenerator2 generator = language.getInstance(IGenerator2.class);
    InMemoryFileSystemAccess memory = new InMemoryFileSystemAccess();
    for (Resource resource : resources) {
      generator.doGenerate(resource, memory, new GeneratorContext());
    }
    return String.valueOf(memory.getAllFiles().get("DEFAULT_OUTPUTdemo.files/report.md"));
  }

  /** The file and line of each expectation, in the order a report lists them. */
  private static List<String> expectationSources(String report) {
    List<String> sources = new ArrayList<>();
    Matcher row = Pattern.compile("\\| (?:PASS|FAIL) \\| ([^|]+?:\\d+) \\|").matcher(report);
    while (row.find()) {
      sources.add(row.group(1));
    }
    return sources;
  }
}
