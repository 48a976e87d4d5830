package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.routesrv.dsl.simulation.Fixtures.HUB_WORKLOAD;
import static org.routesrv.dsl.simulation.Fixtures.NVA_SUBNET;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE1;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE2;
import static org.routesrv.dsl.simulation.Fixtures.activeRows;
import static org.routesrv.dsl.simulation.Fixtures.advertised;
import static org.routesrv.dsl.simulation.Fixtures.sorted;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.azure.AzureCommunities;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;

/** The five worked examples of azure-route-server.md, comparing Active rows as they say. */
class WorkedExamplesTest {

  private static final RouteServerInstance IN_0 = RouteServerInstance.FIRST;
  private static final RouteServerInstance IN_1 = RouteServerInstance.SECOND;

  private static NetworkBuilder twoNvas(int nva2Prepend) {
    return Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .peer("ars", "eth0").advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .peer("ars", "eth0").advertise("0.0.0.0/0", a -> a.prepend(nva2Prepend)));
  }

  @Nested
  class Example1EqualPathsEcmp {
    private final Simulation simulation = Simulator.simulate(twoNvas(0).build());

    @Test
    void learnedRoutesKeepPathAndNextHopOnBothInstances() {
      RouteServerPeer peer = simulation.peer("ars", "nva1");
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        List<LearnedRoute> learned = peer.learned(instance);
        assertEquals(1, learned.size());
        LearnedRoute route = learned.get(0);
        assertEquals(Ipv4Prefix.DEFAULT_ROUTE, route.route().prefix());
        assertEquals(Ipv4Address.parse("10.0.2.4"), route.route().nextHop());
        assertEquals(Ipv4Address.parse("10.0.2.4"), route.sourcePeer());
        assertEquals("65001", route.route().asPath().toAzureString());
        assertNull(route.filtered());
      }
      assertEquals(Ipv4Address.parse("10.0.1.4"), peer.learned(IN_0).get(0).localAddress());
      assertEquals(Ipv4Address.parse("10.0.1.5"), peer.learned(IN_1).get(0).localAddress());
    }

    @Test
    void nva1IsAdvertisedVnetsTransitSpokeAndNva2RouteOnly() {
      List<String> expected = sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515", "0.0.0.0/0 65515-65002");
      assertEquals(expected, advertised(simulation, "nva1", IN_0));
      assertEquals(expected, advertised(simulation, "nva1", IN_1));
    }

    @Test
    void hubVmGetsBothDefaultRoutes() {
      assertEquals(sorted(
          "Default | Active | 10.0.0.0/16 | VnetLocal | -",
          "Default | Active | 10.1.0.0/16 | VNetPeering | -",
          "Default | Active | 10.2.0.0/16 | VNetPeering | -",
          "VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.2.4",
          "VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.2.5"),
          activeRows(simulation, HUB_WORKLOAD));
    }

    @Test
    void transitSpokeGetsBothDefaultRoutes() {
      assertEquals(sorted(
          "Default | Active | 10.1.0.0/16 | VnetLocal | -",
          "Default | Active | 10.0.0.0/16 | VNetPeering | -",
          "VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.2.4",
          "VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.2.5"),
          activeRows(simulation, SPOKE1));
    }

    @Test
    void spokeWithoutFlagsKeepsInternetDefault() {
      assertEquals(sorted(
          "Default | Active | 10.2.0.0/16 | VnetLocal | -",
          "Default | Active | 10.0.0.0/16 | VNetPeering | -",
          "Default | Active | 0.0.0.0/0 | Internet | -"),
          activeRows(simulation, SPOKE2));
    }

    @Test
    void nvaSubnetUdrBeatsBgpDefault() {
      assertEquals(sorted(
          "Default | Active | 10.0.0.0/16 | VnetLocal | -",
          "Default | Active | 10.1.0.0/16 | VNetPeering | -",
          "Default | Active | 10.2.0.0/16 | VNetPeering | -",
          "User | Active | 0.0.0.0/0 | Internet | -"),
          activeRows(simulation, NVA_SUBNET));
    }
  }

  @Nested
  class Example2ActiveStandbyByPrepending {
    private final Network network = twoNvas(2)
        .scenario("nva1-crash", s -> s.fail("nva1", FailureMode.CRASH))
        .build();
    private final Simulation simulation = Simulator.simulate(network);

    @Test
    void learnedPathIsPrepended() {
      assertEquals("65002-65002-65002",
          simulation.peer("ars", "nva2").learned(IN_0).get(0).route().asPath().toAzureString());
    }

    @Test
    void onlyTheShorterPathIsProgrammedNotEvenInvalid() {
      String nva1Default = "VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.2.4";
      assertTrue(activeRows(simulation, HUB_WORKLOAD).contains(nva1Default));
      assertTrue(activeRows(simulation, SPOKE1).contains(nva1Default));
      assertTrue(simulation.effectiveRoutes(HUB_WORKLOAD).rows().stream()
          .noneMatch(r -> Ipv4Address.parse("10.0.2.5").equals(r.nextHopIp())));
    }

    @Test
    void nonBestPathIsStillAdvertisedToTheOtherNva() {
      assertTrue(advertised(simulation, "nva1", IN_0).contains("0.0.0.0/0 65515-65002-65002-65002"));
    }

    @Test
    void failoverProgramsTheStandby() {
      Simulation after = Simulator.simulate(network, network.scenario("nva1-crash").orElseThrow()).result();
      assertEquals(List.of(Ipv4Address.parse("10.0.2.5")),
          after.effectiveRoutes(SPOKE1).lookup(Ipv4Prefix.DEFAULT_ROUTE).stream()
              .map(EffectiveRoute::nextHopIp).toList());
    }
  }

  @Nested
  class Example3OverlapAndSupernet {
    private final Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .staticVia("10.0.0.0/8", "eth0")
            .peer("ars", "eth0")
            .advertise("10.1.0.0/16").advertise("10.1.5.0/24").advertise("10.0.0.0/8").advertise("172.16.50.0/24"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true).peer("ars", "eth0"))
        .build());

    @Test
    void overlappingPrefixesAreLearnedButFiltered() {
      List<LearnedRoute> learned = simulation.peer("ars", "nva1").learned(IN_0);
      assertEquals(4, learned.size());
      for (LearnedRoute route : learned) {
        boolean inSpoke1 = Ipv4Prefix.parse("10.1.0.0/16").covers(route.route().prefix());
        assertEquals(inSpoke1, route.filtered() != null, route.toString());
      }
    }

    @Test
    void onlySupernetAndForeignPrefixAreAdvertised() {
      assertEquals(sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515", "10.0.0.0/8 65515-65001",
          "172.16.50.0/24 65515-65001"), advertised(simulation, "nva2", IN_0));
    }

    @Test
    void hubVmKeepsPeeringForSpokeAndUsesNvaForSupernet() {
      assertEquals(sorted(
          "Default | Active | 0.0.0.0/0 | Internet | -",
          "Default | Active | 10.0.0.0/16 | VnetLocal | -",
          "Default | Active | 10.1.0.0/16 | VNetPeering | -",
          "Default | Active | 10.2.0.0/16 | VNetPeering | -",
          "VirtualNetworkGateway | Active | 10.0.0.0/8 | VirtualNetworkGateway | 10.0.2.4",
          "VirtualNetworkGateway | Active | 172.16.50.0/24 | VirtualNetworkGateway | 10.0.2.4"),
          activeRows(simulation, HUB_WORKLOAD));
      EffectiveRouteTable hub = simulation.effectiveRoutes(HUB_WORKLOAD);
      assertEquals(NextHopType.VNET_PEERING, hub.lookup(Ipv4Address.parse("10.1.5.9")).get(0).nextHopType());
      assertEquals(Ipv4Address.parse("10.0.2.4"), hub.lookup(Ipv4Address.parse("10.50.0.1")).get(0).nextHopIp());
      assertTrue(hub.rows().stream().noneMatch(r -> r.nextHopType() == NextHopType.NONE
          && r.prefix().equals(Ipv4Prefix.parse("10.0.0.0/8")) && r.state() == RouteState.ACTIVE));
    }

    @Test
    void spoke1ReachesSpoke2ThroughTheNva() {
      Trace trace = Fixtures.trace(simulation, "spoke1vm", "10.2.0.4");
      assertEquals(TraceResult.DELIVERED, trace.primary().result());
      assertEquals(List.of("nva1"), trace.primary().nodes());
    }

    @Test
    void spoke2DropsSpoke1TrafficOnTheNoneRoute() {
      assertEquals(NextHopType.NONE,
          simulation.effectiveRoutes(SPOKE2).lookup(Ipv4Address.parse("10.1.0.4")).get(0).nextHopType());
      assertEquals(TraceResult.DROPPED, Fixtures.trace(simulation, "spoke2vm", "10.1.0.4").primary().result());
    }
  }

  @Nested
  class Example4VpnGatewayAndNva {
    private Simulation simulate(boolean branchToBranch, int nvaPrepend) {
      return Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"),
              r -> r.branchToBranch(branchToBranch))
          .vpnGateway("vpngw", "hub", g -> g.activeActive())
          .site("onprem", 65501, "vpngw", s -> s.prefix("192.168.0.0/24", 65502).prefix("192.168.2.0/24", 65502))
          .nva("nva1", NvaVendor.EXABGP, 65010, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
              .peer("ars", "eth0")
              .advertise("192.168.0.0/24", a -> a.prepend(nvaPrepend)).advertise("192.168.10.0/24"))
          .build());
    }

    @Test
    void branchToBranchOffDecidesByAsPathLength() {
      Simulation simulation = simulate(false, 0);
      for (var subnet : List.of(HUB_WORKLOAD, SPOKE1)) {
        List<String> rows = activeRows(simulation, subnet);
        assertTrue(rows.contains("VirtualNetworkGateway | Active | 192.168.2.0/24 | VirtualNetworkGateway | 10.0.4.4"));
        assertTrue(rows.contains("VirtualNetworkGateway | Active | 192.168.2.0/24 | VirtualNetworkGateway | 10.0.4.5"));
        assertTrue(rows.contains("VirtualNetworkGateway | Active | 192.168.0.0/24 | VirtualNetworkGateway | 10.0.2.4"));
        assertFalse(rows.stream().anyMatch(r -> r.contains("192.168.0.0/24") && r.contains("10.0.4.")));
        assertTrue(rows.contains("VirtualNetworkGateway | Active | 192.168.10.0/24 | VirtualNetworkGateway | 10.0.2.4"));
      }
      assertEquals(sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515"), advertised(simulation, "nva1", IN_0));
    }

    @Test
    void prependingMovesThePrefixToTheVpnGateway() {
      List<String> rows = activeRows(simulate(false, 3), SPOKE1);
      assertTrue(rows.contains("VirtualNetworkGateway | Active | 192.168.0.0/24 | VirtualNetworkGateway | 10.0.4.4"));
      assertTrue(rows.contains("VirtualNetworkGateway | Active | 192.168.0.0/24 | VirtualNetworkGateway | 10.0.4.5"));
      assertFalse(rows.contains("VirtualNetworkGateway | Active | 192.168.0.0/24 | VirtualNetworkGateway | 10.0.2.4"));
    }

    @Test
    void branchToBranchOnSendsOnPremisesRoutesWithAzureCommunity() {
      Simulation simulation = simulate(true, 0);
      assertEquals(sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515", "192.168.0.0/24 65515-65501-65502",
          "192.168.2.0/24 65515-65501-65502"), advertised(simulation, "nva1", IN_0));
      simulation.advertisedRoutes("ars", "nva1", IN_1).stream()
          .filter(r -> r.prefix().toString().startsWith("192.168."))
          .forEach(r -> assertTrue(r.communities().contains(AzureCommunities.VPN_GATEWAY_ROUTE), r.toString()));
    }
  }

  @Nested
  class Example5ExpressRouteAndNva {
    private NetworkBuilder builder(RoutingPreference preference) {
      return Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"),
              r -> r.branchToBranch(true).routingPreference(preference))
          .expressRouteGateway("ergw", "hub")
          .site("onprem", 65020, "ergw", s -> s.prefix("10.50.0.0/16"))
          .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
              .peer("ars", "eth0")
              .advertise("10.50.0.0/16").advertise("10.60.0.0/16", a -> a.community("65535:65282")))
          .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true).peer("ars", "eth0"));
    }

    private static List<Ipv4Address> nextHops(Simulation simulation, String prefix) {
      return simulation.effectiveRoutes(HUB_WORKLOAD).lookup(Ipv4Prefix.parse(prefix)).stream()
          .map(EffectiveRoute::nextHopIp).toList();
    }

    @Test
    void expressRoutePreferenceBeatsTheShorterNvaPath() {
      // ER next hops are unverified: the gateway's BGP addresses stand in for the MSEEs.
      assertEquals(List.of(Ipv4Address.parse("10.0.4.4"), Ipv4Address.parse("10.0.4.5")),
          nextHops(Simulator.simulate(builder(RoutingPreference.EXPRESS_ROUTE).build()), "10.50.0.0/16"));
    }

    @Test
    void asPathPreferencePicksTheNva() {
      assertEquals(List.of(Ipv4Address.parse("10.0.2.4")),
          nextHops(Simulator.simulate(builder(RoutingPreference.AS_PATH).build()), "10.50.0.0/16"));
    }

    @Test
    void noAdvertiseRouteIsProgrammedButNotPassedOn() {
      Simulation simulation = Simulator.simulate(builder(RoutingPreference.EXPRESS_ROUTE).build());
      assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), nextHops(simulation, "10.60.0.0/16"));
      assertEquals(Ipv4Address.parse("10.0.2.4"),
          simulation.effectiveRoutes(SPOKE1).lookup(Ipv4Prefix.parse("10.60.0.0/16")).get(0).nextHopIp());
      assertFalse(advertised(simulation, "nva2", IN_0).stream().anyMatch(r -> r.startsWith("10.60.")));
    }

    @Test
    void nva1IsAdvertisedTheExpressRoutePath() {
      assertEquals(sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515", "10.50.0.0/16 65515-12076-65020"),
          advertised(Simulator.simulate(builder(RoutingPreference.EXPRESS_ROUTE).build()), "nva1", IN_0));
    }

    @Test
    void routeLimitTeardownRemovesAllNvaRoutes() {
      NetworkBuilder overLimit = builder(RoutingPreference.AS_PATH);
      overLimit.nva("nva3", NvaVendor.FRR, 65003, n -> {
        n.nic("eth0", "hub.nva-subnet", "10.0.2.6", true).peer("ars", "eth0");
        IntStream.range(0, 4001).forEach(i -> n.advertise("172." + (16 + i / 256) + "." + (i % 256) + ".0/24"));
      });
      Simulation simulation = Simulator.simulate(overLimit.build());
      RouteServerPeer peer = simulation.peer("ars", "nva3");
      assertFalse(peer.anyEstablished());
      assertTrue(peer.sessions().get(0).reason().contains("route limit"));
      assertNotNull(peer.learned(IN_0).get(0).filtered());
      assertTrue(simulation.effectiveRoutes(HUB_WORKLOAD).rows().stream()
          .noneMatch(r -> Ipv4Address.parse("10.0.2.6").equals(r.nextHopIp())));
    }
  }
}
