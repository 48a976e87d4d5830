package org.routesrv.dsl.ide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A Markdown pipe table that stops after a number of rows, saying how many it left out. */
public final class MarkdownTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(String... headers) {
    this.headers = List.of(headers);
  }

  /** Null cells stay empty, as the Azure CLI prints missing values. */
  public MarkdownTable row(Object... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public int size() {
    return rows.size();
  }

  public String render() {
    return render(Integer.MAX_VALUE);
  }

  /** At most {@code maxRows} rows; a hover taller than a screen helps nobody. */
  public String render(int maxRows) {
    if (rows.isEmpty()) {
      return "_none_\n";
    }
    StringBuilder out = new StringBuilder();
    line(out, headers);
    out.append('|').append(" --- |".repeat(headers.size())).append('\n');
    rows.stream().limit(maxRows).forEach(row -> line(out, row));
    if (rows.size() > maxRows) {
      out.append("\n_… and ").append(rows.size() - maxRows).append(" more_\n");
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append("| ").append(cells.stream().map(MarkdownTable::escape).collect(Collectors.joining(" | "))).append(" |\n");
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }
}
