package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.MalformedInputs;
import org.routesrv.dsl.testing.MalformedInputs.Case;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;

import com.google.inject.Inject;

/**
 * Bad input never produces a stack trace: every malformed model gets positioned diagnostics, and
 * {@code rsnet check} exits 1 with nothing but diagnostics on its streams.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class MalformedInputTest {

  @Inject ModelLoader loader;
  @TempDir Path folder;

  static Stream<Case> cases() {
    return MalformedInputs.all().stream();
  }

  private Path write(Case input) throws IOException {
    Path file = folder.resolve(input.name() + ModelFiles.EXTENSION);
    Files.write(file, input.content());
    return file;
  }

  /** Issue 22, failure 12: the rejected characters appear escaped, so the user still sees what they are. */
  @Test
  void rejectedControlAndBidiCharactersAreShownEscaped() throws Exception {
    Case bidi = MalformedInputs.all().stream().filter(c -> c.name().equals("bidi-override-and-escape")).findFirst()
        .orElseThrow();
    CliRun run = CliRun.of("check", write(bidi).toString());
    assertTrue(run.out().contains("\\u202E"), run.out());
  }

  @Test
  void thereAreAtLeastThirtyKinds() {
    assertTrue(MalformedInputs.all().size() >= 30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diagnosticsArePositionedOnTheRightLine(Case input) throws Exception {
    Path file = write(input);
    List<Diagnostic> errors = loader.load(ModelFiles.collect(List.of(file.toString()))).diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    assertFalse(errors.isEmpty(), "no error reported");
    assertTrue(errors.stream().anyMatch(error -> error.line() == input.errorLine()),
        "no error on line " + input.errorLine() + ": " + errors.stream().map(Diagnostic::format).toList());
    for (Diagnostic error : errors) {
      assertTrue(error.column() >= 1, error.format());
      assertFalse(error.message().isBlank());
      assertFalse(error.message().contains("RULE_"), "internal token names leak: " + error.format());
      assertTrue(error.format().length() < 600, "a message must stay readable: " + error.format().length() + " chars");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkExitsOneWithoutStackTrace(Case input) throws Exception {
    Path file = write(input);
    CliRun run = CliRun.of("check", file.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(file + ":" + input.errorLine() + ":"), run.out());
    assertTrue(run.out().lines().allMatch(line -> line.startsWith(file.toString() + ":")), run.out());
    assertFalse(CliRun.looksLikeStackTrace(run.out() + run.err()), run.out() + run.err());
    assertEquals("", InvisibleCharactersFound.in(run.out() + run.err()), "raw control or bidi characters in:\n" + run.out());
  }

  /** The shipped jar in a separate JVM: what a user's terminal would show, every stream included. */
  @Test
  void theRealCommandLineShowsNoStackTraceForAnyOfThem() throws Exception {
    for (Case input : MalformedInputs.all()) {
      write(input);
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(List.of("-jar", Repository.cliJar().toString(), "check", folder.toString()));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCode.MODEL_FAILED, process.exitValue(), err);
    for (Case input : MalformedInputs.all()) {
      assertTrue(out.contains(input.name() + ModelFiles.EXTENSION + ":" + input.errorLine() + ":"),
          input.name() + " has no diagnostic on its line in:\n" + out.lines().limit(80).toList());
    }
    assertFalse(CliRun.looksLikeStackTrace(out + err), err);
    assertEquals("", InvisibleCharactersFound.in(out + err), "raw control or bidi characters in the terminal output");
    assertEquals(List.of(), err.lines().filter(line -> !line.startsWith("rsnet: names are looked up only in")).toList(),
        "diagnostics go to stdout; stderr has at most the hint on where names are looked up");
  }
}
