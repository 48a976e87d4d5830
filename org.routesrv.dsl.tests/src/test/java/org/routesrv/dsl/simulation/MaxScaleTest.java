package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.SubnetRef;

/** The largest supported model simulates quickly, in little memory, with the expected routes. */
class MaxScaleTest {

  private static final Network NETWORK = MaxScaleNetwork.generate();

  @Test
  void maxScaleModelHasTheAdvertisedSize() {
    assertEquals(MaxScaleNetwork.NVAS, NETWORK.nvas().size());
    assertEquals(MaxScaleNetwork.SPOKES + 1, NETWORK.vnets().size());
    assertEquals(MaxScaleNetwork.SPOKES * MaxScaleNetwork.SUBNETS_PER_SPOKE + 4,
        NETWORK.vnets().stream().mapToInt(v -> v.subnets().size()).sum());
    assertEquals(4001, NETWORK.vms().size());
    assertEquals(MaxScaleNetwork.ON_PREMISES_PREFIXES,
        NETWORK.sites().stream().mapToInt(s -> s.prefixes().size()).sum());
  }

  /** How fast it is, is {@code rsnet bench}'s question (a ratio within one run); this is what comes out. */
  @Test
  void maxScaleModelSimulatesCorrectly() {
    Simulation simulation = Simulator.simulate(NETWORK);
    for (RouteServerPeer peer : simulation.peers("ars")) {
      assertTrue(peer.sessions().stream().allMatch(BgpSession::established), peer.nva());
      assertEquals(MaxScaleNetwork.PREFIXES_PER_NVA, peer.announced().size());
    }
    SubnetRef spoke = SubnetRef.parse("spoke499/snet3");
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4"), Ipv4Address.parse("10.0.2.5")),
        simulation.effectiveRoutes(spoke).lookup(Ipv4Prefix.parse("20.0.200.0/24")).stream()
            .map(EffectiveRoute::nextHopIp).toList());
    Trace trace = simulation.trace("spoke499-vm3-1", Destination.ip("31.0.3.9"));
    assertEquals(List.of("ergw"), trace.primary().nodes());
    assertTrue(trace.allReachDestination());
  }

  @Test
  void maxScaleSimulationRetainsLittleHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    Simulation simulation = Simulator.simulate(NETWORK);
    simulation.advertisedRoutes("ars", "nva0", RouteServerInstance.FIRST);
    System.gc();
    long retained = runtime.totalMemory() - runtime.freeMemory() - before;
    assertTrue(retained < 256L * 1024 * 1024, "retained " + retained / (1024 * 1024) + " MB");
    assertTrue(simulation.effectiveRoutes(SubnetRef.parse("spoke0/snet0")).rows().size() > 16000);
  }
}
