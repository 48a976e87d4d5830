package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.testing.CliRun;

/** Issue 13: asking a command for help never trips over its required arguments. */
class HelpTest {

  /** Every sub-command, those contributed by other modules ({@code lsp}) included. */
  static List<String> subcommands() {
    return List.copyOf(RsnetCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().keySet());
  }

  @Test
  void theCommandsOfTheReadmeAreAllThere() {
    assertTrue(subcommands().containsAll(List.of("check", "simulate", "trace", "test", "compile", "bench", "lsp")),
        subcommands().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subcommands")
  void everySubCommandAnswersHelpWithExitZeroAndItsUsage(String command) {
    for (String flag : List.of("--help", "-h")) {
      CliRun run = CliRun.of(command, flag);
      assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().startsWith("Usage: rsnet " + command), run.out());
      assertTrue(run.out().contains("-h, --help"), run.out());
      assertEquals("", run.err());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subcommands")
  void everySubCommandAnswersVersionWithExitZero(String command) {
    CliRun run = CliRun.of(command, "--version");
    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("rsnet "), run.out());
  }

  @Test
  void helpIsPlainTextForAnyTerminal() {
    CliRun run = CliRun.of("check", "--help");
    assertEquals("", InvisibleCharactersFound.in(run.out()));
  }
}
