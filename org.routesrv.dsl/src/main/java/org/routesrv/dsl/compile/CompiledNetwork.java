package org.routesrv.dsl.compile;

import java.util.List;

import org.routesrv.dsl.simulation.ExpectationResult;

/** Every file {@code rsnet compile} writes for one network, and the expectations that failed. */
public record CompiledNetwork(String network, List<OutputFile> files, List<ExpectationResult> failedExpectations) {

  public CompiledNetwork {
    files = List.copyOf(files);
    failedExpectations = List.copyOf(failedExpectations);
  }
}
