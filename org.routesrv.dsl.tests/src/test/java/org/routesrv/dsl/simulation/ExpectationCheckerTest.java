package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE1;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE2;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.Expectation.TraceOutcome;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Target;

/** Every expectation form, passing and failing, with what the engineer is told. */
class ExpectationCheckerTest {

  private static final SourceRef HERE = new SourceRef("net.rsnet", 7, "expect ...");
  private static final Ipv4Prefix DEFAULT = Ipv4Prefix.DEFAULT_ROUTE;

  /** nva1 advertises 0/0 prepended once; nva2 advertises it plain and 10.1.5.0/24 (filtered). */
  private static NetworkBuilder builder() {
    return Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0", a -> a.prepend(1)))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0").advertise("10.1.5.0/24"));
  }

  private static final Simulation SIMULATION = Simulator.simulate(builder().build());

  private static ExpectationResult check(Expectation expectation) {
    return ExpectationChecker.check(SIMULATION, List.of(expectation)).get(0);
  }

  @Test
  void routeViaTheWinnerPasses() {
    ExpectationResult result = check(new Expectation.Route(HERE, SPOKE1, DEFAULT, List.of(Target.node("nva2"))));
    assertTrue(result.passed(), result.actual());
    assertEquals(HERE, result.source());
    assertEquals("0.0.0.0/0 goes to nva2 (10.0.2.5) (VirtualNetworkGateway route 0.0.0.0/0)", result.actual());
  }

  @Test
  void routeViaTheLoserSaysWhyInAsPathTerms() {
    ExpectationResult result = check(new Expectation.Route(HERE, SPOKE1, DEFAULT, List.of(Target.node("nva1"))));
    assertFalse(result.passed());
    assertEquals("expected via nva1, but 0.0.0.0/0 goes to nva2 (10.0.2.5) (VirtualNetworkGateway route 0.0.0.0/0): "
        + "nva1's route has AS path 65001 65001, longer than 65002 of nva2 (the shortest AS path wins, fact 55)",
        result.actual());
  }

  @Test
  void routeWithSeveralTargetsMeansExactlyThatEcmpSet() {
    ExpectationResult result = check(new Expectation.Route(HERE, SPOKE1, DEFAULT,
        List.of(Target.node("nva1"), Target.node("nva2"))));
    assertFalse(result.passed());
  }

  @Test
  void routeKeywordTargets() {
    assertTrue(check(new Expectation.Route(HERE, SPOKE2, DEFAULT, List.of(Target.Keyword.INTERNET))).passed());
    assertTrue(check(new Expectation.Route(HERE, SPOKE1, Ipv4Prefix.parse("10.1.0.0/24"),
        List.of(Target.Keyword.VNET_LOCAL))).passed());
    assertTrue(check(new Expectation.Route(HERE, SPOKE1, Ipv4Prefix.parse("10.0.3.0/24"),
        List.of(Target.Keyword.PEERING))).passed());
    assertTrue(check(new Expectation.Route(HERE, SPOKE2, Ipv4Prefix.parse("10.1.0.0/16"),
        List.of(Target.Keyword.NONE))).passed());
  }

  @Test
  void routeInASpokeWithoutTransitExplainsFact32() {
    ExpectationResult result = check(new Expectation.Route(HERE, SPOKE2, DEFAULT, List.of(Target.node("nva2"))));
    assertFalse(result.passed());
    assertTrue(result.actual().contains("fact 32"), result.actual());
  }

  @Test
  void filteredPrefixIsAbsentAndExplained() {
    assertTrue(check(new Expectation.NoRoute(HERE, Fixtures.HUB_WORKLOAD, Ipv4Prefix.parse("10.1.5.0/24"))).passed());
    ExpectationResult route = check(new Expectation.Route(HERE, Fixtures.HUB_WORKLOAD, Ipv4Prefix.parse("10.1.5.0/24"),
        List.of(Target.node("nva2"))));
    assertTrue(route.actual().contains("filters nva2's 10.1.5.0/24: inside the address space 10.1.0.0/16 of vnet "
        + "spoke1 (fact 51)"), route.actual());
  }

  @Test
  void noRouteFailsWhenTheExactPrefixIsActive() {
    ExpectationResult result = check(new Expectation.NoRoute(HERE, SPOKE1, DEFAULT));
    assertFalse(result.passed());
    assertTrue(result.actual().contains("Active VirtualNetworkGateway route 0.0.0.0/0"), result.actual());
  }

  @Test
  void traceForms() {
    Destination internet = Destination.ip("8.8.8.8");
    assertTrue(check(new Expectation.Trace(HERE, "spoke1vm", internet, List.of(Target.node("nva2")),
        TraceOutcome.DELIVERED)).passed());
    assertTrue(check(new Expectation.Trace(HERE, "spoke1vm", internet,
        List.of(Target.node("nva2"), Target.Keyword.INTERNET), TraceOutcome.DELIVERED)).passed());
    ExpectationResult wrong = check(new Expectation.Trace(HERE, "spoke1vm", internet, List.of(Target.node("nva1")),
        TraceOutcome.DELIVERED));
    assertFalse(wrong.passed());
    assertEquals("expected delivery via nva1, but spoke1vm -> 8.8.8.8: internet via nva2 (leaves Azure to the internet)",
        wrong.actual());
    assertTrue(check(new Expectation.Trace(HERE, "spoke2vm", Destination.ip("10.1.0.4"), List.of(),
        TraceOutcome.DROPPED)).passed());
    assertFalse(check(new Expectation.Trace(HERE, "spoke1vm", internet, List.of(), TraceOutcome.LOOPS)).passed());
    assertFalse(check(new Expectation.Trace(HERE, "ghost", internet, List.of(), TraceOutcome.LOOPS)).passed());
  }

  @Test
  void traceLoopsPassesOnTheSeed003Loop() {
    ExpectationResult result = ExpectationChecker.check(Simulator.simulate(Seeds.defaultRouteLoop(false)),
        List.of(new Expectation.Trace(HERE, "web", Destination.ip("8.8.8.8"), List.of(), TraceOutcome.LOOPS))).get(0);
    assertTrue(result.passed(), result.actual());
  }

  @Test
  void sessionForms() {
    assertTrue(check(new Expectation.Session(HERE, "nva1", Expectation.SessionState.ESTABLISHED)).passed());
    ExpectationResult down = check(new Expectation.Session(HERE, "nva1", Expectation.SessionState.DOWN));
    assertFalse(down.passed());
    assertEquals("nva1 sessions: ars 10.0.1.4 Established, ars 10.0.1.5 Established", down.actual());
  }

  @Test
  void learnedForms() {
    assertTrue(check(new Expectation.Learned(HERE, "ars", DEFAULT, "nva1", null)).passed());
    assertTrue(check(new Expectation.Learned(HERE, "ars", DEFAULT, "nva1", AsPath.of(65001, 65001))).passed());
    ExpectationResult wrongPath = check(new Expectation.Learned(HERE, "ars", DEFAULT, "nva1", AsPath.of(65001)));
    assertFalse(wrongPath.passed());
    assertEquals("expected AS path 65001, but learned ars 0.0.0.0/0 from nva1 with AS path 65001 65001",
        wrongPath.actual());
    assertFalse(check(new Expectation.Learned(HERE, "ars", Ipv4Prefix.parse("172.20.0.0/16"), "nva1", null)).passed());
    ExpectationResult filtered = check(new Expectation.Learned(HERE, "ars", Ipv4Prefix.parse("10.1.5.0/24"), "nva2",
        null));
    assertTrue(filtered.passed());
    assertTrue(filtered.actual().contains("filtered"), filtered.actual());
  }

  @Test
  void learnedFromAnyPeerAndCountsAndNoLearned() {
    Ipv4Prefix inSpoke = Ipv4Prefix.parse("10.1.5.0/24");
    assertTrue(check(new Expectation.Learned(HERE, "ars", inSpoke, null, null)).passed(), "without from: any peer");
    assertTrue(check(new Expectation.LearnedCount(HERE, "ars", 2, "nva2")).passed(), "the ignored 10.1.5.0/24 counts");
    assertTrue(check(new Expectation.LearnedCount(HERE, "ars", 3, null)).passed());
    ExpectationResult wrongCount = check(new Expectation.LearnedCount(HERE, "ars", 1, "nva2"));
    assertFalse(wrongCount.passed());
    assertEquals("expected 1 routes, but ars lists 2 on RouteServiceRole_IN_0 and 2 on RouteServiceRole_IN_1 learned"
        + " from nva2", wrongCount.actual());
    assertTrue(check(new Expectation.NoLearned(HERE, "ars", Ipv4Prefix.parse("172.20.0.0/16"), null)).passed());
    assertTrue(check(new Expectation.NoLearned(HERE, "ars", inSpoke, "nva1")).passed());
    ExpectationResult learned = check(new Expectation.NoLearned(HERE, "ars", inSpoke, null));
    assertFalse(learned.passed());
    assertEquals("learned ars 10.1.5.0/24: listed from nva2 on RouteServiceRole_IN_0, nva2 on RouteServiceRole_IN_1",
        learned.actual());
  }

  @Test
  void routeViaAnExactNextHopAddress() {
    assertTrue(check(new Expectation.Route(HERE, SPOKE1, DEFAULT, List.of(new Target.Address(Ipv4Address.parse("10.0.2.5")))))
        .passed());
    assertFalse(check(new Expectation.Route(HERE, SPOKE1, DEFAULT,
        List.of(new Target.Address(Ipv4Address.parse("10.0.2.4"))))).passed());
  }

  @Test
  void routeViaGatewayInstancesNamesEachProgrammedNextHop() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"), r -> { })
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .site("onprem", 65501, "vpngw", s -> s.prefix("192.168.2.0/24"))
        .build());
    Ipv4Prefix site = Ipv4Prefix.parse("192.168.2.0/24");
    Target first = new Target.GatewayInstance("vpngw", 0);
    Target second = new Target.GatewayInstance("vpngw", 1);
    java.util.function.Function<List<Target>, ExpectationResult> via = targets -> ExpectationChecker.check(simulation,
        List.of(new Expectation.Route(HERE, SPOKE1, site, targets))).get(0);
    assertTrue(via.apply(List.of(first, second)).passed());
    assertTrue(via.apply(List.of(Target.node("vpngw"))).passed());
    assertFalse(via.apply(List.of(first)).passed(), "the second instance's row is not named");
    assertTrue(via.apply(List.of(new Target.Address(Ipv4Address.parse("10.0.4.4")),
        new Target.Address(Ipv4Address.parse("10.0.4.5")))).passed());
  }

  @Test
  void fact84_rowStateSaysWhatTheListingShowsForExactlyThePrefix() {
    assertTrue(check(new Expectation.RouteRows(HERE, SPOKE1, DEFAULT, Expectation.RowState.ABSENT)).passed(),
        "a BGP default removes the Default row");
    ExpectationResult invalid = check(new Expectation.RouteRows(HERE, SPOKE1, DEFAULT, Expectation.RowState.INVALID));
    assertFalse(invalid.passed());
    assertEquals("expected invalid, but spoke1/workload lists no Default or User row for 0.0.0.0/0", invalid.actual());
    SubnetRef nvaSubnet = SubnetRef.parse("hub/nva-subnet");
    assertTrue(check(new Expectation.RouteRows(HERE, nvaSubnet, DEFAULT, Expectation.RowState.INVALID)).passed(),
        "a UDR default leaves the Default row Invalid");
    ExpectationResult active = check(new Expectation.RouteRows(HERE, SPOKE2, DEFAULT, Expectation.RowState.ABSENT));
    assertFalse(active.passed());
    assertEquals("expected absent, but spoke2/workload lists Default Active 0.0.0.0/0 Internet", active.actual());
  }

  @Test
  void advertisedForms() {
    assertTrue(check(new Expectation.Advertised(HERE, "ars", DEFAULT, "nva1", AsPath.of(65515, 65002))).passed());
    assertFalse(check(new Expectation.Advertised(HERE, "ars", DEFAULT, "nva1", AsPath.of(65515, 65001))).passed());
    assertTrue(check(new Expectation.NoAdvertised(HERE, "ars", Ipv4Prefix.parse("10.2.0.0/16"), "nva1")).passed());
    ExpectationResult advertised = check(new Expectation.NoAdvertised(HERE, "ars", Ipv4Prefix.parse("10.1.0.0/16"),
        "nva1"));
    assertFalse(advertised.passed());
    assertEquals("advertised ars 10.1.0.0/16 to nva1 with AS path 65515", advertised.actual());
  }

  @Test
  void outageOutsideAScenarioFails() {
    ExpectationResult result = check(new Expectation.Outage(HERE, "spoke1vm", Destination.ip("8.8.8.8"),
        Duration.ofSeconds(90)));
    assertFalse(result.passed());
  }

  @Test
  void outageLongerThanAllowedFails() {
    var network = builder().scenario("crash", s -> s.fail("nva2", org.routesrv.dsl.network.ScenarioEvent.FailureMode.CRASH)
        .expect(new Expectation.Outage(HERE, "spoke1vm", Destination.ip("8.8.8.8"), Duration.ofSeconds(60)))).build();
    ExpectationResult result = ExpectationChecker.checkScenario(
        Simulator.simulate(network, network.scenario("crash").orElseThrow())).get(0);
    assertFalse(result.passed());
    assertEquals("outage 182s-219s after fail nva2 crash: hold timer 180s + programming delay 2s-39s exceeds 60s",
        result.actual());
  }
}
