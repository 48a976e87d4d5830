package org.routesrv.dsl.ui.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server's Markdown (hovers, the simulation report) as text for plain SWT widgets, which show no
 * HTML without a browser engine: emphasis and code marks go, and tables become aligned columns, to be
 * shown in a fixed-width font.
 */
public final class MarkdownText {

  private static final Pattern HEADING = Pattern.compile("^#{1,6} +");
  private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w|])_([^_\\n]+)_(?![\\w])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]*)`");
  private static final Pattern FENCE = Pattern.compile("^```\\w*$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern DIVIDER_CELL = Pattern.compile(":?-+:?");
  private static final String COLUMN_GAP = "  ";

  private MarkdownText() {
  }

  public static String plain(String markdown) {
    List<String> lines = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    boolean tableHasHeader = false;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("|")) {
        List<String> cells = cellsOf(trimmed);
        if (!table.isEmpty() && cells.stream().allMatch(cell -> DIVIDER_CELL.matcher(cell).matches())) {
          tableHasHeader = table.size() == 1;
        } else {
          table.add(cells);
        }
        continue;
      }
      if (!table.isEmpty()) {
        lines.addAll(aligned(table, tableHasHeader));
        table.clear();
        tableHasHeader = false;
      }
      if (!FENCE.matcher(trimmed).matches()) {
        lines.add(inline(HEADING.matcher(line).replaceFirst("")));
      }
    }
    lines.addAll(aligned(table, tableHasHeader));
    return String.join("\n", lines).strip();
  }

  private static List<String> cellsOf(String row) {
    String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    return Arrays.stream(CELL_SEPARATOR.split(inner, -1)).map(cell -> inline(cell.strip())).toList();
  }

  private static List<String> aligned(List<List<String>> rows, boolean header) {
    if (rows.isEmpty()) {
      return List.of();
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int column = 0; column < row.size(); column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (int index = 0; index < rows.size(); index++) {
      lines.add(line(rows.get(index), widths));
      if (index == 0 && header) {
        lines.add(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
      }
    }
    return lines;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      line.append(column == 0 ? "" : COLUMN_GAP).append(cells.get(column))
          .append(" ".repeat(widths[column] - cells.get(column).length()));
    }
    return line.toString().stripTrailing();
  }

  private static String inline(String text) {
    String plain = STRONG.matcher(text).replaceAll("$1");
    plain = EMPHASIS.matcher(plain).replaceAll("$1");
    plain = CODE.matcher(plain).replaceAll("$1");
    return ESCAPE.matcher(plain).replaceAll("$1");
  }
}
