package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Scenario;

/** Entry points: simulate a network's baseline, or one of its scenarios. */
public final class Simulator {

  private Simulator() {
  }

  public static Simulation simulate(Network network) {
    return new Simulation(NetworkState.baseline(network));
  }

  public static Simulation simulate(NetworkState state) {
    return new Simulation(state);
  }

  /** The scenario's events applied in order to a fresh baseline of {@code network}. */
  public static ScenarioSimulation simulate(Network network, Scenario scenario) {
    return ScenarioRunner.run(simulate(network), scenario);
  }

  /** Runs a scenario on an already computed baseline of the same network. */
  public static ScenarioSimulation simulate(Simulation baseline, Scenario scenario) {
    return ScenarioRunner.run(baseline, scenario);
  }
}
