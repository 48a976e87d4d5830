package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE1;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;
import org.routesrv.dsl.network.SourceRef;

/** Scenario events applied to the baseline, and the outage windows they cause. */
class ScenarioTest {

  private static final Destination INTERNET = Destination.ip("8.8.8.8");

  /** Active nva1 and standby nva2 (prepended), both forwarding 0/0 to the Internet. */
  private static NetworkBuilder activeStandby() {
    return Fixtures.hubAndSpokes(v -> { }, r -> r.programmingDelay(Duration.ofSeconds(15)))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0", p -> p.timers(Duration.ofSeconds(10),
                Duration.ofSeconds(30))).advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0", a -> a.prepend(1)));
  }

  private static ScenarioSimulation run(NetworkBuilder builder, Consumer<NetworkBuilder.ScenarioSpec> events) {
    Network network = builder.scenario("s", events).build();
    return Simulator.simulate(network, network.scenario("s").orElseThrow());
  }

  private static List<Ipv4Address> defaultNextHops(Simulation simulation) {
    return simulation.effectiveRoutes(SPOKE1).lookup(Ipv4Prefix.DEFAULT_ROUTE).stream()
        .map(EffectiveRoute::nextHopIp).toList();
  }

  @Test
  void crashOutageIsNegotiatedHoldPlusProgrammingDelay() {
    Outage outage = run(activeStandby(), s -> s.fail("nva1", FailureMode.CRASH)).outage("spoke1vm", INTERNET);
    assertEquals(Duration.ofSeconds(45), outage.longest());
    assertEquals("hold timer 30s + programming delay 15s", outage.cause());
    assertEquals("fail nva1 crash", outage.event());
  }

  @Test
  void gracefulFailureIsOnlyTheProgrammingDelay() {
    Outage outage = run(activeStandby(), s -> s.fail("nva1", FailureMode.GRACEFUL)).outage("spoke1vm", INTERNET);
    assertEquals(Duration.ofSeconds(15), outage.longest());
    assertTrue(outage.cause().startsWith("graceful"), outage.cause());
  }

  @Test
  void failingTheStandbyLosesNoTraffic() {
    Outage outage = run(activeStandby(), s -> s.fail("nva2", FailureMode.CRASH)).outage("spoke1vm", INTERNET);
    assertEquals(Duration.ZERO, outage.longest());
    assertNull(outage.event());
  }

  @Test
  void restoreBringsTheActiveBackWithoutLoss() {
    ScenarioSimulation run = run(activeStandby(), s -> s.fail("nva1", FailureMode.CRASH).restore("nva1"));
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), defaultNextHops(run.result()));
    assertTrue(run.result().peer("ars", "nva1").anyEstablished());
    assertEquals(2, run.steps().size());
    assertEquals(Duration.ofSeconds(45), run.outage("spoke1vm", INTERNET).longest(), "the crash still counts");
  }

  @Test
  void instanceFailureIdlesItsSessionsButKeepsRoutesLearnedOnTheOther() {
    ScenarioSimulation run = run(activeStandby(), s -> s.failInstance("ars", RouteServerInstance.FIRST));
    BgpSession first = run.result().peer("ars", "nva1").session(RouteServerInstance.FIRST);
    assertEquals(SessionState.IDLE, first.state());
    assertEquals("instance 10.0.1.4 failed", first.reason());
    assertTrue(run.result().peer("ars", "nva1").session(RouteServerInstance.SECOND).established());
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), defaultNextHops(run.result()));
    assertTrue(run.result().advertisedRoutes("ars", "nva1", RouteServerInstance.FIRST).isEmpty());
    assertEquals(Duration.ZERO, run.outage("spoke1vm", INTERNET).longest());
  }

  @Test
  void instanceFailureWithdrawsRoutesOfAnNvaPeeringOnlyThatInstance() {
    NetworkBuilder builder = Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .peer("ars", "eth0", p -> p.instances(InstanceSelection.FIRST)).advertise("172.20.0.0/16"));
    ScenarioSimulation run = run(builder, s -> s.failInstance("ars", RouteServerInstance.FIRST));
    assertEquals(NextHopType.NONE, run.result().effectiveRoutes(SPOKE1).lookup(Ipv4Prefix.parse("172.20.0.0/16"))
        .get(0).nextHopType());
  }

  @Test
  void withdrawalMovesTrafficToTheStandbyMakeBeforeBreak() {
    ScenarioSimulation run = run(activeStandby(), s -> s.withdraw("nva1", "0.0.0.0/0"));
    assertEquals(List.of(Ipv4Address.parse("10.0.2.5")), defaultNextHops(run.result()));
    assertEquals(Duration.ZERO, run.outage("spoke1vm", INTERNET).longest());
    assertTrue(run.result().peer("ars", "nva1").announced().isEmpty());
  }

  @Test
  void advertiseAddsARouteAndCanChangeTheWinner() {
    ScenarioSimulation run = run(activeStandby(), s -> s.advertise("nva2", "0.0.0.0/0")
        .advertise("nva2", "172.20.0.0/16", a -> a.community("65002:1")));
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4"), Ipv4Address.parse("10.0.2.5")),
        defaultNextHops(run.result()), "nva2 now announces 0/0 without prepending: ECMP");
    assertEquals(List.of(Ipv4Address.parse("10.0.2.5")), run.result().effectiveRoutes(SPOKE1)
        .lookup(Ipv4Prefix.parse("172.20.0.0/16")).stream().map(EffectiveRoute::nextHopIp).toList());
    assertEquals(List.of("advertise nva2 0.0.0.0/0 next-hop 10.0.2.5 as-path 65002",
        "advertise nva2 172.20.0.0/16 next-hop 10.0.2.5 as-path 65002 community 65002:1"),
        run.steps().stream().map(step -> step.event().text()).toList());
  }

  @Test
  void withdrawThenAdvertiseAgainRestoresTheRoute() {
    ScenarioSimulation run = run(activeStandby(), s -> s.withdraw("nva1", "0.0.0.0/0").advertise("nva1", "0.0.0.0/0"));
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), defaultNextHops(run.result()));
  }

  @Test
  void crashWithoutAlternativeIsAnUnboundedOutage() {
    NetworkBuilder builder = Fixtures.hubAndSpokes()
        .routeTable("rt-spoke", t -> t.routeToAppliance("default", "0.0.0.0/0", "10.0.2.4"))
        .vnet("spoke3", v -> v.addressSpace("10.3.0.0/16").subnet("workload", "10.3.0.0/24", "rt-spoke"))
        .peering("hub", "spoke3")
        .vm("spoke3vm", "spoke3.workload", "10.3.0.4")
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .staticVia("0.0.0.0/0", "eth0"));
    Network network = builder.scenario("s", s -> s.fail("nva1", FailureMode.CRASH)
        .expect(new Expectation.Outage(SourceRef.synthetic("expect outage spoke3vm -> 8.8.8.8 at-most 60s"),
            "spoke3vm", INTERNET, Duration.ofSeconds(60)))).build();
    ScenarioSimulation run = Simulator.simulate(network, network.scenario("s").orElseThrow());
    Outage outage = run.outage("spoke3vm", INTERNET);
    assertTrue(outage.unbounded());
    assertTrue(outage.cause().contains("nva1 is down"), outage.cause());
    ExpectationResult result = ExpectationChecker.checkScenario(run).get(0);
    assertFalse(result.passed());
    assertTrue(result.actual().startsWith("traffic is lost for good from fail nva1 crash"), result.actual());
  }
}
