package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.azure.AzureCommunities;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.SubnetRef;

/** What the seed files observed, reproduced on models of their designs. */
class SeedsTest {

  private static final SubnetRef SPOKE1 = SubnetRef.parse("spoke1/workload");
  private static final SubnetRef SPOKE2 = SubnetRef.parse("spoke2/workload");

  @Test
  void seed000_onlyFw1IsTheDefaultRouteInBothSpokes() {
    Simulation simulation = Simulator.simulate(Seeds.contoso());
    for (SubnetRef spoke : List.of(SPOKE1, SPOKE2)) {
      assertEquals(List.of(Ipv4Address.parse("10.0.3.4")), simulation.effectiveRoutes(spoke)
          .lookup(Ipv4Prefix.DEFAULT_ROUTE).stream().map(EffectiveRoute::nextHopIp).toList());
    }
    assertEquals(SPOKE2, simulation.effectiveRoutesOfVm("vm2").subnet());
  }

  @Test
  void seed000_spokeToSpokeGoesThroughFw1() {
    Trace trace = Simulator.simulate(Seeds.contoso()).trace("vm1", new Destination("vm2", Ipv4Address.parse("10.2.0.4")));
    assertEquals(TraceResult.DELIVERED, trace.primary().result());
    assertEquals(List.of("fw1"), trace.primary().nodes());
  }

  @Test
  void seed000_crashOfFw1FailsOverToFw2After60sHoldPlusTheProgrammingDelay() {
    Network network = Seeds.contoso();
    ScenarioSimulation run = Simulator.simulate(network, network.scenario("fw1-crash").orElseThrow());
    assertEquals(List.of(Ipv4Address.parse("10.0.3.5")), run.result().effectiveRoutes(SPOKE1)
        .lookup(Ipv4Prefix.DEFAULT_ROUTE).stream().map(EffectiveRoute::nextHopIp).toList());
    assertEquals(List.of("fw2"), run.result().trace("vm1", Destination.ip("8.8.8.8")).primary().nodes());
    Outage outage = run.outage("vm1", Destination.ip("8.8.8.8"));
    assertEquals(Duration.ofSeconds(62), outage.shortest());
    assertEquals(Duration.ofSeconds(99), outage.longest());
    assertEquals("hold timer 60s + programming delay 2s-39s", outage.cause());
  }

  @Test
  void seed000_languageExampleExpectationsAllPass() {
    Network network = Seeds.contoso();
    Simulation baseline = Simulator.simulate(network);
    List<ExpectationResult> results = new java.util.ArrayList<>(ExpectationChecker.checkBaseline(baseline));
    results.addAll(ExpectationChecker.checkScenario(Simulator.simulate(baseline,
        network.scenario("fw1-crash").orElseThrow())));
    assertEquals(4, results.size());
    results.forEach(r -> assertTrue(r.passed(), r.toString()));
  }

  @Test
  void seed003_defaultRouteInTheNvaSubnetLoops() {
    Trace trace = Fixtures.trace(Simulator.simulate(Seeds.defaultRouteLoop(false)), "web", "8.8.8.8");
    assertEquals(TraceResult.LOOP, trace.primary().result());
    assertEquals(List.of("quagga"), trace.primary().nodes());
    assertTrue(trace.primary().reason().contains("quagga"), trace.primary().reason());
  }

  @Test
  void seed003_udrToInternetOnTheNvaSubnetBreaksTheLoop() {
    Trace trace = Fixtures.trace(Simulator.simulate(Seeds.defaultRouteLoop(true)), "web", "8.8.8.8");
    assertEquals(TraceResult.INTERNET, trace.primary().result());
    assertEquals(List.of("quagga"), trace.primary().nodes());
  }

  @Test
  void seed004_advertisedRoutesListingMatchesTheLab() {
    Simulation simulation = Simulator.simulate(Seeds.exabgpLab());
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      List<AdvertisedRoute> routes = simulation.advertisedRoutes("ars", "exabgp", instance);
      assertEquals(List.of("10.0.0.0/16 65515", "10.1.0.0/16 65515", "192.168.2.0/24 65515-65510-65501",
              "192.168.3.0/24 65515-65510-65501", "192.168.4.0/24 65515-65510-65501"),
          routes.stream().map(r -> r.prefix() + " " + r.asPath().toAzureString()).toList());
      routes.stream().filter(r -> r.asPath().length() > 1)
          .forEach(r -> assertEquals(List.of(AzureCommunities.VPN_GATEWAY_ROUTE), r.communities()));
      routes.stream().filter(r -> r.asPath().length() == 1).forEach(r -> assertTrue(r.communities().isEmpty()));
    }
  }

  @Test
  void seed004_spokePrefixFromExabgpHasNoEffectButItsOtherRoutesDo() {
    Simulation simulation = Simulator.simulate(Seeds.exabgpLab());
    EffectiveRouteTable hub = simulation.effectiveRoutes(SubnetRef.parse("hub/default"));
    assertEquals(NextHopType.VNET_PEERING, hub.lookup(Ipv4Prefix.parse("10.1.0.0/16")).get(0).nextHopType());
    assertEquals(Ipv4Address.parse("10.0.0.4"), hub.lookup(Ipv4Prefix.parse("192.168.10.0/24")).get(0).nextHopIp());
    assertEquals(List.of(Ipv4Address.parse("10.0.3.4"), Ipv4Address.parse("10.0.3.5")),
        simulation.effectiveRoutes(SubnetRef.parse("spoke1/default")).lookup(Ipv4Prefix.parse("192.168.4.0/24"))
            .stream().map(EffectiveRoute::nextHopIp).toList());
    assertTrue(simulation.effectiveRoutes(SubnetRef.parse("spoke2/default")).rows().stream()
        .noneMatch(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY));
  }

  @Test
  void seed004_exabgpForwardsOnlyByConnectedAndStaticRoutes() {
    NvaForwardingTable table = Simulator.simulate(Seeds.exabgpLab()).nvaRoutes("exabgp");
    assertTrue(table.routes().stream().allMatch(r -> r.protocol() != NvaRouteProtocol.BGP));
    assertTrue(table.lookup(Ipv4Address.parse("192.168.4.1")).isEmpty());
  }
}
