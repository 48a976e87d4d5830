package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.Vm;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.simulation.output.TableRenderer;

/** Properties over generated networks: robustness, determinism, termination and ECMP. */
class SimulationPropertiesTest {

  private static final List<String> OUTSIDE = List.of("8.8.8.8", "172.16.0.9", "192.168.77.1", "10.9.9.9",
      "100.64.0.1", "10.0.2.4");

  @Property(tries = 150)
  void simulatingAndRenderingNeverThrows(@ForAll long seed) {
    Network network = RandomNetworks.generate(seed, true);
    SimulationReport baseline = SimulationReport.baseline(network);
    SimulationReport scenario = SimulationReport.scenario(network, network.scenario("chaos").orElseThrow());
    for (SimulationReport report : List.of(baseline, scenario)) {
      assertFalse(JsonRenderer.render(report).isEmpty());
      assertFalse(TableRenderer.render(report).isEmpty());
      assertFalse(MarkdownRenderer.render(report).isEmpty());
    }
  }

  @Property(tries = 100)
  void jsonIsByteIdenticalAcrossRuns(@ForAll long seed) {
    Network first = RandomNetworks.generate(seed, true);
    Network second = RandomNetworks.generate(seed, true);
    assertEquals(JsonRenderer.render(SimulationReport.baseline(first)),
        JsonRenderer.render(SimulationReport.baseline(second)));
    assertEquals(JsonRenderer.render(SimulationReport.scenario(first, first.scenario("chaos").orElseThrow())),
        JsonRenderer.render(SimulationReport.scenario(second, second.scenario("chaos").orElseThrow())));
  }

  /** The baseline, then the network after each event of the {@code chaos} scenario. */
  private static List<Simulation> baselineAndChaosSteps(Network network) {
    ScenarioSimulation run = Simulator.simulate(network, network.scenario("chaos").orElseThrow());
    List<Simulation> states = new ArrayList<>(List.of(run.baseline()));
    run.steps().forEach(step -> states.add(step.after()));
    return states;
  }

  @Property(tries = 150)
  void everyTraceTerminatesWithAnEndState(@ForAll long seed) {
    Network network = RandomNetworks.generate(seed, true);
    for (Simulation simulation : baselineAndChaosSteps(network)) {
      for (Vm from : network.vms()) {
        List<Destination> destinations = new ArrayList<>();
        network.vms().forEach(vm -> destinations.add(Destination.of(vm)));
        OUTSIDE.forEach(ip -> destinations.add(Destination.ip(ip)));
        for (Destination to : destinations) {
          Trace trace = simulation.trace(from.name(), to);
          assertFalse(trace.paths().isEmpty());
          for (TracePath path : trace.paths()) {
            assertNotNull(path.result());
            assertNotNull(path.reason());
            assertTrue(path.hops().size() <= TraceEngine.MAX_HOPS);
          }
        }
      }
    }
  }

  /**
   * NVAs peering with each other reach a fixed point well within the cap, in the baseline and after
   * every event, and never keep a path holding their own ASN (fact 47).
   */
  @Property(tries = 150)
  void nvaRoutesReachAFixedPointWithoutOwnAsnPaths(@ForAll long seed) {
    Network network = RandomNetworks.generate(seed, true);
    for (Simulation simulation : baselineAndChaosSteps(network)) {
      NeighborRoutes routes = simulation.neighborRoutes();
      assertTrue(routes.converged(), "rounds " + routes.rounds());
      for (var nva : network.nvas()) {
        for (NeighborRoutes.Learned learned : routes.learnedBy(nva.name())) {
          assertFalse(learned.route().asPath().contains(nva.asn()), learned.toString());
        }
        for (NvaRoute route : simulation.nvaRoutes(nva.name()).routes()) {
          assertTrue(route.site() != null || !route.asPath().contains(nva.asn()), route.toString());
        }
      }
    }
  }

  /**
   * Without gateways every programmed BGP route comes from an NVA: per prefix the programmed next
   * hops must be exactly the next hops of the accepted routes with the shortest AS path.
   */
  @Property(tries = 150)
  void ecmpSetsAreExactlyTheEqualShortestNextHops(@ForAll long seed) {
    Simulation simulation = Simulator.simulate(RandomNetworks.generate(seed, false));
    Map<Ipv4Prefix, Integer> shortest = new HashMap<>();
    Map<Ipv4Prefix, Set<Ipv4Address>> expected = new HashMap<>();
    for (RouteServerPeer peer : simulation.peers("ars")) {
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        BgpSession session = peer.session(instance);
        if (session == null || !session.established()) {
          continue;
        }
        for (LearnedRoute learned : peer.learned(instance)) {
          if (learned.filtered() != null) {
            continue;
          }
          Ipv4Prefix prefix = learned.route().prefix();
          int length = learned.route().asPath().length();
          int best = shortest.getOrDefault(prefix, Integer.MAX_VALUE);
          if (length < best) {
            shortest.put(prefix, length);
            expected.put(prefix, new TreeSet<>(Set.of(learned.route().nextHop())));
          } else if (length == best) {
            expected.get(prefix).add(learned.route().nextHop());
          }
        }
      }
    }
    Map<Ipv4Prefix, Set<Ipv4Address>> programmed = new HashMap<>();
    for (EffectiveRoute route : simulation.effectiveRoutes(Fixtures.HUB_WORKLOAD).rows()) {
      if (route.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY) {
        programmed.computeIfAbsent(route.prefix(), p -> new TreeSet<>()).add(route.nextHopIp());
      }
    }
    assertEquals(expected, programmed);
  }
}
