package org.routesrv.dsl.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.routesrv.dsl.lowering.LoweredNetwork;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.Simulator;

/**
 * One network lowered and simulated: the baseline once, each scenario on demand. Reports are
 * computed at most once, because the CLI, the validator and the generators ask for the same ones.
 */
public final class NetworkAnalysis {

  private final LoweredNetwork lowered;
  private final Simulation baseline;
  private SimulationReport baselineReport;
  private final Map<String, SimulationReport> scenarioReports = new LinkedHashMap<>();

  NetworkAnalysis(LoweredNetwork lowered) {
    this.lowered = lowered;
    this.baseline = Simulator.simulate(lowered.network());
  }

  public LoweredNetwork lowered() {
    return lowered;
  }

  public Network network() {
    return lowered.network();
  }

  public Simulation baseline() {
    return baseline;
  }

  public synchronized SimulationReport baselineReport() {
    if (baselineReport == null) {
      baselineReport = SimulationReport.baseline(baseline);
    }
    return baselineReport;
  }

  public Optional<SimulationReport> scenarioReport(String name) {
    return network().scenario(name).map(this::scenarioReport);
  }

  public synchronized SimulationReport scenarioReport(Scenario scenario) {
    return scenarioReports.computeIfAbsent(scenario.name(),
        name -> SimulationReport.scenario(Simulator.simulate(baseline, scenario)));
  }

  /** Every expectation of the baseline, then of each scenario in the order they are written. */
  public List<ExpectationResult> expectationResults() {
    List<ExpectationResult> results = new ArrayList<>(baselineReport().expectations());
    for (Scenario scenario : network().scenarios()) {
      results.addAll(scenarioReport(scenario).expectations());
    }
    return results;
  }
}
