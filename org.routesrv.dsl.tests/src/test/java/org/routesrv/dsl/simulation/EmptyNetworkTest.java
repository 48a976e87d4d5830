package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.simulation.output.TableRenderer;

/** Issue 22, failure 6: a network with nothing in it (a file holding only {@code network x}) simulates and renders. */
class EmptyNetworkTest {

  private static final Network EMPTY = NetworkBuilder.network("x").build();

  @Test
  void anEmptyNetworkSimulatesToEmptyResultsInEveryFormat() {
    SimulationReport report = SimulationReport.baseline(EMPTY);
    assertTrue(JsonRenderer.render(report).contains("\"network\": \"x\""));
    assertTrue(TableRenderer.render(report).startsWith("Network x"));
    assertTrue(MarkdownRenderer.render(report).contains("x"));
    assertEquals(0, report.expectations().size());
  }

  @Test
  void aTraceFromAVmThatDoesNotExistIsNoTrace() {
    assertNull(Simulator.simulate(EMPTY).trace("vm1", Destination.ip("8.8.8.8")));
  }
}
