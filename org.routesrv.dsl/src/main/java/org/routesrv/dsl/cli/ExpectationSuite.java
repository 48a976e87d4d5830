package org.routesrv.dsl.cli;

import java.util.List;

import org.routesrv.dsl.simulation.ExpectationResult;

/** The expectations of a network's baseline or of one of its scenarios, as one test suite. */
record ExpectationSuite(String name, List<ExpectationResult> results) {
  ExpectationSuite {
    results = List.copyOf(results);
  }

  long failures() {
    return results.stream().filter(r -> !r.passed()).count();
  }
}
