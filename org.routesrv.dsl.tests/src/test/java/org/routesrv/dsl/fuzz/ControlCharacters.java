package org.routesrv.dsl.fuzz;

import java.util.Set;
import java.util.TreeSet;

/**
 * Characters that must never reach a terminal or CI log raw: C0 controls other than tab and line
 * feed (ESC starts colour and cursor sequences, CR rewrites the line), DEL, C1 controls (U+0085 is a
 * line break to some viewers, U+009B a CSI) and the bidirectional controls that reorder what a line
 * shows (Trojan Source: U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C).
 */
final class ControlCharacters {

  private ControlCharacters() {
  }

  static boolean isForbidden(int c) {
    return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /** The forbidden characters of {@code text} as {@code U+XXXX} names, sorted; empty when there are none. */
  static String describe(String text) {
    Set<String> found = new TreeSet<>();
    text.codePoints().filter(ControlCharacters::isForbidden).forEach(c -> found.add(String.format("U+%04X", c)));
    return String.join(" ", found);
  }

  /** {@code text} with every forbidden character written as {@code <U+XXXX>}, safe to print. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (isForbidden(c)) {
        out.append(String.format("<U+%04X>", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
