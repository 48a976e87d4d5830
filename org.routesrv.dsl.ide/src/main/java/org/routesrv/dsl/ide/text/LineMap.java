package org.routesrv.dsl.ide.text;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;

/**
 * Where the lines of a text start and end, as LSP counts them: {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line. Converts between offsets and LSP positions in logarithmic time (Xtext's
 * document scans from the start for every conversion, which made formatting and folding quadratic),
 * and clamps what lies outside the text instead of throwing: a position past the end of its line is
 * the end of that line, as the LSP specification says; before the text, its start; past its last
 * line, its end. Clients send such positions from a view of the document a keystroke old.
 */
public final class LineMap {

  private final int length;
  /** Offset of the first character of each line. */
  private final int[] starts;
  /** Offset just past the last character of each line, its line break excluded. */
  private final int[] ends;

  private LineMap(int length, int[] starts, int[] ends) {
    this.length = length;
    this.starts = starts;
    this.ends = ends;
  }

  public static LineMap of(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int lines = 0;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (lines == starts.length) {
        starts = Arrays.copyOf(starts, lines * 2);
        ends = Arrays.copyOf(ends, lines * 2);
      }
      starts[lines] = lineStart;
      ends[lines++] = i;
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      lineStart = i + 1;
    }
    starts = Arrays.copyOf(starts, lines + 1);
    ends = Arrays.copyOf(ends, lines + 1);
    starts[lines] = lineStart;
    ends[lines] = text.length();
    return new LineMap(text.length(), starts, ends);
  }

  public int lineCount() {
    return starts.length;
  }

  /** The offset of {@code position}, clamped into the text (see the class comment). */
  public int offset(Position position) {
    int line = position.getLine();
    if (line < 0) {
      return 0;
    }
    if (line >= lineCount()) {
      return length;
    }
    return starts[line] + Math.min(Math.max(0, position.getCharacter()), ends[line] - starts[line]);
  }

  /**
   * The position of {@code offset}, clamped into the text. An offset inside a {@code \r\n} (between
   * its two characters) is the end of the line the break ends.
   */
  public Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    int index = Arrays.binarySearch(starts, clamped);
    int line = index >= 0 ? index : -index - 2;
    return new Position(line, Math.min(clamped, ends[line]) - starts[line]);
  }

  /** The text of {@code line} without its line break; empty for a line outside the text. */
  public String line(String text, int line) {
    return line < 0 || line >= lineCount() ? "" : text.substring(starts[line], ends[line]);
  }
}
