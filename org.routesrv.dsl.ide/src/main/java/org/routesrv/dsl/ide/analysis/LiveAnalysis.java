package org.routesrv.dsl.ide.analysis;

import org.routesrv.dsl.workspace.NetworkAnalysis;

/**
 * The simulation of a network as it is being edited, or why there is none right now: a network with
 * syntax or reference errors cannot be lowered, and the editor says so instead of showing old results.
 */
public sealed interface LiveAnalysis {

  record Available(NetworkAnalysis analysis) implements LiveAnalysis {
  }

  record Unavailable(String reason) implements LiveAnalysis {
  }
}
