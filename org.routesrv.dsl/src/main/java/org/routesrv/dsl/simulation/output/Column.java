package org.routesrv.dsl.simulation.output;

import java.util.function.Function;

/**
 * One column of an output table: its header and how a row gives its cell. A null cell prints empty,
 * as the Azure CLI prints a missing value.
 *
 * @param onlyWhenUsed the column is left out of a table in which no row has a value for it (the
 *        learned routes' {@code Filtered}, which {@code az} output does not have)
 */
public record Column<R>(String header, Function<? super R, ?> cell, boolean onlyWhenUsed) {

  public static <R> Column<R> of(String header, Function<? super R, ?> cell) {
    return new Column<>(header, cell, false);
  }

  public static <R> Column<R> whenUsed(String header, Function<? super R, ?> cell) {
    return new Column<>(header, cell, true);
  }

  String text(R row) {
    Object value = cell.apply(row);
    return value == null ? "" : value.toString();
  }

  /** The same column over rows that contain an {@code R}. */
  <S> Column<S> over(Function<? super S, ? extends R> part) {
    return new Column<>(header, row -> cell.apply(part.apply(row)), onlyWhenUsed);
  }

  Column<R> always() {
    return new Column<>(header, cell, false);
  }
}
