package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.network.ScenarioEvent;

/**
 * Everything the renderers print for the baseline or one scenario: the simulation (after all
 * events), the traces the expectations ask about, the expectation results and, for a scenario, its
 * events and one outage per {@code expect outage}.
 *
 * @param scenario the scenario's name, null for the baseline
 */
public record SimulationReport(Network network, String scenario, Simulation simulation, List<String> events,
    List<Trace> traces, List<ExpectationResult> expectations, List<Outage> outages) {

  public SimulationReport {
    events = List.copyOf(events);
    traces = List.copyOf(traces);
    expectations = List.copyOf(expectations);
    outages = List.copyOf(outages);
  }

  public static SimulationReport baseline(Network network) {
    return baseline(Simulator.simulate(network));
  }

  public static SimulationReport baseline(Simulation simulation) {
    List<Expectation> expectations = simulation.network().expectations();
    return new SimulationReport(simulation.network(), null, simulation, List.of(),
        traces(simulation, expectations), ExpectationChecker.check(simulation, expectations), List.of());
  }

  public static SimulationReport scenario(Network network, Scenario scenario) {
    return scenario(Simulator.simulate(network, scenario));
  }

  public static SimulationReport scenario(ScenarioSimulation run) {
    Simulation result = run.result();
    List<Expectation> expectations = run.scenario().expectations();
    List<Outage> outages = new ArrayList<>();
    for (Expectation expectation : expectations) {
      if (expectation instanceof Expectation.Outage outage) {
        outages.add(run.outage(outage.fromVm(), outage.to()));
      }
    }
    return new SimulationReport(result.network(), run.scenario().name(), result,
        run.scenario().events().stream().map(ScenarioEvent::text).toList(), traces(result, expectations),
        ExpectationChecker.check(run, expectations), outages);
  }

  /** One trace per distinct (source, destination) that a trace, symmetric or outage expectation names, in order. */
  private static List<Trace> traces(Simulation simulation, List<Expectation> expectations) {
    Map<String, Trace> traces = new LinkedHashMap<>();
    for (Expectation expectation : expectations) {
      String from = null;
      Destination to = null;
      if (expectation instanceof Expectation.Trace trace) {
        from = trace.from();
        to = trace.to();
      } else if (expectation instanceof Expectation.Symmetric symmetric) {
        from = symmetric.fromVm();
        to = symmetric.to();
      } else if (expectation instanceof Expectation.Outage outage) {
        from = outage.fromVm();
        to = outage.to();
      }
      if (from != null) {
        String key = from + " -> " + to.ip();
        if (!traces.containsKey(key)) {
          Trace trace = simulation.trace(from, to);
          if (trace != null) {
            traces.put(key, trace);
          }
        }
      }
    }
    return List.copyOf(traces.values());
  }
}
