package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.routesrv.dsl.simulation.Fixtures.HUB_WORKLOAD;
import static org.routesrv.dsl.simulation.Fixtures.NVA_SUBNET;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE1;
import static org.routesrv.dsl.simulation.Fixtures.SPOKE2;
import static org.routesrv.dsl.simulation.Fixtures.advertised;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.azure.AzureCommunities;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.UserRouteNextHop;
import org.routesrv.dsl.simulation.output.JsonRenderer;

/** One test per rule of azure-route-server.md the simulator implements, named after its fact. */
class FactsTest {

  private static final RouteServerInstance IN_0 = RouteServerInstance.FIRST;
  private static final RouteServerInstance IN_1 = RouteServerInstance.SECOND;

  /** The worked-example hub with one NVA {@code nva1} (10.0.2.4) configured by {@code nva}. */
  private static NetworkBuilder oneNva(long asn, Consumer<NetworkBuilder.NvaSpec> nva) {
    return Fixtures.hubAndSpokes().nva("nva1", NvaVendor.FRR, asn, n -> {
      n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true);
      nva.accept(n);
    });
  }

  /** nva1 announcing {@code count} distinct /24s. */
  private static NetworkBuilder advertising(int count) {
    return oneNva(65001, n -> {
      n.peer("ars", "eth0");
      IntStream.range(0, count).forEach(i -> n.advertise(MaxScaleNetwork.nvaPrefix(0, i)));
    });
  }

  private static NetworkBuilder listener(NetworkBuilder builder) {
    return builder.nva("listener", NvaVendor.FRR, 65099,
        n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.99", true).peer("ars", "eth0"));
  }

  private static List<Ipv4Address> nextHops(Simulation simulation, SubnetRef subnet, String prefix) {
    return simulation.effectiveRoutes(subnet).lookup(Ipv4Prefix.parse(prefix)).stream()
        .map(EffectiveRoute::nextHopIp).toList();
  }

  /** Next hops of the BGP rows only, so that an Internet or None fallback reads as empty. */
  private static List<Ipv4Address> bgpNextHops(Simulation simulation, SubnetRef subnet, String prefix) {
    return simulation.effectiveRoutes(subnet).lookup(Ipv4Prefix.parse(prefix)).stream()
        .filter(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY).map(EffectiveRoute::nextHopIp).toList();
  }

  private static NextHopType typeOf(Simulation simulation, SubnetRef subnet, String prefix) {
    return simulation.effectiveRoutes(subnet).lookup(Ipv4Prefix.parse(prefix)).get(0).nextHopType();
  }

  private static List<Ipv4Address> ips(String... ips) {
    return java.util.Arrays.stream(ips).map(Ipv4Address::parse).toList();
  }

  private static BgpSession session(Simulation simulation, String nva, RouteServerInstance instance) {
    return simulation.peer("ars", nva).session(instance);
  }

  @Test
  void fact7_instancesAreAtOffsetsFourAndFiveAndFirstIsRoleIn0() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")).build());
    assertEquals(ips("10.0.1.4", "10.0.1.5"), simulation.routeServers().get(0).instanceIps());
    assertEquals(Ipv4Address.parse("10.0.1.4"), session(simulation, "nva1", IN_0).localAddress());
    assertEquals("RouteServiceRole_IN_0", IN_0.role());
  }

  @Test
  void fact86_anInstanceOrderReadFromADeploymentDecidesWhichAddressIsIn0() throws Exception {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> { }, r -> r.instanceOrder("10.0.1.5", "10.0.1.4"))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .peer("ars", "eth0", p -> p.instances(InstanceSelection.FIRST)).advertise("172.20.0.0/16"))
        .build());
    assertEquals(ips("10.0.1.5", "10.0.1.4"), simulation.routeServers().get(0).instanceIps());
    assertEquals(Ipv4Address.parse("10.0.1.5"), session(simulation, "nva1", IN_0).localAddress(),
        "RouteServiceRole_IN_0 is the instance listed first");
    assertTrue(session(simulation, "nva1", IN_0).established());
    assertEquals(SessionState.IDLE, session(simulation, "nva1", IN_1).state());
    assertEquals("[\"10.0.1.5\",\"10.0.1.4\"]", new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(JsonRenderer.render(SimulationReport.baseline(simulation))).at("/routeServers/ars/virtualRouterIps")
        .toString());
  }

  /**
   * nva1 sends 172.20.0.0/16 to the first instance bare and to the second with two prepends (the 2021-05 lab);
   * nva2 sends it to both with one prepend; the listener hears what each instance passes on.
   */
  private static Network perInstanceAttributes(InstanceSelection programmedFrom) {
    return listener(Fixtures.hubAndSpokes(v -> { }, r -> r.programmedFrom(programmedFrom))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true).peer("ars", "eth0")
            .advertise("172.20.0.0/16", a -> a.to("ars", IN_0))
            .advertise("172.20.0.0/16", a -> a.prepend(2).to("ars", IN_1)))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true).peer("ars", "eth0")
            .advertise("172.20.0.0/16", a -> a.prepend(1))))
        .build();
  }

  private static List<String> paths(List<LearnedRoute> routes) {
    return routes.stream().map(r -> r.route().prefix() + " " + r.route().asPath().toAzureString()).toList();
  }

  @Test
  void fact88_eachInstanceListsTheAttributesTheNvaSentIt() {
    Simulation simulation = Simulator.simulate(perInstanceAttributes(InstanceSelection.BOTH));
    assertEquals(List.of("172.20.0.0/16 65001"), paths(simulation.peer("ars", "nva1").learned(IN_0)));
    assertEquals(List.of("172.20.0.0/16 65001-65001-65001"), paths(simulation.peer("ars", "nva1").learned(IN_1)));
    assertTrue(advertised(simulation, "listener", IN_0).contains("172.20.0.0/16 65515-65001"));
    assertTrue(advertised(simulation, "listener", IN_1).contains("172.20.0.0/16 65515-65002-65002"),
        "the second instance's best path is nva2's, as nva1 sent it the longer one");
  }

  @Test
  void fact88_effectiveRoutesTakeTheBestPathOfTheInstancesProgrammedFrom() {
    assertEquals(ips("10.0.2.4"), bgpNextHops(Simulator.simulate(perInstanceAttributes(InstanceSelection.BOTH)),
        HUB_WORKLOAD, "172.20.0.0/16"), "by default, the shorter path either instance holds");
    assertEquals(ips("10.0.2.4"), bgpNextHops(Simulator.simulate(perInstanceAttributes(InstanceSelection.FIRST)),
        HUB_WORKLOAD, "172.20.0.0/16"));
    assertEquals(ips("10.0.2.5"), bgpNextHops(Simulator.simulate(perInstanceAttributes(InstanceSelection.SECOND)),
        HUB_WORKLOAD, "172.20.0.0/16"), "the second instance holds nva1's path with two prepends, longer than nva2's");
  }

  @Test
  void fact42_peerLinesForEachInstanceFromOneNicAreOnePeeringWithBothSessions() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n
        .peer("ars", "eth0", p -> p.instances(InstanceSelection.FIRST))
        .peer("ars", "eth0", p -> p.instances(InstanceSelection.SECOND)).advertise("172.20.0.0/16")).build());
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      assertTrue(session(simulation, "nva1", instance).established(), instance.role());
      assertEquals(List.of("172.20.0.0/16 65001"), paths(simulation.peer("ars", "nva1").learned(instance)));
    }
  }

  @Test
  void fact42_instancesPeeredFromDifferentNicsEachHearTheirOwnNextHop() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.nic("eth1", "hub.nva-subnet", "10.0.2.5", true)
        .peer("ars", "eth0", p -> p.instances(InstanceSelection.FIRST))
        .peer("ars", "eth1", p -> p.instances(InstanceSelection.SECOND)).advertise("172.20.0.0/16")).build());
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      BgpSession session = session(simulation, "nva1", instance);
      assertTrue(session.established(), instance.role());
      assertEquals(Ipv4Address.parse(instance == IN_0 ? "10.0.2.4" : "10.0.2.5"), session.peerIp());
    }
  }

  @Test
  void fact16_reservedAsnKeepsSessionsIdle() {
    for (long reserved : new long[] {65515, 12076, 8075, 65518, 23456, 64500}) {
      Simulation simulation = Simulator.simulate(oneNva(reserved, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
          .build());
      BgpSession session = session(simulation, "nva1", IN_0);
      assertEquals(SessionState.IDLE, session.state(), "ASN " + reserved);
      assertTrue(session.reason().contains("reserved"), session.reason());
      assertTrue(bgpNextHops(simulation, HUB_WORKLOAD, "0.0.0.0/0").isEmpty());
    }
  }

  @Test
  void fact87_deployTimeRulesDoNotChangeWhatADeploymentDid() {
    // Two 2021 labs: a peer with AS 65555 (today: 2-byte ASNs only, fact 17) was Established and its
    // routes learned with path 65555; a VPN gateway with AS 300 (today: 65515 only, fact 68) had Route
    // Server pass on its routes as 65515-300-200.
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"),
            r -> r.branchToBranch(true))
        .vpnGateway("vpngw", "hub", g -> g.asn(300))
        .site("onprem", 200, "vpngw", s -> s.prefix("192.168.2.0/24"))
        .nva("nva1", NvaVendor.FRR, 65555, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true).peer("ars", "eth0")
            .advertise("172.20.0.0/16"))
        .build());
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      assertTrue(session(simulation, "nva1", instance).established());
      assertEquals(List.of("172.20.0.0/16 65555"), simulation.peer("ars", "nva1").learned(instance).stream()
          .map(r -> r.route().prefix() + " " + r.route().asPath().toAzureString()).toList());
    }
    assertTrue(advertised(simulation, "nva1", IN_0).contains("192.168.2.0/24 65515-300-200"),
        advertised(simulation, "nva1", IN_0).toString());
    assertEquals(SessionState.IDLE, session(Simulator.simulate(oneNva(65518, n -> n.peer("ars", "eth0")).build()),
        "nva1", IN_0).state(), "a reserved ASN still keeps the session down (fact 16)");
  }

  @Test
  void fact19_nvasSharingAnAsnAreEcmp() {
    Simulation simulation = Simulator.simulate(oneNva(65050, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65050, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
    assertEquals(ips("10.0.2.4", "10.0.2.5"), nextHops(simulation, SPOKE1, "0.0.0.0/0"));
  }

  @Test
  void fact20_sessionsRunWithRouteServerHoldTimeByDefault() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")).build());
    assertEquals(180, session(simulation, "nva1", IN_0).holdTimeSeconds());
  }

  @Test
  void fact21_lowerNvaHoldTimeIsNegotiated() {
    Simulation simulation = Simulator.simulate(oneNva(65001,
        n -> n.peer("ars", "eth0", p -> p.timers(Duration.ofSeconds(20), Duration.ofSeconds(60)))).build());
    assertEquals(60, session(simulation, "nva1", IN_0).holdTimeSeconds());
    Simulation higher = Simulator.simulate(oneNva(65001,
        n -> n.peer("ars", "eth0", p -> p.timers(Duration.ofSeconds(90), Duration.ofSeconds(270)))).build());
    assertEquals(180, session(higher, "nva1", IN_0).holdTimeSeconds());
  }

  @Test
  void fact23_peerOutsideHubAndDirectlyPeeredVnetsCannotPeer() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes()
        .vnet("far", v -> v.addressSpace("10.9.0.0/16").subnet("nva", "10.9.0.0/24"))
        .peering("spoke1", "far")
        .nva("remote", NvaVendor.FRR, 65001, n -> n.nic("eth0", "far.nva", "10.9.0.4", true).peer("ars", "eth0"))
        .nva("spokeNva", NvaVendor.FRR, 65002, n -> n.nic("eth0", "spoke2.workload", "10.2.0.10", true)
            .peer("ars", "eth0"))
        .build());
    assertTrue(session(simulation, "remote", IN_0).reason().contains("fact 23"));
    assertTrue(session(simulation, "spokeNva", IN_0).established(), "a directly peered vnet may peer");
  }

  @Test
  void fact26_moreThan4000RoutesDropTheSessionAndEveryRoute() {
    Simulation simulation = Simulator.simulate(advertising(4001).build());
    assertEquals(SessionState.IDLE, session(simulation, "nva1", IN_0).state());
    assertTrue(bgpNextHops(simulation, HUB_WORKLOAD, "20.0.0.0/24").isEmpty());
    assertTrue(simulation.peer("ars", "nva1").learned(IN_0).stream().allMatch(r -> r.filtered() != null));
  }

  @Test
  void fact25_exactly4000RoutesAreAccepted() {
    Simulation simulation = Simulator.simulate(advertising(4000).build());
    assertTrue(session(simulation, "nva1", IN_0).established());
    assertEquals(ips("10.0.2.4"), nextHops(simulation, HUB_WORKLOAD, "20.0.0.0/24"));
  }

  @Test
  void fact27_reAdvertisingAKnownRouteOnTopOf4000TearsTheSessionDown() {
    var network = advertising(4000).scenario("resend", s -> s.advertise("nva1", "20.0.0.0/24")).build();
    Simulation after = Simulator.simulate(network, network.scenario("resend").orElseThrow()).result();
    BgpSession session = session(after, "nva1", IN_0);
    assertEquals(SessionState.IDLE, session.state());
    assertTrue(session.reason().contains("4001"), session.reason());
    assertTrue(bgpNextHops(after, HUB_WORKLOAD, "20.0.0.0/24").isEmpty());
  }

  @Test
  void fact32_spokeWithoutTransitFlagsIsNeitherAdvertisedNorProgrammed() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
    assertFalse(advertised(simulation, "nva1", IN_0).contains("10.2.0.0/16 65515"));
    assertTrue(advertised(simulation, "nva1", IN_0).contains("10.1.0.0/16 65515"));
    assertEquals(NextHopType.INTERNET, simulation.effectiveRoutes(SPOKE2).lookup(Ipv4Prefix.DEFAULT_ROUTE).get(0)
        .nextHopType());
  }

  @Test
  void fact33_useRemoteGatewaysNeedsTheHubToAllowTransitAndNoOwnGateway() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .vnet("oneSided", v -> v.addressSpace("10.5.0.0/16").subnet("workload", "10.5.0.0/24"))
        .peering("hub", "oneSided", p -> p.useRemoteGateways("oneSided"))
        .vnet("ownGateway", v -> v.addressSpace("10.6.0.0/16").subnet("workload", "10.6.0.0/24")
            .subnet("GatewaySubnet", "10.6.255.0/27"))
        .vpnGateway("spokeGw", "ownGateway", g -> g.activeActive())
        .peering("hub", "ownGateway", p -> p.transitVia("hub"))
        .build());
    assertEquals(NextHopType.INTERNET, typeOf(simulation, SubnetRef.parse("oneSided/workload"), "0.0.0.0/0"));
    assertEquals(NextHopType.INTERNET, typeOf(simulation, SubnetRef.parse("ownGateway/workload"), "0.0.0.0/0"));
    assertFalse(advertised(simulation, "nva1", IN_0).contains("10.5.0.0/16 65515"));
    assertFalse(advertised(simulation, "nva1", IN_0).contains("10.6.0.0/16 65515"));
  }

  @Test
  void fact34_noInjectionIntoSpokesOfSpokes() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .vnet("grandchild", v -> v.addressSpace("10.7.0.0/16").subnet("workload", "10.7.0.0/24"))
        .peering("spoke1", "grandchild", p -> p.transitVia("spoke1"))
        .build());
    assertEquals(NextHopType.INTERNET,
        simulation.effectiveRoutes(SubnetRef.parse("grandchild/workload")).lookup(Ipv4Prefix.DEFAULT_ROUTE).get(0)
            .nextHopType());
    assertFalse(advertised(simulation, "nva1", IN_0).contains("10.7.0.0/16 65515"));
  }

  @Test
  void fact39_pathAndCommunitiesAreKeptAndPassedOn() {
    Simulation simulation = Simulator.simulate(listener(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16", a -> a.asPath(65001, 65100, 65200).community("65001:42")))).build());
    BgpRoute learned = simulation.peer("ars", "nva1").learned(IN_0).get(0).route();
    assertEquals("65001-65100-65200", learned.asPath().toAzureString());
    assertEquals(List.of(Community.parse("65001:42")), learned.communities());
    AdvertisedRoute passedOn = simulation.advertisedRoutes("ars", "listener", IN_0).stream()
        .filter(r -> r.prefix().equals(Ipv4Prefix.parse("172.20.0.0/16"))).findFirst().orElseThrow();
    assertEquals(List.of(Community.parse("65001:42")), passedOn.communities());
  }

  @Test
  void fact40_pathContaining65515IsFiltered() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16", a -> a.asPath(65001, 65515, 65002))).build());
    assertTrue(simulation.peer("ars", "nva1").rejected(IN_0).get(0).filtered().contains("65515"));
    assertEquals(NextHopType.NONE, simulation.effectiveRoutes(HUB_WORKLOAD)
        .lookup(Ipv4Address.parse("172.20.0.1")).get(0).nextHopType());
  }

  @Test
  void fact82_routesWith65515OrAs0AreRejectedUnlistedWhileVnetOverlapsAreListed() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16", a -> a.asPath(65001, 65515, 65002))
        .advertise("172.21.0.0/16", a -> a.asPath(65001, 0))
        .advertise("10.1.0.0/16")
        .advertise("172.22.0.0/16")).build());
    RouteServerPeer peer = simulation.peer("ars", "nva1");
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      assertEquals(List.of("10.1.0.0/16", "172.22.0.0/16"),
          peer.learned(instance).stream().map(r -> r.route().prefix().toString()).toList(),
          "list-learned-routes leaves out what Route Server rejected on arrival");
      assertEquals(List.of("172.20.0.0/16 AS path contains 65515 (facts 40, 82)",
          "172.21.0.0/16 AS path contains AS 0 (fact 82)"), peer.rejected(instance).stream()
              .map(r -> r.route().prefix() + " " + r.filtered()).toList());
    }
    assertTrue(peer.learned(IN_0).get(0).filtered().contains("fact 51"), "a VNet overlap is listed, filtered");
    assertEquals(NextHopType.NONE, typeOf(simulation, HUB_WORKLOAD, "172.21.0.0/16"), "AS 0: not programmed");
    String json = JsonRenderer.render(SimulationReport.baseline(simulation));
    assertTrue(json.contains("\"rejectedRoutes\""), "rejections are reported beside the az-shaped list");
    assertTrue(json.contains("\"reason\": \"AS path contains AS 0 (fact 82)\""));
  }

  @Test
  void fact41_thirdPartyNextHopIsProgrammedAndSourcePeerIsTheNva() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("0.0.0.0/0", a -> a.nextHop("10.0.2.100"))).build());
    LearnedRoute learned = simulation.peer("ars", "nva1").learned(IN_0).get(0);
    assertEquals(Ipv4Address.parse("10.0.2.100"), learned.route().nextHop());
    assertEquals(Ipv4Address.parse("10.0.2.4"), learned.sourcePeer());
    assertEquals(ips("10.0.2.100"), nextHops(simulation, SPOKE1, "0.0.0.0/0"));
  }

  @Test
  void fact42_peeringOneInstanceLeavesTheOtherIdleAndUnlearned() {
    Simulation simulation = Simulator.simulate(listener(oneNva(65001, n -> n
        .peer("ars", "eth0", p -> p.instances(InstanceSelection.FIRST)).advertise("172.20.0.0/16"))).build());
    assertTrue(session(simulation, "nva1", IN_0).established());
    assertEquals(SessionState.IDLE, session(simulation, "nva1", IN_1).state());
    assertTrue(simulation.peer("ars", "nva1").learned(IN_1).isEmpty());
    assertTrue(advertised(simulation, "listener", IN_0).contains("172.20.0.0/16 65515-65001"));
    assertFalse(advertised(simulation, "listener", IN_1).contains("172.20.0.0/16 65515-65001"));
    assertEquals(ips("10.0.2.4"), nextHops(simulation, HUB_WORKLOAD, "172.20.0.0/16"));
  }

  @Test
  void fact43_noAdvertiseIsProgrammedButAdvertisedToNoPeer() {
    Simulation simulation = Simulator.simulate(listener(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16", a -> a.noAdvertise()))).build());
    assertEquals(ips("10.0.2.4"), nextHops(simulation, SPOKE1, "172.20.0.0/16"));
    assertTrue(advertised(simulation, "listener", IN_0).stream().noneMatch(r -> r.startsWith("172.20.")));
  }

  @Test
  void fact45_nvaIsAdvertisedHubTransitSpokesAndOtherNvas() {
    Simulation simulation = Simulator.simulate(listener(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16"))).build());
    assertEquals(Fixtures.sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515", "172.20.0.0/16 65515-65001"),
        advertised(simulation, "listener", IN_1));
  }

  @Test
  void fact46_nvaNeverGetsItsOwnRoutesBack() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16")).build());
    assertEquals(Fixtures.sorted("10.0.0.0/16 65515", "10.1.0.0/16 65515"), advertised(simulation, "nva1", IN_0));
  }

  @Test
  void fact47_sameAsnNvaIsAdvertisedTheRouteButDiscardsIt() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
            .advertise("172.20.0.0/16"))
        .nva("twin", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true).peer("ars", "eth0"))
        .build());
    assertTrue(advertised(simulation, "twin", IN_0).contains("172.20.0.0/16 65515-65001"));
    assertTrue(simulation.nvaRoutes("twin").lookup(Ipv4Address.parse("172.20.0.1")).isEmpty());
  }

  @Test
  void fact48_advertisedNextHopIsTheInstanceAddress() throws Exception {
    Simulation simulation = Simulator.simulate(listener(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("172.20.0.0/16"))).build());
    JsonNode json = new ObjectMapper().readTree(
        org.routesrv.dsl.simulation.output.JsonRenderer.render(SimulationReport.baseline(simulation)));
    JsonNode roles = json.at("/routeServers/ars/peers/listener/advertisedRoutes");
    for (String role : List.of("RouteServiceRole_IN_0", "RouteServiceRole_IN_1")) {
      assertTrue(roles.get(role).size() > 0);
      for (JsonNode route : roles.get(role)) {
        assertEquals(route.get("localAddress"), route.get("nextHop"));
        assertTrue(route.get("asPath").asText().startsWith("65515"));
      }
    }
    NvaRoute installed = simulation.nvaRoutes("listener").lookup(Ipv4Address.parse("172.20.0.1")).get(0);
    assertEquals(Ipv4Address.parse("10.0.1.4"), installed.nextHop());
    assertEquals("eth0", installed.egressNic());
  }

  @Test
  void fact49_expressRouteRoutesReachNvasWith12076() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"),
            r -> r.branchToBranch(true))
        .expressRouteGateway("ergw", "hub")
        .site("dc", 65020, "ergw", s -> s.prefix("10.50.0.0/16", 65021))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true).peer("ars", "eth0"))
        .build());
    assertTrue(advertised(simulation, "nva1", IN_0).contains("10.50.0.0/16 65515-12076-65020-65021"));
  }

  @Test
  void fact50_fact73_vpnGatewayWithOwnAsnPutsItFirstAndTagsCommunity65517() {
    Simulation simulation = Simulator.simulate(Seeds.exabgpLab());
    AdvertisedRoute route = simulation.advertisedRoutes("ars", "exabgp", IN_0).stream()
        .filter(r -> r.prefix().equals(Ipv4Prefix.parse("192.168.4.0/24"))).findFirst().orElseThrow();
    assertEquals("65515-65510-65501", route.asPath().toAzureString());
    assertEquals(List.of(AzureCommunities.VPN_GATEWAY_ROUTE), route.communities());
  }

  @Test
  void fact51_prefixInsideVnetIsFilteredButSupernetIsProgrammed() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
        .advertise("10.1.0.0/16").advertise("10.0.3.0/24").advertise("10.0.0.0/8")).build());
    List<LearnedRoute> learned = simulation.peer("ars", "nva1").learned(IN_0);
    assertTrue(learned.get(0).filtered().startsWith("equal to"));
    assertTrue(learned.get(1).filtered().startsWith("inside"));
    assertNull(learned.get(2).filtered());
    assertEquals(ips("10.0.2.4"), nextHops(simulation, SPOKE1, "10.0.0.0/8"));
    assertTrue(simulation.effectiveRoutes(HUB_WORKLOAD).rows().stream()
        .noneMatch(r -> r.prefix().equals(Ipv4Prefix.parse("10.0.3.0/24"))
            && r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY));
  }

  private static NetworkBuilder vpnAndNva(boolean branchToBranch) {
    return Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"), r -> r.branchToBranch(branchToBranch))
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .site("onprem", 65501, "vpngw", s -> s.prefix("192.168.2.0/24", 65502))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true).peer("ars", "eth0")
            .advertise("172.20.0.0/16"));
  }

  @Test
  void fact53_withoutBranchToBranchNoGatewayRoutesReachNvas() {
    Simulation simulation = Simulator.simulate(vpnAndNva(false).build());
    assertFalse(advertised(simulation, "nva1", IN_0).stream().anyMatch(r -> r.startsWith("192.168.")));
    assertEquals(ips("10.0.4.4", "10.0.4.5"), nextHops(simulation, SPOKE1, "192.168.2.0/24"));
  }

  /**
   * Fact 40 for gateway routes: with branch-to-branch Route Server learns them and drops a path holding 65515, so no
   * NVA hears of it; the gateway still programs it into the hub and transit spokes (fact 71). The validator's
   * as-path-65515 warning says the same.
   */
  @Test
  void fact40_fact71_gatewayRouteWith65515IsProgrammedButNotAdvertisedToNvas() {
    Simulation simulation = Simulator.simulate(vpnAndNva(true)
        .site("other-region", 65510, "vpngw", s -> s.prefix("10.50.0.0/16", 65515, 65020)).build());
    assertFalse(advertised(simulation, "nva1", IN_0).stream().anyMatch(r -> r.startsWith("10.50.")));
    assertTrue(advertised(simulation, "nva1", IN_0).contains("192.168.2.0/24 65515-65501-65502"));
    assertEquals(ips("10.0.4.4", "10.0.4.5"), nextHops(simulation, SPOKE1, "10.50.0.0/16"));
  }

  @Test
  void fact54_withBranchToBranchGatewayRoutesReachNvas() {
    Simulation simulation = Simulator.simulate(vpnAndNva(true).build());
    assertTrue(advertised(simulation, "nva1", IN_0).contains("192.168.2.0/24 65515-65501-65502"));
  }

  @Test
  void fact55_shortestPathWinsAndEqualPathsAreOneRowPerNextHop() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .peer("ars", "eth0").advertise("0.0.0.0/0"))
        .nva("nva3", NvaVendor.FRR, 65003, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.6", true)
            .peer("ars", "eth0").advertise("0.0.0.0/0", a -> a.prepend(1)))
        .build());
    assertEquals(ips("10.0.2.4", "10.0.2.5"), nextHops(simulation, SPOKE1, "0.0.0.0/0"));
    assertTrue(simulation.effectiveRoutes(SPOKE1).rows().stream()
        .noneMatch(r -> Ipv4Address.parse("10.0.2.6").equals(r.nextHopIp())));
  }

  @Test
  void fact56_ecmpIgnoresWhichAsnsAreInThePath() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
            .advertise("172.20.0.0/16", a -> a.asPath(65001, 64900)))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .peer("ars", "eth0").advertise("172.20.0.0/16", a -> a.asPath(65002, 65002)))
        .build());
    assertEquals(ips("10.0.2.4", "10.0.2.5"), nextHops(simulation, HUB_WORKLOAD, "172.20.0.0/16"));
  }

  private static Simulation erVpnNva(RoutingPreference preference, int nvaPathLength, boolean withVpn) {
    long[] path = new long[nvaPathLength];
    java.util.Arrays.fill(path, 65001);
    NetworkBuilder builder = Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24"),
            r -> r.routingPreference(preference))
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .expressRouteGateway("ergw", "hub")
        .site("dc", 65020, "ergw", s -> s.prefix("10.50.0.0/16"))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true).peer("ars", "eth0")
            .advertise("10.50.0.0/16", a -> a.asPath(path)));
    if (withVpn) {
      builder.site("branch", 65501, "vpngw", s -> s.prefix("10.50.0.0/16"));
    }
    return Simulator.simulate(builder.build());
  }

  @Test
  void fact57_routingPreferenceDecidesBetweenGatewaysAndNvas() {
    // Paths: VPN 65501 (1), ExpressRoute 12076 65020 (2), NVA as given. VPN takes GatewaySubnet .4/.5, ER .6/.7.
    assertEquals(ips("10.0.4.6", "10.0.4.7"),
        nextHops(erVpnNva(RoutingPreference.EXPRESS_ROUTE, 1, true), SPOKE1, "10.50.0.0/16"));
    assertEquals(ips("10.0.2.4", "10.0.4.4", "10.0.4.5"),
        nextHops(erVpnNva(RoutingPreference.VPN_GATEWAY, 1, true), SPOKE1, "10.50.0.0/16"));
    assertEquals(ips("10.0.4.4", "10.0.4.5"),
        nextHops(erVpnNva(RoutingPreference.VPN_GATEWAY, 2, true), SPOKE1, "10.50.0.0/16"));
    assertEquals(ips("10.0.4.4", "10.0.4.5"),
        nextHops(erVpnNva(RoutingPreference.AS_PATH, 3, true), SPOKE1, "10.50.0.0/16"));
    assertEquals(ips("10.0.2.4"), nextHops(erVpnNva(RoutingPreference.AS_PATH, 1, false), SPOKE1, "10.50.0.0/16"));
  }

  @Test
  void fact57_asPathPreferenceStillPrefersExpressRouteOnATie() {
    assertEquals(ips("10.0.4.6", "10.0.4.7"),
        nextHops(erVpnNva(RoutingPreference.AS_PATH, 2, false), SPOKE1, "10.50.0.0/16"));
  }

  @Test
  void fact58_vpnAgainstNvaIsDecidedByPathLengthWithoutBranchToBranch() {
    // The VPN path is 65501 65502; the NVA's is 1, 2 or 3 long.
    for (int prepend = 0; prepend <= 2; prepend++) {
      int times = prepend;
      Simulation simulation = Simulator.simulate(vpnAndNva(false)
          .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
              .peer("ars", "eth0").advertise("192.168.2.0/24", a -> a.prepend(times)))
          .build());
      List<Ipv4Address> expected = switch (prepend) {
        case 0 -> ips("10.0.2.5");
        case 1 -> ips("10.0.2.5", "10.0.4.4", "10.0.4.5");
        default -> ips("10.0.4.4", "10.0.4.5");
      };
      assertEquals(expected, nextHops(simulation, HUB_WORKLOAD, "192.168.2.0/24"), "prepend " + prepend);
    }
  }

  @Test
  void fact61_routesReachTheNvaSubnetAndGatewaySubnetToo() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24")
            .subnet("plain-nva", "10.0.5.0/24"), r -> { })
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.plain-nva", "10.0.5.4", true).peer("ars", "eth0")
            .advertise("172.20.0.0/16"))
        .build());
    assertEquals(ips("10.0.5.4"), nextHops(simulation, SubnetRef.parse("hub/plain-nva"), "172.20.0.0/16"));
    assertEquals(ips("10.0.5.4"), nextHops(simulation, SubnetRef.parse("hub/GatewaySubnet"), "172.20.0.0/16"));
  }

  @Test
  void fact62_udrBeatsBgpAndVnetRoutesBeatMoreSpecificBgp() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")
            .advertise("0.0.0.0/0").advertise("10.2.5.0/24"))
        .build());
    EffectiveRouteTable nvaSubnet = simulation.effectiveRoutes(NVA_SUBNET);
    assertEquals(RouteSource.USER, nvaSubnet.lookup(Ipv4Prefix.DEFAULT_ROUTE).get(0).source());
    EffectiveRouteTable hub = simulation.effectiveRoutes(HUB_WORKLOAD);
    assertEquals(NextHopType.VNET_PEERING, hub.lookup(Ipv4Address.parse("10.2.5.9")).get(0).nextHopType());
    assertTrue(hub.rows().stream().anyMatch(r -> r.prefix().equals(Ipv4Prefix.parse("10.2.5.0/24"))
        && r.state() == RouteState.INVALID), "the overridden BGP row is listed Invalid");
  }

  @Test
  void fact63_propagationOffRemovesEveryBgpRoute() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24")
            .subnet("quiet", "10.0.6.0/24", "rt-quiet"), r -> { })
        .routeTable("rt-quiet", t -> t.bgpPropagation(false))
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .site("onprem", 65501, "vpngw", s -> s.prefix("192.168.2.0/24"))
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true).peer("ars", "eth0")
            .advertise("0.0.0.0/0"))
        .build());
    EffectiveRouteTable quiet = simulation.effectiveRoutes(SubnetRef.parse("hub/quiet"));
    assertTrue(quiet.rows().stream().noneMatch(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY));
    assertTrue(quiet.bgpPropagationDisabled());
  }

  @Test
  void fact64_bgpRowsAreVirtualNetworkGatewayWithOneRowPerNextHop() {
    Simulation simulation = Simulator.simulate(vpnAndNva(false).build());
    List<EffectiveRoute> rows = simulation.effectiveRoutes(SPOKE1).lookup(Ipv4Prefix.parse("192.168.2.0/24"));
    assertEquals(2, rows.size());
    rows.forEach(r -> {
      assertEquals(RouteSource.VIRTUAL_NETWORK_GATEWAY, r.source());
      assertEquals(NextHopType.VIRTUAL_NETWORK_GATEWAY, r.nextHopType());
    });
  }

  @Test
  void fact65_noneRoutesFollowTheVnetSpaceAndDefaultUdr() {
    Simulation simulation = Simulator.simulate(NetworkBuilder.network("none-routes")
        .vnet("equal", v -> v.addressSpace("172.16.0.0/12").subnet("a", "172.16.0.0/24"))
        .vnet("supernet", v -> v.addressSpace("100.0.0.0/8").subnet("a", "100.64.0.0/24"))
        .vnet("forced", v -> v.addressSpace("10.30.0.0/16").subnet("a", "10.30.0.0/24", "rt-forced"))
        .routeTable("rt-forced", t -> t.routeToAppliance("default", "0.0.0.0/0", "10.30.0.100"))
        .build());
    List<EffectiveRoute> equal = simulation.effectiveRoutes(SubnetRef.parse("equal/a")).rows();
    assertTrue(equal.stream().noneMatch(r -> r.nextHopType() == NextHopType.NONE
        && r.prefix().equals(Ipv4Prefix.parse("172.16.0.0/12"))));
    assertEquals(NextHopType.VNET_LOCAL, simulation.effectiveRoutes(SubnetRef.parse("equal/a"))
        .lookup(Ipv4Address.parse("172.20.0.1")).get(0).nextHopType());
    assertTrue(simulation.effectiveRoutes(SubnetRef.parse("supernet/a")).rows().stream()
        .noneMatch(r -> r.prefix().equals(Ipv4Prefix.parse("100.64.0.0/10"))));
    assertTrue(simulation.effectiveRoutes(SubnetRef.parse("forced/a")).rows().stream()
        .noneMatch(r -> r.nextHopType() == NextHopType.NONE));
    assertEquals(4, simulation.effectiveRoutes(SubnetRef.parse("supernet/a")).rows().stream()
        .filter(r -> r.nextHopType() == NextHopType.NONE).count(), "10/8, 172.16/12, 192.168/16 and 127/8 stay");
  }

  @Test
  void fact85_loopbackRangeIsRoutedToNoneLikeThePrivateRanges() {
    Simulation simulation = Simulator.simulate(NetworkBuilder.network("reserved")
        .vnet("plain", v -> v.addressSpace("10.30.0.0/16").subnet("a", "10.30.0.0/24")).build());
    EffectiveRouteTable table = simulation.effectiveRoutes(SubnetRef.parse("plain/a"));
    assertTrue(table.rows().stream().anyMatch(r -> r.prefix().equals(Ipv4Prefix.parse("127.0.0.0/8"))
        && r.nextHopType() == NextHopType.NONE && r.source() == RouteSource.DEFAULT));
    assertEquals(NextHopType.NONE, table.lookup(Ipv4Address.parse("127.0.0.1")).get(0).nextHopType());
    assertEquals(NextHopType.NONE, typeOf(simulation, SubnetRef.parse("plain/a"), "172.16.0.0/12"));
  }

  @Test
  void fact66_overriddenSamePrefixRoutesAreInvalid() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
    List<EffectiveRoute> nvaSubnet = simulation.effectiveRoutes(NVA_SUBNET).rows();
    assertTrue(nvaSubnet.stream().anyMatch(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY
        && r.state() == RouteState.INVALID && r.prefix().length() == 0));
    assertTrue(nvaSubnet.stream().anyMatch(r -> r.source() == RouteSource.DEFAULT
        && r.nextHopType() == NextHopType.INTERNET && r.state() == RouteState.INVALID));
  }

  @Test
  void fact84_aBgpDefaultReplacesTheSystemDefaultRowWhileAUdrDefaultLeavesItInvalid() {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
    List<EffectiveRoute> spoke = simulation.effectiveRoutes(SPOKE1).rows();
    assertEquals(List.of(RouteSource.VIRTUAL_NETWORK_GATEWAY), spoke.stream().filter(r -> r.prefix().length() == 0)
        .map(EffectiveRoute::source).toList(), "no Default 0.0.0.0/0 row under a BGP default");
    assertTrue(spoke.stream().noneMatch(r -> r.nextHopType() == NextHopType.NONE), "nor None rows");
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), nextHops(simulation, SPOKE1, "0.0.0.0/0"));
    Simulation forced = Simulator.simulate(NetworkBuilder.network("udr-default")
        .vnet("forced", v -> v.addressSpace("10.30.0.0/16").subnet("a", "10.30.0.0/24", "rt-forced"))
        .routeTable("rt-forced", t -> t.routeToAppliance("default", "0.0.0.0/0", "10.30.0.100"))
        .build());
    assertTrue(forced.effectiveRoutes(SubnetRef.parse("forced/a")).rows().stream().anyMatch(r ->
        r.source() == RouteSource.DEFAULT && r.prefix().length() == 0 && r.state() == RouteState.INVALID),
        "a UDR default leaves the Default row, Invalid");
  }

  @Test
  void fact71_gatewayRoutesAreProgrammedWithoutRouteServer() {
    Simulation simulation = Simulator.simulate(NetworkBuilder.network("vpn-only")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16").subnet("GatewaySubnet", "10.0.4.0/24"))
        .vnet("spoke", v -> v.addressSpace("10.1.0.0/16").subnet("workload", "10.1.0.0/24"))
        .peering("hub", "spoke", p -> p.transitVia("hub"))
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .site("onprem", 65501, "vpngw", s -> s.prefix("192.168.2.0/24"))
        .vm("vm", "spoke.workload", "10.1.0.4")
        .build());
    assertEquals(ips("10.0.4.4", "10.0.4.5"), nextHops(simulation, SubnetRef.parse("spoke/workload"),
        "192.168.2.0/24"));
    Trace trace = Fixtures.trace(simulation, "vm", "192.168.2.7");
    assertEquals(TraceResult.DELIVERED, trace.primary().result());
    assertTrue(trace.primary().reason().contains("site onprem"));
  }

  private static Simulation vpnOnly(Consumer<NetworkBuilder.GatewaySpec> gateway) {
    return Simulator.simulate(NetworkBuilder.network("vpn-only")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16").subnet("GatewaySubnet", "10.0.4.0/24"))
        .vnet("spoke", v -> v.addressSpace("10.1.0.0/16").subnet("workload", "10.1.0.0/24"))
        .peering("hub", "spoke", p -> p.transitVia("hub"))
        .vpnGateway("vpngw", "hub", gateway)
        .site("onprem", 65501, "vpngw", s -> s.prefix("192.168.2.0/24"))
        .vm("vm", "spoke.workload", "10.1.0.4")
        .build());
  }

  @Test
  void fact83_aSingleInstanceVpnGatewayProgramsItsPublicIpAndAnActiveActiveOneItsBgpAddresses() {
    // As the WhatTheHack BGP guide printed it: VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 13.70.194.156
    Simulation single = vpnOnly(g -> g.publicIp("13.70.194.156"));
    SubnetRef spoke = SubnetRef.parse("spoke/workload");
    assertEquals(ips("13.70.194.156"), nextHops(single, spoke, "192.168.2.0/24"));
    assertEquals(ips("13.70.194.156"), nextHops(single, SubnetRef.parse("hub/GatewaySubnet"), "192.168.2.0/24"));
    Trace trace = Fixtures.trace(single, "vm", "192.168.2.7");
    assertEquals(TraceResult.DELIVERED, trace.primary().result(), "the public IP leads to the gateway and its site");
    assertTrue(trace.primary().reason().contains("site onprem"));
    assertEquals(ips("192.0.2.1"), nextHops(vpnOnly(g -> { }), spoke, "192.168.2.0/24"),
        "without public-ip: a documentation address (RFC 5737) stands in");
    assertEquals(ips("10.0.4.4", "10.0.4.5"), nextHops(vpnOnly(g -> g.activeActive().publicIp("13.70.194.156")), spoke,
        "192.168.2.0/24"));
  }

  @Test
  void fact74_defaultRouteLoopsThroughTheNvaSubnetWithoutARouteTable() {
    assertEquals(TraceResult.LOOP, Fixtures.trace(Simulator.simulate(Seeds.defaultRouteLoop(false)), "web",
        "8.8.8.8").primary().result());
    assertEquals(TraceResult.INTERNET, Fixtures.trace(Simulator.simulate(Seeds.defaultRouteLoop(true)), "web",
        "8.8.8.8").primary().result());
  }

  @Test
  void fact20_crashIsDetectedAfterTheHoldTime() {
    var network = oneNva(65001, n -> n.peer("ars", "eth0").advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0", a -> a.prepend(1)))
        .scenario("crash", s -> s.fail("nva1", FailureMode.CRASH))
        .build();
    var nva1 = network.nva("nva1").orElseThrow();
    assertEquals(Duration.ofSeconds(180), nva1.bgp().routeServerPeerings().get(0).hold());
    Outage outage = Simulator.simulate(network, network.scenario("crash").orElseThrow())
        .outage("spoke1vm", org.routesrv.dsl.network.Destination.ip("8.8.8.8"));
    assertEquals(Duration.ofSeconds(219), outage.longest(), outage.toString());
  }

  /** nva1 wins 0.0.0.0/0, nva2 takes over; the Route Server configured by {@code routeServer}. */
  private static Network failover(Consumer<NetworkBuilder.RouteServerSpec> routeServer) {
    return Fixtures.hubAndSpokes(v -> { }, routeServer)
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0", p -> p.timers(Duration.ofSeconds(20), Duration.ofSeconds(60)))
            .advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0", a -> a.prepend(1)))
        .scenario("crash", s -> s.fail("nva1", FailureMode.CRASH)
            .expect(new Expectation.Outage(SourceRef.synthetic("expect outage spoke1vm -> 8.8.8.8 at-most 90s"),
                "spoke1vm", Destination.ip("8.8.8.8"), Duration.ofSeconds(90))))
        .scenario("graceful", s -> s.fail("nva1", FailureMode.GRACEFUL))
        .build();
  }

  @Test
  void fact91_theProgrammingDelayIsARangeSoEveryOutageIsOneAndTheWorstCaseDecides() {
    Network measured = failover(r -> { });
    ScenarioSimulation crash = Simulator.simulate(measured, measured.scenario("crash").orElseThrow());
    Outage outage = crash.outage("spoke1vm", Destination.ip("8.8.8.8"));
    assertEquals(List.of(Duration.ofSeconds(62), Duration.ofSeconds(99)), List.of(outage.shortest(), outage.longest()),
        "hold 60s + a couple of seconds (2021) to 39s (2026)");
    assertEquals("hold timer 60s + programming delay 2s-39s", outage.cause());
    assertFalse(ExpectationChecker.checkScenario(crash).get(0).passed(), "at-most 90s fails: the worst case is 99s");
    Outage graceful = Simulator.simulate(measured, measured.scenario("graceful").orElseThrow())
        .outage("spoke1vm", Destination.ip("8.8.8.8"));
    assertEquals("2s-39s", graceful.window());
    Network written = failover(r -> r.programmingDelay(Duration.ofSeconds(5), Duration.ofSeconds(20)));
    ScenarioSimulation writtenCrash = Simulator.simulate(written, written.scenario("crash").orElseThrow());
    assertEquals("65s-80s", writtenCrash.outage("spoke1vm", Destination.ip("8.8.8.8")).window());
    assertTrue(ExpectationChecker.checkScenario(writtenCrash).get(0).passed());
  }


  @Test
  void fact6_fact13_routeServerDefaultsToStandardPublicIpAndTwoUnits() {
    var server = Simulator.simulate(Fixtures.hubAndSpokes().build()).routeServers().get(0);
    assertEquals(org.routesrv.dsl.network.PublicIpSku.STANDARD, server.publicIp());
    assertEquals(2, server.capacity());
  }

  @Test
  void fact14_routeServerSpeaksAs65515() throws Exception {
    Simulation simulation = Simulator.simulate(oneNva(65001, n -> n.peer("ars", "eth0")).build());
    assertTrue(simulation.advertisedRoutes("ars", "nva1", IN_0).stream()
        .allMatch(r -> r.asPath().asns().get(0) == 65515L));
    JsonNode json = new ObjectMapper().readTree(
        org.routesrv.dsl.simulation.output.JsonRenderer.render(SimulationReport.baseline(simulation)));
    assertEquals(65515, json.at("/routeServers/ars/virtualRouterAsn").asInt());
  }

  @Test
  void fact60_aDuplicateUdrPrefixLeavesTheFirstActive() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes()
        .routeTable("rt-dup", t -> t.route("first", "172.20.0.0/16", UserRouteNextHop.NONE)
            .route("second", "172.20.0.0/16", UserRouteNextHop.INTERNET))
        .vnet("dup", v -> v.addressSpace("10.8.0.0/16").subnet("a", "10.8.0.0/24", "rt-dup"))
        .build());
    EffectiveRouteTable table = simulation.effectiveRoutes(SubnetRef.parse("dup/a"));
    assertEquals("first", table.lookup(Ipv4Prefix.parse("172.20.0.0/16")).get(0).name());
    assertTrue(table.rows().stream().anyMatch(r -> "second".equals(r.name()) && r.state() == RouteState.INVALID));
  }

  @Test
  void fact68_vpnGatewayAsnDefaultsTo65515AndAddsNoAsnToThePath() {
    var network = vpnAndNva(false).build();
    assertEquals(65515, ((org.routesrv.dsl.network.VpnGateway) network.gateway("vpngw").orElseThrow()).asn());
    EffectiveRoute programmed = Simulator.simulate(network).effectiveRoutes(SPOKE1)
        .lookup(Ipv4Prefix.parse("192.168.2.0/24")).get(0);
    assertEquals("65501 65502", programmed.origin().asPath().toString());
    assertEquals(RouteOriginKind.VPN_GATEWAY, programmed.origin().kind());
  }

  @Test
  void fact69_gatewaysAreNotListedAsRouteServerPeers() {
    Simulation simulation = Simulator.simulate(vpnAndNva(true).build());
    assertEquals(List.of("nva1"), simulation.peers("ars").stream().map(RouteServerPeer::nva).toList());
  }
}
