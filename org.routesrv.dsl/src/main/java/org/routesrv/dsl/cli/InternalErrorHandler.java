package org.routesrv.dsl.cli;

import java.io.UncheckedIOException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The last line of defence: I/O problems become a one-line message and exit code 2, anything else a
 * one-line internal error. A stack trace is printed only when {@code RSNET_DEBUG} is set.
 */
class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    if (ex instanceof CommandFailure failure) {
      return failure.exitCode();
    }
    if (System.getenv("RSNET_DEBUG") != null) {
      ex.printStackTrace(commandLine.getErr());
    }
    if (ex instanceof UncheckedIOException io) {
      commandLine.getErr().println("rsnet: " + io.getMessage());
      return ExitCode.USAGE_OR_IO;
    }
    commandLine.getErr().println("rsnet: internal error (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
        + "); please report it with the model that caused it; set RSNET_DEBUG=1 for details");
    return ExitCode.USAGE_OR_IO;
  }
}
