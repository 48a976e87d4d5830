package org.routesrv.dsl.simulation.output;

import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.Trace;

/** {@code --format table}: plain text in the layout of {@code az ... -o table}. */
public final class TableRenderer {

  private TableRenderer() {
  }

  public static String render(SimulationReport report) {
    StringBuilder out = new StringBuilder();
    for (ReportSection section : ReportSections.of(report)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(section.title()).append('\n');
      section.lines().forEach(line -> out.append(line).append('\n'));
      if (section.table() != null) {
        out.append(section.table().az());
      }
    }
    return out.toString();
  }

  /** One trace, hop by hop, for {@code rsnet trace}. */
  public static String renderTrace(Trace trace) {
    return String.join("\n", ReportSections.traceLines(trace)) + "\n";
  }
}
