package org.routesrv.dsl.simulation.output;

import java.util.List;
import org.routesrv.dsl.simulation.SimulationReport;

/** {@code --format markdown} and {@code report.md}: the same content as the table format. */
public final class MarkdownRenderer {

  private MarkdownRenderer() {
  }

  public static String render(SimulationReport report) {
    StringBuilder out = new StringBuilder();
    List<ReportSection> sections = ReportSections.of(report);
    for (int i = 0; i < sections.size(); i++) {
      ReportSection section = sections.get(i);
      out.append(i == 0 ? "# " : "## ").append(section.title()).append("\n\n");
      if (!section.lines().isEmpty()) {
        boolean code = section.title().equals("Traces");
        if (code) {
          out.append("```\n");
        }
        section.lines().forEach(line -> out.append(line).append(code ? "\n" : "\n\n"));
        if (code) {
          out.append("```\n\n");
        }
      }
      if (section.table() != null) {
        out.append(section.table().isEmpty() ? "_none_\n\n" : section.table().markdown() + "\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }
}
