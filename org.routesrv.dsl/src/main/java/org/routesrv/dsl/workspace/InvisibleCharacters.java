package org.routesrv.dsl.workspace;

/**
 * Characters that a terminal, a CI log or an editor's problem list does not show as themselves: C0
 * and C1 controls (ESC starts colour and cursor sequences; CR, U+0085 and U+2028/U+2029 break or
 * rewrite lines) and the format characters, among them the bidirectional overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), which reorder the text around them, and the zero-width ones, which
 * hide text. Diagnostics quote what the user wrote, and the lexer rejects exactly these characters,
 * so an unescaped message would rewrite the line that reports them. They are shown as Java-style
 * escapes instead: a backslash, 'u' and four hex digits (two such escapes beyond U+FFFF).
 */
public final class InvisibleCharacters {

  private InvisibleCharacters() {
  }

  /** Whether {@code codePoint} is shown escaped; line feeds and tabs are kept, they only lay text out. */
  public static boolean isInvisible(int codePoint) {
    if (codePoint == '\n' || codePoint == '\t') {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** {@code text} with every invisible character escaped; the same string when there is none. */
  public static String escape(String text) {
    if (text == null || text.codePoints().noneMatch(InvisibleCharacters::isInvisible)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 12);
    text.codePoints().forEach(codePoint -> {
      if (isInvisible(codePoint)) {
        for (char unit : Character.toChars(codePoint)) {
          escaped.append(String.format("\\u%04X", (int) unit));
        }
      } else {
        escaped.appendCodePoint(codePoint);
      }
    });
    return escaped.toString();
  }
}
