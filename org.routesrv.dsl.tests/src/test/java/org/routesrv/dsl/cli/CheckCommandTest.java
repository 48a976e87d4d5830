package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.Repository;

/** The {@code rsnet check} contract of outputs.md: line format, exit codes, recursive folders. */
class CheckCommandTest {

  @TempDir Path folder;

  @Test
  void examplesCheckCleanly() {
    CliRun run = CliRun.of("check", Repository.examples().toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().noneMatch(line -> line.contains(": error: ")), run.out());
  }

  @Test
  void diagnosticsUseThePathAsGivenLineColumnSeverityAndCode() throws Exception {
    Path sub = Files.createDirectories(folder.resolve("nested/deeper"));
    Files.writeString(sub.resolve("bad.rsnet"), "network n\nvnet hub {\n    address-space 10.0.0.300/16\n}\n");
    Files.writeString(folder.resolve("good.rsnet"), "network m\n");
    Files.writeString(folder.resolve("notes.txt"), "not a model");
    CliRun run = CliRun.of("check", folder.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertEquals(List.of(sub.resolve("bad.rsnet") + ":3:19: error: '10.0.0.300' is not an IPv4 address: octet 300 is above 255 [invalid-value]"),
        run.out().lines().toList());
  }

  @Test
  void relativePathsArePrintedAsTyped() throws Exception {
    Path relative = Path.of("target", "relative-check");
    Files.createDirectories(relative);
    Files.writeString(relative.resolve("x.rsnet"), "network n\nvm\n");
    CliRun run = CliRun.of("check", relative.toString());
    assertTrue(run.out().startsWith(relative.resolve("x.rsnet") + ":2:"), run.out());
  }

  @Test
  void missingFileIsAnIoErrorWithExitCodeTwo() {
    CliRun run = CliRun.of("check", folder.resolve("nope.rsnet").toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertEquals("rsnet: " + folder.resolve("nope.rsnet") + ": no such file or folder\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void folderWithoutModelsIsAUsageError() {
    CliRun run = CliRun.of("check", folder.toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("no .rsnet files"), run.err());
  }

  @Test
  void unknownFlagAndMissingArgumentsAreUsageErrors() {
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("check", "--bogus", "x").exitCode());
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("check").exitCode());
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("frobnicate").exitCode());
  }

  @Test
  void warningsAloneExitZero() throws Exception {
    // A 0.0.0.0/0 route into a subnet whose route table is missing is only a warning; a clean model
    // with nothing to say prints nothing.
    Files.writeString(folder.resolve("ok.rsnet"), "network ok\nvnet hub { address-space 10.0.0.0/16 }\n");
    CliRun run = CliRun.of("check", folder.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.out());
  }

  /** Issue 13: this ended in an internal NullPointerException. */
  @Test
  void aFileThatIsNotAnRsnetFileGetsADiagnosticNotAnInternalError() throws Exception {
    Path model = Files.writeString(folder.resolve("model.txt"), "network n\n");
    CliRun run = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(model + ":1:1: error: " + model + " is not an .rsnet file: RSNet, its editors and Maven builds"
        + " read models only from files named *.rsnet; rename it to model.rsnet [not-a-model-file]"),
        run.out().lines().toList());
    assertEquals("", run.err());
  }

  @Test
  void aFileWithoutAnyExtensionIsToldItsNewName() throws Exception {
    Path model = Files.writeString(folder.resolve("hub"), "network n\n");
    CliRun run = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode());
    assertTrue(run.out().contains("rename it to hub.rsnet"), run.out());
  }

  /** Issue 13: checking one folder of a model split over folders gave no hint that the rest was elsewhere. */
  @Test
  void checkingOneFolderOfASplitModelSaysWhereNamesAreLookedUp() throws Exception {
    Path hub = Files.createDirectories(folder.resolve("hub"));
    Path spokes = Files.createDirectories(folder.resolve("spokes"));
    Files.writeString(hub.resolve("hub.rsnet"), "network n\nvnet hub { address-space 10.0.0.0/16 }\n");
    Files.writeString(spokes.resolve("spoke.rsnet"),
        "network n\nvnet spoke { address-space 10.1.0.0/16 }\npeering hub <-> spoke\n");
    CliRun alone = CliRun.of("check", spokes.toString());
    assertEquals(ExitCode.MODEL_FAILED, alone.exitCode());
    assertTrue(alone.out().contains("no vnet named 'hub'"), alone.out());
    assertTrue(alone.err().contains("names are looked up only in " + spokes), alone.err());
    CliRun both = CliRun.of("check", hub.toString(), spokes.toString());
    assertEquals("", both.err(), both.out());
  }

  /** Issue 13: a UTF-8 byte order mark was read as text before 'network'. */
  @Test
  void aByteOrderMarkIsNotReadAsText() throws Exception {
    Path model = Files.writeString(folder.resolve("bom.rsnet"), "\uFEFFnetwork n\nvnet hub { address-space 10.0.0.0/16 }\n");
    CliRun run = CliRun.of("check", model.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.out());
    assertEquals("", run.out());

    Files.writeString(model, "\uFEFFnetwork n vnet\n");
    run = CliRun.of("check", model.toString());
    assertTrue(run.out().startsWith(model + ":1:"), run.out());
    assertTrue(!run.out().contains("starts with 'network NAME'"), run.out());
  }

  /** Issue 22, failure 12: what the command line echoes of the user's text, paths included, cannot rewrite the terminal. */
  @Test
  void aPathWithABidiOverrideIsPrintedEscaped() throws Exception {
    Path model = Files.writeString(folder.resolve("fw\u202Etxt.rsnet"), "network n\nvm\n");
    CliRun run = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode(), run.out());
    assertTrue(run.out().startsWith(folder.resolve("fw") + "\\u202Etxt.rsnet:2:"), run.out());
    assertEquals("", InvisibleCharactersFound.in(run.out() + run.err()), run.out());
  }
}
