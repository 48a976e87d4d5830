package org.routesrv.dsl.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as LSP defines it: lines end at CRLF, LF or a lone CR, and a position's character is a
 * UTF-16 offset into its line (a Java char index). The fuzzer keeps the client's view of each
 * document in one, so its incremental edits are exactly what a correct editor would send.
 */
final class LspText {

  private final String text;
  /** Offset of the first character of each line. */
  private final List<Integer> lineStarts = new ArrayList<>();
  /** Offset just past each line's content, before its line terminator. */
  private final List<Integer> lineEnds = new ArrayList<>();

  LspText(String text) {
    this.text = text;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineStarts.add(start);
        lineEnds.add(i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lineStarts.add(start);
    lineEnds.add(text.length());
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.size();
  }

  int lineLength(int line) {
    return lineEnds.get(line) - lineStarts.get(line);
  }

  boolean isValid(int line, int character) {
    return line >= 0 && line < lineCount() && character >= 0 && character <= lineLength(line);
  }

  /** The offset of a valid position. */
  int offset(int line, int character) {
    if (!isValid(line, character)) {
      throw new IllegalArgumentException("not a position in the document: " + line + ":" + character);
    }
    return lineStarts.get(line) + character;
  }

  /** The text with the range between two valid positions replaced. */
  LspText replace(int startLine, int startCharacter, int endLine, int endCharacter, String newText) {
    int start = offset(startLine, startCharacter);
    int end = offset(endLine, endCharacter);
    if (end < start) {
      throw new IllegalArgumentException("range ends before it starts");
    }
    return new LspText(text.substring(0, start) + newText + text.substring(end));
  }
}
