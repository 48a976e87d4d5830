package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.network.ScenarioEvent;

/** A scenario run: the baseline, then the network after each event, in order. */
public final class ScenarioSimulation {

  /** The network just before and after one event (each state converged). */
  public record Step(ScenarioEvent event, Simulation before, Simulation after) {
  }

  private final Scenario scenario;
  private final Simulation baseline;
  private final List<Step> steps;

  ScenarioSimulation(Scenario scenario, Simulation baseline, List<Step> steps) {
    this.scenario = scenario;
    this.baseline = baseline;
    this.steps = List.copyOf(steps);
  }

  public Scenario scenario() {
    return scenario;
  }

  public Simulation baseline() {
    return baseline;
  }

  public List<Step> steps() {
    return steps;
  }

  /** The network after all events: what the scenario's expectations are checked against. */
  public Simulation result() {
    return steps.isEmpty() ? baseline : steps.get(steps.size() - 1).after();
  }

  public Outage outage(String fromVm, Destination to) {
    return OutageCalculator.outage(this, fromVm, to);
  }
}
