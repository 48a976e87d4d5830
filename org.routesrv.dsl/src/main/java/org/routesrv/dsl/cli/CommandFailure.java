package org.routesrv.dsl.cli;

/** Ends a command with an exit code once its message has been printed. */
class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CommandFailure(int exitCode) {
    super(null, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
