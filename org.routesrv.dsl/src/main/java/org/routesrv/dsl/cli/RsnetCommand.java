package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ScopeType;

/**
 * {@code rsnet}: the command line of RSNet. Every sub-command, those of extensions included, inherits
 * {@code --help} and {@code --version}: asking for help never trips over a missing argument.
 */
@Command(name = "rsnet", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = RsnetVersion.class,
    description = "Validates and simulates Azure networks that use Azure Route Server.",
    subcommands = {CheckCommand.class, SimulateCommand.class, TraceCommand.class, TestCommand.class, BenchCommand.class,
        CompileCommand.class})
public class RsnetCommand {

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line with the given streams; returns the exit code instead of exiting. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(out, err);
    return commandLine.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new RsnetCommand());
    for (CliExtension extension : ServiceLoader.load(CliExtension.class)) {
      extension.addSubcommands(commandLine);
    }
    commandLine.setOut(new PrintWriter(new EscapingWriter(out), true));
    commandLine.setErr(new PrintWriter(new EscapingWriter(err), true));
    // Escape sequences would be shown escaped too: usage help stays uncoloured.
    commandLine.setColorScheme(Help.defaultColorScheme(Ansi.OFF));
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    return commandLine;
  }
}
