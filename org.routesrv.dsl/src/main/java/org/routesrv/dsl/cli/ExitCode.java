package org.routesrv.dsl.cli;

/** The exit codes of outputs.md, shared by every sub-command. */
public final class ExitCode {
  /** No errors (check), delivered (trace), all expectations pass (test). */
  public static final int OK = 0;
  /** The model has errors, an expectation fails, or a traced packet is dropped or loops. */
  public static final int MODEL_FAILED = 1;
  /** Usage and I/O errors: unknown flag, missing file, unwritable folder. */
  public static final int USAGE_OR_IO = 2;

  private ExitCode() {
  }
}
