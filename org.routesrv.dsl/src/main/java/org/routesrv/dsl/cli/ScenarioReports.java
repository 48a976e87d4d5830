package org.routesrv.dsl.cli;

import java.io.PrintWriter;

import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.workspace.NetworkAnalysis;

/** The report a command asked for: the baseline, or the named scenario. */
final class ScenarioReports {

  private ScenarioReports() {
  }

  static SimulationReport select(NetworkAnalysis analysis, String scenario, PrintWriter err) {
    if (scenario == null) {
      return analysis.baselineReport();
    }
    return analysis.scenarioReport(scenario).orElseThrow(() -> {
      err.println("rsnet: no scenario named '" + scenario + "' in network " + analysis.network().name() + " (declared: "
          + String.join(", ", analysis.network().scenarios().stream().map(Scenario::name).toList()) + ")");
      return new CommandFailure(ExitCode.USAGE_OR_IO);
    });
  }
}
