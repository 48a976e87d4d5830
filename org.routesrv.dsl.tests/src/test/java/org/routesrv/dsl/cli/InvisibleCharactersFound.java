package org.routesrv.dsl.cli;

/**
 * The control and bidirectional formatting characters in what a command printed (line feeds and
 * tabs aside): a terminal or CI log acts on them instead of showing them. Independent of the
 * escaping the CLI does, so that a test of the escaping does not use the code it tests.
 */
final class InvisibleCharactersFound {

  private InvisibleCharactersFound() {
  }

  /** Each such character of {@code text}, escaped; "" when there is none. */
  static String in(String text) {
    StringBuilder found = new StringBuilder();
    text.chars().filter(c -> c != '\n' && c != '\t' && (Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029))
        .forEach(c -> found.append(String.format("\\u%04X ", c)));
    return found.toString();
  }
}
