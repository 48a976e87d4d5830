package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.FileTrees;
import org.routesrv.dsl.testing.SmallModels;

/** {@code rsnet compile} as outputs.md describes it, and how it treats the folder it writes to. */
class CompileCommandTest {

  @TempDir Path folder;

  private static final String GENERIC_NVA = """
      nva box vendor generic asn 65002 {
          nic eth0 hub.nva 10.0.2.5
      }
      """;

  private static final String MODEL = SmallModels.hubWithFrrNva("demo.compile") + """
      expect session edge established
      scenario first-outage {
          fail edge crash
          expect session edge down
      }
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text);
  }

  /**
   * The layout does not depend on whether the examples' expectations hold (ExamplesTest checks
   * that), so this copy of them lowers failed expectations to warnings.
   */
  @Test
  void everyExampleGetsTheLayoutOfOutputsMdWithTheSimulateOutputs() throws Exception {
    Path examples = Files.createDirectories(folder.resolve("examples"));
    for (Path example : ExampleFiles.all()) {
      Files.copy(example, examples.resolve(example.getFileName()));
    }
    Files.writeString(examples.resolve("rsnet.settings"), "expectation-failed = warning\n");
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("compile", examples.toString(), "--output", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertFalse(CliRun.looksLikeStackTrace(run.out() + run.err()), run.err());
    Map<String, String> files = FileTrees.read(out);
    for (String network : List.of("contoso.hubspoke", "contoso.panos-active-active", "fabrikam.multiregion",
        "ipspace.behind-the-scenes", "lab.exabgp-vpn")) {
      assertTrue(run.out().contains(out.resolve(network) + ": "), run.out());
      CliRun simulate = CliRun.of("simulate", examples.toString(), "--network", network, "--format", "json");
      assertEquals(simulate.out(), files.get(network + "/simulation.json"), network);
      assertTrue(files.get(network + "/report.md").startsWith("# Network " + network + "\n"), network);
    }
    CliRun scenario = CliRun.of("simulate", examples.toString(), "--network", "contoso.hubspoke",
        "--scenario", "fw1-crash", "--format", "json");
    assertEquals(scenario.out(), files.get("contoso.hubspoke/scenarios/fw1-crash.json"));
    for (String config : List.of("contoso.hubspoke/nva/fw1.panos.set", "contoso.hubspoke/nva/fw1.panos.xml",
        "lab.exabgp-vpn/nva/exabgp.exabgp.conf", "fabrikam.multiregion/nva/nva1.frr.conf",
        "ipspace.behind-the-scenes/nva/router1.frr.conf")) {
      assertTrue(files.containsKey(config), config + " in " + files.keySet());
    }
    List<String> listed = Files.readAllLines(out.resolve("lab.exabgp-vpn/.rsnet-manifest")).stream()
        .filter(line -> !line.startsWith("#")).toList();
    assertEquals(List.of("nva/exabgp.exabgp.conf", "report.md", "simulation.json"), listed);
  }

  /** A project that turns unknown vendors into warnings gets them simulated as generic eBGP routers. */
  @Test
  void aGenericNvaGetsNoConfigurationAndTheReportSaysSo() throws Exception {
    write("rsnet.settings", "unknown-vendor = warning\n");
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("compile", write("demo.rsnet", MODEL + GENERIC_NVA).toString(), "--output", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(List.of(".rsnet-manifest", "nva/edge.frr.conf", "report.md", "scenarios/first-outage.json",
        "simulation.json"), List.copyOf(FileTrees.read(out.resolve("demo.compile")).keySet()));
    assertTrue(Files.readString(out.resolve("demo.compile/report.md")).contains("**Configuration:** none."));
  }

  @Test
  void aModelWithErrorsWritesNothingAndExitsOne() throws Exception {
    Path out = folder.resolve("out");
    Path model = write("broken.rsnet", MODEL.replace("10.0.2.4 ip-forwarding", "10.0.2.400 ip-forwarding"));
    CliRun run = CliRun.of("compile", model.toString(), "--output", out.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertTrue(run.err().contains(model + ":9:"), run.err());
    assertFalse(Files.exists(out));
    assertEquals("", run.out());
  }

  @Test
  void aFailedExpectationIsAnErrorThatStopsCompile() throws Exception {
    Path out = folder.resolve("out");
    Path model = write("failing.rsnet", MODEL.replace("expect session edge established", "expect session edge down"));
    CliRun run = CliRun.of("compile", model.toString(), "--output", out.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertTrue(run.err().contains(model + ":16:1: error: "), run.err());
    assertTrue(run.err().contains("[expectation-failed]"), run.err());
    assertFalse(Files.exists(out));
  }

  /** A project may lower the issue: then compile writes, and the report puts the failure first. */
  @Test
  void withFailedExpectationsLoweredToWarningsTheReportShowsThem() throws Exception {
    write("rsnet.settings", "expectation-failed = warning\n");
    Path out = folder.resolve("out");
    Path model = write("failing.rsnet", MODEL.replace("expect session edge established", "expect session edge down"));
    CliRun run = CliRun.of("compile", model.toString(), "--output", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String report = Files.readString(out.resolve("demo.compile/report.md"));
    assertTrue(report.contains("**1 of 2 expectations FAIL** (listed first below)."), report);
  }

  @Test
  void garbageInputGivesDiagnosticsNotAStackTrace() throws Exception {
    Path model = Files.write(folder.resolve("noise.rsnet"), new byte[] {0, (byte) 0xff, 12, 'x', '{', '}'});
    CliRun run = CliRun.of("compile", model.toString(), "--output", folder.resolve("out").toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertFalse(CliRun.looksLikeStackTrace(run.out() + run.err()), run.err());
  }

  @Test
  void anOutputThatIsAFileIsAnIoErrorWithExitCodeTwo() throws Exception {
    Path blocker = write("out", "not a folder");
    CliRun run = CliRun.of("compile", write("demo.rsnet", MODEL).toString(), "--output", blocker.toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().startsWith("rsnet: "), run.err());
    assertFalse(CliRun.looksLikeStackTrace(run.err()), run.err());
    assertEquals("not a folder", Files.readString(blocker));
  }

  @Test
  void withoutOutputItIsAUsageError() throws Exception {
    CliRun run = CliRun.of("compile", write("demo.rsnet", MODEL).toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("--output"), run.err());
  }

  @Test
  void recompilingRemovesWhatRsnetWroteBeforeButNeverTheUsersFiles() throws Exception {
    Path out = folder.resolve("out");
    Path model = write("demo.rsnet", MODEL);
    assertEquals(ExitCode.OK, CliRun.of("compile", model.toString(), "--output", out.toString()).exitCode());
    Path network = out.resolve("demo.compile");
    Files.writeString(network.resolve("notes.md"), "mine");
    Files.writeString(network.resolve("nva/edge.frr.conf.orig"), "mine too");
    Files.writeString(network.resolve("scenarios/hand-made.json"), "{}");

    Files.writeString(model, MODEL.replace("first-outage", "second-outage"));
    assertEquals(ExitCode.OK, CliRun.of("compile", model.toString(), "--output", out.toString()).exitCode());
    Map<String, String> files = FileTrees.read(network);
    assertFalse(files.containsKey("scenarios/first-outage.json"), files.keySet().toString());
    assertTrue(files.containsKey("scenarios/second-outage.json"));
    assertEquals("mine", files.get("notes.md"));
    assertEquals("mine too", files.get("nva/edge.frr.conf.orig"));
    assertEquals("{}", files.get("scenarios/hand-made.json"));

    // Without the NVA its configuration goes, and so does nva/ once nothing else is in it.
    Files.delete(network.resolve("nva/edge.frr.conf.orig"));
    Files.writeString(model,
        MODEL.substring(0, MODEL.indexOf("nva edge")) + "expect route hub.nva 10.0.0.0/16 via vnet-local\n");
    assertEquals(ExitCode.OK, CliRun.of("compile", model.toString(), "--output", out.toString()).exitCode());
    assertFalse(Files.exists(network.resolve("nva")), FileTrees.read(network).keySet().toString());
    assertFalse(Files.exists(network.resolve("scenarios/second-outage.json")));
    assertTrue(Files.exists(network.resolve("scenarios/hand-made.json")));
  }

  @Test
  void aManifestCannotMakeRsnetDeleteOutsideItsFolder() throws Exception {
    Path out = folder.resolve("out");
    Path victim = write("victim.txt", "keep me");
    Path network = Files.createDirectories(out.resolve("demo.compile"));
    Files.writeString(network.resolve(".rsnet-manifest"), "../../victim.txt\n" + victim + "\n../demo.rsnet\n");
    Path model = write("demo.rsnet", MODEL);
    assertEquals(ExitCode.OK, CliRun.of("compile", model.toString(), "--output", out.toString()).exitCode());
    assertEquals("keep me", Files.readString(victim));
    assertTrue(Files.exists(model));
  }

  @Test
  void twoRunsWriteIdenticalFilesAndLeaveNoTemporaryFiles() throws Exception {
    Path model = write("demo.rsnet", MODEL);
    Path first = folder.resolve("first");
    Path second = folder.resolve("second");
    CliRun.of("compile", model.toString(), "--output", first.toString());
    CliRun.of("compile", model.toString(), "--output", second.toString());
    CliRun.of("compile", model.toString(), "--output", second.toString());
    assertEquals(FileTrees.read(first), FileTrees.read(second));
    List<String> leftovers = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(second)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(p -> leftovers.add(p.toString()));
    }
    assertEquals(List.of(), leftovers);
  }

  /** Issue 22, failure 4: the manifest's stale files were deleted, and new ones written, through such a link. */
  @Test
  void compileNeverWritesOrDeletesThroughALinkThatLeavesTheOutputFolder() throws Exception {
    Path out = folder.resolve("out");
    Path model = write("demo.rsnet", MODEL);
    assertEquals(ExitCode.OK, CliRun.of("compile", model.toString(), "--output", out.toString()).exitCode());
    Path nva = out.resolve("demo.compile/nva");
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("edge.frr.conf"), "someone else's");
    Files.move(nva, folder.resolve("nva-before"));
    Files.createSymbolicLink(nva, elsewhere);

    // edge.frr.conf is in the manifest; renamed, the NVA makes it stale and adds core.frr.conf.
    Files.writeString(model, MODEL.replace("edge", "core"));
    CliRun run = CliRun.of("compile", model.toString(), "--output", out.toString());

    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
    assertEquals(nva + ": error: a symbolic link to " + elsewhere + ", outside the output folder " + out
        + ": rsnet compile never writes or deletes through it; remove the link or choose another --output\n", run.err());
    assertEquals(Map.of("edge.frr.conf", "someone else's"), FileTrees.read(elsewhere));
    assertFalse(CliRun.looksLikeStackTrace(run.out() + run.err()), run.err());
  }

  @Test
  void aLinkThatStaysInsideTheOutputFolderIsFollowed() throws Exception {
    Path out = Files.createDirectories(folder.resolve("out"));
    Files.createDirectories(out.resolve("kept/nva"));
    Files.createSymbolicLink(out.resolve("demo.compile"), out.resolve("kept"));
    Path model = write("demo.rsnet", MODEL);
    CliRun run = CliRun.of("compile", model.toString(), "--output", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(out.resolve("kept/nva/edge.frr.conf")));
  }

  /** Issue 22, failure 5: check passed the name, compile refused it with a line that was no diagnostic. */
  @Test
  void aNetworkNameTooLongForAFolderIsTheSameErrorForCheckAndCompile() throws Exception {
    String name = String.join(".", "a".repeat(90), "b".repeat(90), "c".repeat(90));
    Path model = write("long.rsnet", MODEL.replace("demo.compile", name));
    String diagnostic = model + ":1:9: error: Network name is 272 characters long: it names the output folder, and a"
        + " folder name can have at most 200 characters on every file system RSNet writes to. Shorten the network"
        + " name. [unsafe-name]";

    CliRun check = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, check.exitCode(), check.out());
    assertEquals(List.of(diagnostic), check.out().lines().toList());

    Path out = folder.resolve("out");
    CliRun compile = CliRun.of("compile", model.toString(), "--output", out.toString());
    assertEquals(ExitCode.MODEL_FAILED, compile.exitCode(), compile.err());
    assertEquals(diagnostic, compile.err().lines().findFirst().orElseThrow());
    assertFalse(Files.exists(out));
  }

  /** Issue 13: the report people sign off opened with "All 4 expectations pass" and left every warning out. */
  @Test
  void reportMdShowsTheValidatorsWarningsWithFileAndLineBeforeTheExpectations() throws Exception {
    // The flagship design without IP forwarding on the untrusted NICs: two warnings, and the two
    // expectations about forwarding left out (Azure would drop that traffic), line numbers kept.
    String design = Files.readString(ExampleFiles.named("panos-active-standby.rsnet"))
        .replace("10.0.2.4 ip-forwarding", "10.0.2.4").replace("10.0.2.5 ip-forwarding", "10.0.2.5")
        .replace("expect trace vm1 -> 8.8.8.8 via fw1", "// trace left out")
        .replace("expect outage vm1 -> 8.8.8.8 at-most 100s", "// outage left out");
    Path example = write("warned.rsnet", design);
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("compile", example.toString(), "--output", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String report = Files.readString(out.resolve("contoso.hubspoke/report.md"));
    int findings = report.indexOf("\n## Validator findings\n");
    assertTrue(findings > 0 && findings < report.indexOf("\n## Expectations\n"), report);
    assertTrue(report.substring(0, findings).contains("**All 2 expectations pass.**\n\nThe validator reports 2 warnings"),
        report.substring(0, findings));
    for (int line : List.of(40, 52)) {
      assertTrue(report.contains("| **warning** | " + example + ":" + line + ":9 | NIC 'untrusted' forwards traffic"),
          report);
    }
    assertTrue(report.contains("| `ip-forwarding-missing` |"), report);
  }

  @Test
  void aReportWithoutFindingsHasNoFindingsSection() throws Exception {
    Path model = write("demo.rsnet", MODEL);
    Path out = folder.resolve("out");
    assertEquals(ExitCode.OK, CliRun.of("compile", model.toString(), "--output", out.toString()).exitCode());
    String report = Files.readString(out.resolve("demo.compile/report.md"));
    assertFalse(report.contains("## Validator findings"), report);
    assertFalse(report.contains("The validator reports"), report);
  }
}
