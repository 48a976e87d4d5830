package org.routesrv.dsl.network;

import java.util.List;

/** A what-if: events applied in order to the baseline, then its own expectations. */
public record Scenario(String name, List<ScenarioEvent> events, List<Expectation> expectations) {

  public Scenario {
    events = List.copyOf(events);
    expectations = List.copyOf(expectations);
  }
}
