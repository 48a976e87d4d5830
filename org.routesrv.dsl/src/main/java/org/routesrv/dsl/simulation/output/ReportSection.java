package org.routesrv.dsl.simulation.output;

import java.util.List;

/** One titled part of a report: a table, or lines of text, for the table and Markdown renderers. */
record ReportSection(String title, Table table, List<String> lines) {

  ReportSection {
    lines = List.copyOf(lines);
  }

  static ReportSection table(String title, Table table) {
    return new ReportSection(title, table, List.of());
  }

  static ReportSection text(String title, List<String> lines) {
    return new ReportSection(title, null, lines);
  }
}
