package org.routesrv.dsl.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

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

  private final CompletableFuture<LoweredNetwork> lowered;
  private final CompletableFuture<Simulation> baseline;
  private SimulationReport baselineReport;
  private final Map<String, SimulationReport> scenarioReports = new LinkedHashMap<>();

  NetworkAnalysis(LoweredNetwork lowered) {
    this.lowered = CompletableFuture.completedFuture(lowered);
    this.baseline = CompletableFuture.completedFuture(Simulator.simulate(lowered.network()));
  }

  private NetworkAnalysis(Supplier<LoweredNetwork> lowering, Executor executor) {
    this.lowered = CompletableFuture.supplyAsync(lowering, executor);
    this.baseline = lowered.thenApplyAsync(network -> Simulator.simulate(network.network()), executor);
  }

  /**
   * Lowers and simulates on {@code executor} (the baseline, then every report the expectations need)
   * while the caller goes on; the accessors wait for what they return. The lowering reads the EMF
   * model: the caller makes that safe beside its own reads ({@link LazyLists}) and keeps the model
   * unchanged until {@link #awaitLowering} returns.
   */
  static NetworkAnalysis inBackground(Supplier<LoweredNetwork> lowering, Executor executor) {
    NetworkAnalysis analysis = new NetworkAnalysis(lowering, executor);
    // A failure is not lost: the accessors that need the failed part throw it.
    analysis.baseline.thenRunAsync(analysis::expectationResults, executor);
    return analysis;
  }

  /** Waits until the lowering no longer reads the EMF model; false when it rejected the model. */
  boolean awaitLowering() {
    try {
      lowered.join();
      return true;
    } catch (CompletionException | CancellationException e) {
      return false;
    }
  }

  /** The lowered network; the lowering's rejection of the model is thrown here. */
  public LoweredNetwork lowered() {
    return joined(lowered);
  }

  public Network network() {
    return lowered().network();
  }

  /** The baseline simulation; a simulator defect is thrown here, as it was when it happened. */
  public Simulation baseline() {
    return joined(baseline);
  }

  /** The value, or what failed computing it, thrown as it was thrown. */
  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  public synchronized SimulationReport baselineReport() {
    if (baselineReport == null) {
      baselineReport = SimulationReport.baseline(baseline());
    }
    return baselineReport;
  }

  public Optional<SimulationReport> scenarioReport(String name) {
    return network().scenario(name).map(this::scenarioReport);
  }

  public synchronized SimulationReport scenarioReport(Scenario scenario) {
    return scenarioReports.computeIfAbsent(scenario.name(),
        name -> SimulationReport.scenario(Simulator.simulate(baseline(), scenario)));
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
