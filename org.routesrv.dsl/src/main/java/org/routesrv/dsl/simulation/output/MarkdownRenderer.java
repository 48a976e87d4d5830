package org.routesrv.dsl.simulation.output;

import java.util.List;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.Trace;

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
      if (section.title().equals(ReportSections.TRACES)) {
        out.append(preformatted(section.lines())).append('\n');
      } else {
        section.lines().forEach(line -> out.append(line).append("\n\n"));
      }
      if (section.table() != null) {
        out.append(section.table().markdown()).append('\n');
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** The traces hop by hop, in a code block: their indentation is the path's structure. */
  public static String traces(List<Trace> traces) {
    return preformatted(ReportSections.traceLines(traces));
  }

  private static String preformatted(List<String> lines) {
    return "```\n" + String.join("", lines.stream().map(line -> line + "\n").toList()) + "```\n";
  }
}
