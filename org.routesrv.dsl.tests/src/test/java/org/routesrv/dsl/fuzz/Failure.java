package org.routesrv.dsl.fuzz;

/**
 * One thing a driver saw go wrong. Failures with the same {@link #signature()} are the same bug met
 * again; the report prints each signature once, with the first mutant that showed it.
 */
record Failure(Kind kind, String where, String exception, String frame, String detail) {

  /** What went wrong; each kind is one column of the campaign's summary table. */
  enum Kind {
    INTERNAL_ERROR("internal error"),
    LEAKING_ERROR("error answer leaks text or stack"),
    HANG("hang"),
    NO_DIAGNOSTICS("no diagnostics"),
    WRONG_VERDICT("wrong verdict"),
    STACK_TRACE("stack trace"),
    CONTROL_CHARACTER("raw control character"),
    EXIT_CODE("exit code"),
    SLOW("over time bound"),
    PROTOCOL("protocol violation"),
    WEDGED("wedged"),
    MEMORY("memory");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  static Failure of(Kind kind, String where, String detail) {
    return new Failure(kind, where, "", "", detail);
  }

  static Failure trace(Kind kind, String where, StackTraces.Trace trace, String detail) {
    return new Failure(kind, where, trace.exception(), trace.frame(), detail);
  }

  String signature() {
    return kind + "|" + where + "|" + exception + "|" + frame;
  }

  /** One line: kind, request or context, exception class and top frame when known, then the detail. */
  String describe() {
    StringBuilder line = new StringBuilder(kind.label).append(": ").append(where);
    if (!exception.isEmpty()) {
      line.append(": ").append(exception);
    }
    if (!frame.isEmpty()) {
      line.append(" at ").append(frame);
    }
    if (!detail.isEmpty()) {
      line.append(" (").append(LspConnection.abbreviate(detail)).append(')');
    }
    return ControlCharacters.escape(line.toString());
  }
}
