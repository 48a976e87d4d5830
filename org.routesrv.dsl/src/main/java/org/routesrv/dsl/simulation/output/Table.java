package org.routesrv.dsl.simulation.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A filled {@link TableDefinition}: headers and the text of every cell, printed like
 * {@code az ... -o table} or as a Markdown pipe table.
 */
public final class Table {

  private final List<String> headers;
  private final List<List<String>> rows;

  Table(List<String> headers, List<List<String>> rows) {
    this.headers = List.copyOf(headers);
    this.rows = List.copyOf(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public int size() {
    return rows.size();
  }

  /** Columns as wide as their widest cell, two spaces apart, the header underlined with dashes. */
  public String az() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    azLine(out, headers, widths);
    List<String> dashes = new ArrayList<>();
    for (int width : widths) {
      dashes.add("-".repeat(width));
    }
    azLine(out, dashes, widths);
    rows.forEach(row -> azLine(out, row, widths));
    return out.toString();
  }

  private static void azLine(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** The pipe table, or {@code _none_} for a table without rows. */
  public String markdown() {
    return markdown(Integer.MAX_VALUE);
  }

  /** At most {@code maxRows} rows, saying how many are left out: a hover taller than a screen helps nobody. */
  public String markdown(int maxRows) {
    if (rows.isEmpty()) {
      return "_none_\n";
    }
    StringBuilder out = new StringBuilder();
    markdownLine(out, headers);
    out.append('|').append(" --- |".repeat(headers.size())).append('\n');
    rows.stream().limit(maxRows).forEach(row -> markdownLine(out, row));
    if (rows.size() > maxRows) {
      out.append("\n_… and ").append(rows.size() - maxRows).append(" more_\n");
    }
    return out.toString();
  }

  private static void markdownLine(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells.stream().map(Table::markdownCell).toList())).append(" |\n");
  }

  /** A line break or a pipe would end the cell, and the table with it. */
  private static String markdownCell(String cell) {
    return cell.replace("|", "\\|").replace("\n", " ");
  }
}
