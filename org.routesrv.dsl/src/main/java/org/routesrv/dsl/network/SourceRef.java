package org.routesrv.dsl.network;

/**
 * Where a construct was written, so that a failed expectation is reported on its own line.
 * Resolved: {@code file} as the user named it, {@code line} 1-based, {@code text} the construct's
 * source text on one line.
 */
public record SourceRef(String file, int line, String text) {

  /** For models built in code (tests, generators), which have no file. */
  public static SourceRef synthetic(String text) {
    return new SourceRef("<code>", 0, text);
  }
}
