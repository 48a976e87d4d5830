package org.routesrv.dsl.workspace;

/** One problem in a model file, positioned for a human (1-based line and column). */
public record Diagnostic(String path, int line, int column, Severity severity, String message, String code) {

  public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** {@code PATH:LINE:COLUMN: error|warning|info: MESSAGE [CODE]}, on one line. */
  public String format() {
    String oneLine = message.replaceAll("\\s*\\R\\s*", " ").strip();
    return path + ":" + line + ":" + column + ": " + severity.label() + ": " + oneLine
        + (code == null || code.isEmpty() ? "" : " [" + code + "]");
  }
}
