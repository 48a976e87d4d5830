package org.routesrv.dsl.simulation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an output table shows: its title and its columns in order. The report, the command line and
 * the editors fill the same definition and only choose the rendering ({@link Table#az},
 * {@link Table#markdown}), so a column is spelled once for all of them.
 *
 * @param title the section title, with {@code %s} where the subject goes ("Learned routes: %s")
 */
public record TableDefinition<R>(String title, List<Column<R>> columns) {

  public TableDefinition {
    columns = List.copyOf(columns);
  }

  @SafeVarargs
  public static <R> TableDefinition<R> of(String title, Column<R>... columns) {
    return new TableDefinition<>(title, List.of(columns));
  }

  /** The title about one subject, e.g. a subnet or a peer. */
  public String titleOf(Object... subjects) {
    return title.formatted(subjects);
  }

  /**
   * The same table with only the named columns, in the order named, each shown even when unused: a
   * view for a place with less room, such as an editor's hover.
   */
  public TableDefinition<R> only(String... headers) {
    List<Column<R>> chosen = new ArrayList<>();
    for (String header : headers) {
      chosen.add(column(header).always());
    }
    return new TableDefinition<>(title, chosen);
  }

  /** This table's columns after {@code first}, over rows that contain this table's row. */
  public <S> TableDefinition<S> after(String title, Column<S> first, Function<? super S, ? extends R> part) {
    List<Column<S>> all = new ArrayList<>();
    all.add(first);
    columns.forEach(column -> all.add(column.over(part)));
    return new TableDefinition<>(title, all);
  }

  private Column<R> column(String header) {
    return columns.stream().filter(c -> c.header().equals(header)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no column " + header + " in " + title));
  }

  /** The cells of one row, every column included. */
  public List<String> cells(R row) {
    return columns.stream().map(column -> column.text(row)).toList();
  }

  public Table fill(Iterable<? extends R> rows) {
    List<? extends R> all = rows instanceof List<? extends R> list ? list : copy(rows);
    List<Column<R>> shown = columns.stream()
        .filter(column -> !column.onlyWhenUsed() || all.stream().anyMatch(row -> column.cell().apply(row) != null))
        .toList();
    List<List<String>> cells = new ArrayList<>(all.size());
    for (R row : all) {
      cells.add(shown.stream().map(column -> column.text(row)).toList());
    }
    return new Table(shown.stream().map(Column::header).toList(), cells);
  }

  private static <R> List<R> copy(Iterable<? extends R> rows) {
    List<R> list = new ArrayList<>();
    rows.forEach(list::add);
    return list;
  }
}
