package org.routesrv.dsl.compile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;

/**
 * The sections of {@code simulate --format markdown} by title ("Effective routes: hub/trusted",
 * "Learned routes: ars peer fw1", "Traces", ...), so that the report reuses the simulator's own
 * tables instead of formatting routes a second time.
 */
final class MarkdownSections {

  private final Map<String, String> bodies = new LinkedHashMap<>();

  MarkdownSections(SimulationReport report) {
    String title = null;
    StringBuilder body = new StringBuilder();
    for (String line : MarkdownRenderer.render(report).split("\n", -1)) {
      if (line.startsWith("# ") || line.startsWith("## ")) {
        if (title != null) {
          bodies.put(title, body.toString().strip());
        }
        title = line.substring(line.indexOf(' ') + 1).strip();
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    if (title != null) {
      bodies.put(title, body.toString().strip());
    }
  }

  /** The section's body, "_none_" for a missing or empty one. */
  String body(String title) {
    String body = bodies.get(title);
    return body == null || body.isEmpty() ? "_none_" : body;
  }

  boolean has(String title) {
    return bodies.containsKey(title);
  }
}
