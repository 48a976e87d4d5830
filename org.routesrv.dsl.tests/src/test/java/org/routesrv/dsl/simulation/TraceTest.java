package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NicForwarding;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.UserRouteNextHop;

/** How packets move through subnets, NVAs and gateways, and every way a trace can end. */
class TraceTest {

  private static Simulation withNva(NvaVendor vendor, Consumer<NetworkBuilder.NvaSpec> nva,
      Consumer<NetworkBuilder> more) {
    NetworkBuilder builder = Fixtures.hubAndSpokes().nva("nva1", vendor, 65001, n -> {
      n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true);
      nva.accept(n);
    });
    more.accept(builder);
    return Simulator.simulate(builder.build());
  }

  @Test
  void vmToVmInTheSameVnetIsDeliveredThroughNoNva() {
    Simulation simulation = withNva(NvaVendor.FRR, n -> { }, b -> b.vm("hubvm2", "hub.workload", "10.0.3.5"));
    TracePath path = Fixtures.trace(simulation, "hubvm", "10.0.3.5").primary();
    assertEquals(TraceResult.DELIVERED, path.result());
    assertEquals("delivered to vm hubvm2 (10.0.3.5)", path.reason());
    assertEquals(NextHopType.VNET_LOCAL, path.lastSubnetRoute().nextHopType());
    assertTrue(path.nodes().isEmpty());
  }

  @Test
  void fact61_arrivingOnANicWithoutIpForwardingIsDropped() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", false)
            .peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
    TracePath path = Fixtures.trace(simulation, "spoke1vm", "8.8.8.8").primary();
    assertEquals(TraceResult.DROPPED, path.result());
    assertEquals("nva1/eth0 has IP forwarding off: " + NicForwarding.Drop.RECEIVED_FOR_ANOTHER_ADDRESS.reason()
        + " (destination 8.8.8.8)", path.reason());
  }

  /**
   * Facts 41, 61: the NVA forwards without SNAT out of a NIC without IP forwarding, so the packet leaves with vm's
   * source address and Azure drops it there: at the NVA's hop, for the reason {@link NicForwarding} gives the validator.
   */
  @Test
  void fact61_leavingANicWithoutIpForwardingWithAnotherSourceIsDroppedAtTheNva() {
    TracePath path = Fixtures.trace(twoNics(false), "spoke1vm", "8.8.8.8").primary();
    assertEquals(TraceResult.DROPPED, path.result());
    assertEquals(List.of("nva1"), path.nodes());
    assertEquals("nva1", path.hops().get(path.hops().size() - 1).node());
    assertEquals("nva1/outside has IP forwarding off: " + NicForwarding.Drop.SENT_FROM_ANOTHER_ADDRESS.reason()
        + " (source 10.1.0.4)", path.reason());
  }

  @Test
  void fact61_sourceNatLeavesFromTheNicsOwnAddressWhichNeedsNoForwarding() {
    TracePath path = Fixtures.trace(twoNics(true), "spoke1vm", "8.8.8.8").primary();
    assertEquals(TraceResult.INTERNET, path.result(), path.reason());
  }

  /** An NVA receiving on eth0 (IP forwarding on) and sending to the internet out of outside (off). */
  private static Simulation twoNics(boolean snat) {
    return Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("outside", "10.0.5.0/24", "rt-nva"), r -> { })
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .nic("outside", "hub.outside", "10.0.5.4", false)
            .staticVia("0.0.0.0/0", "outside")
            .snat(snat)
            .peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
  }

  @Test
  void packetsAddressedToTheNvaItselfNeedNoForwarding() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", false))
        .build());
    assertEquals(TraceResult.DELIVERED, Fixtures.trace(simulation, "spoke1vm", "10.0.2.4").primary().result());
  }

  @Test
  void peeringSideRefusingForwardedTrafficDropsUnlessTheNvaSourceNats() {
    Consumer<NetworkBuilder> spoke3 = b -> b
        .vnet("spoke3", v -> v.addressSpace("10.3.0.0/16").subnet("workload", "10.3.0.0/24"))
        .peering("hub", "spoke3", p -> p.forwardedTraffic(false))
        .vm("spoke3vm", "spoke3.workload", "10.3.0.4");
    Consumer<NetworkBuilder.NvaSpec> nva = n -> n.staticVia("10.0.0.0/8", "eth0").peer("ars", "eth0")
        .advertise("10.3.0.0/16");
    TracePath refused = Fixtures.trace(withNva(NvaVendor.FRR, nva, spoke3), "spoke1vm", "10.3.0.4").primary();
    assertEquals(TraceResult.DROPPED, refused.result());
    assertTrue(refused.reason().contains("refuses forwarded traffic"), refused.reason());
    TracePath natted = Fixtures.trace(withNva(NvaVendor.FRR, nva.andThen(n -> n.snat(true)), spoke3), "spoke1vm",
        "10.3.0.4").primary();
    assertEquals(TraceResult.DELIVERED, natted.result());
    assertEquals(List.of("nva1"), natted.nodes());
  }

  @Test
  void siteBehindAnNvaIsAnnouncedWithTheNvaAsnAndReachedThroughIt() {
    Simulation simulation = withNva(NvaVendor.FRR, n -> n.peer("ars", "eth0"),
        b -> b.site("branch", 65300, "nva1", s -> s.prefix("192.168.50.0/24", 65301)));
    assertEquals("65001-65300-65301", simulation.peer("ars", "nva1").learned(org.routesrv.dsl.network
        .RouteServerInstance.FIRST).get(0).route().asPath().toAzureString());
    TracePath path = Fixtures.trace(simulation, "spoke1vm", "192.168.50.9").primary();
    assertEquals(TraceResult.DELIVERED, path.result());
    assertEquals("delivered to site branch through nva1", path.reason());
  }

  @Test
  void exabgpAnnouncesOnlyItsConfiguredRoutes() {
    Simulation simulation = withNva(NvaVendor.EXABGP, n -> n.peer("ars", "eth0").advertise("172.20.0.0/16"),
        b -> b.site("branch", 65300, "nva1", s -> s.prefix("192.168.50.0/24")));
    assertEquals(List.of("172.20.0.0/16"), simulation.peer("ars", "nva1").announced().stream()
        .map(r -> r.prefix().toString()).toList());
  }

  @Test
  void vendorDistancesPreferStaticOverBgpForTheSamePrefix() {
    Consumer<NetworkBuilder.NvaSpec> nva = n -> n.staticVia("10.1.0.0/16", "eth0").peer("ars", "eth0");
    NvaRoute panos = withNva(NvaVendor.PANOS, nva, b -> { }).nvaRoutes("nva1").lookup(Ipv4Address.parse("10.1.0.4"))
        .get(0);
    assertEquals(NvaRouteProtocol.STATIC, panos.protocol());
    assertEquals(10, panos.distance());
    NvaRoute frr = withNva(NvaVendor.FRR, nva, b -> { }).nvaRoutes("nva1").lookup(Ipv4Address.parse("10.1.0.4"))
        .get(0);
    assertEquals(1, frr.distance());
    NvaRoute bgp = withNva(NvaVendor.FRR, n -> n.peer("ars", "eth0"), b -> { }).nvaRoutes("nva1")
        .lookup(Ipv4Address.parse("10.1.0.4")).get(0);
    assertEquals(NvaRouteProtocol.BGP, bgp.protocol());
    assertEquals(20, bgp.distance());
    assertEquals("65515", bgp.asPath().toString());
  }

  @Test
  void staticViaAnAddressLeavesByTheNicOfThatSubnet() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("inside", "10.0.5.0/24"), r -> { })
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .nic("eth1", "hub.inside", "10.0.5.4", true)
            .staticTo("172.30.0.0/16", "10.0.5.1"))
        .build());
    NvaRoute route = simulation.nvaRoutes("nva1").lookup(Ipv4Address.parse("172.30.1.1")).get(0);
    assertEquals("eth1", route.egressNic());
    assertEquals(Ipv4Address.parse("10.0.5.1"), route.nextHop());
  }

  @Test
  void staticViaNicHandsThePacketToThatSubnetsRoutes() {
    Simulation simulation = withNva(NvaVendor.FRR, n -> n.staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0")
        .advertise("0.0.0.0/0"), b -> { });
    TracePath path = Fixtures.trace(simulation, "spoke1vm", "8.8.8.8").primary();
    assertEquals(TraceResult.INTERNET, path.result());
    TraceHop last = path.hops().get(path.hops().size() - 1);
    assertEquals("nva1/eth0", last.at());
    assertEquals(Fixtures.NVA_SUBNET, last.subnet());
    assertEquals(RouteSource.USER, ((EffectiveRoute) last.route()).source());
  }

  @Test
  void nvaWithoutARouteDrops() {
    Simulation simulation = withNva(NvaVendor.FRR, n -> n.peer("ars", "eth0").advertise("172.20.0.0/16"), b -> { });
    TracePath path = Fixtures.trace(simulation, "spoke1vm", "172.20.1.1").primary();
    assertEquals(TraceResult.DROPPED, path.result());
    assertEquals("nva1 has no route to 172.20.1.1", path.reason());
  }

  @Test
  void ecmpFollowsEveryNextHop() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes()
        .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.4", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0"))
        .nva("nva2", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.nva-subnet", "10.0.2.5", true)
            .staticVia("0.0.0.0/0", "eth0").peer("ars", "eth0").advertise("0.0.0.0/0"))
        .build());
    Trace trace = Fixtures.trace(simulation, "spoke1vm", "8.8.8.8");
    assertEquals(List.of(List.of("nva1"), List.of("nva2")), trace.paths().stream().map(TracePath::nodes).toList());
    assertTrue(trace.allReachDestination());
  }

  @Test
  void udrToGatewayReachesTheSiteBehindTheVpnGateway() {
    Simulation simulation = Simulator.simulate(Fixtures.hubAndSpokes(v -> v.subnet("GatewaySubnet", "10.0.4.0/24")
            .subnet("forced", "10.0.6.0/24", "rt-forced"), r -> { })
        .routeTable("rt-forced", t -> t.route("to-onprem", "0.0.0.0/0", UserRouteNextHop.GATEWAY))
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .site("onprem", 65501, "vpngw", s -> s.prefix("0.0.0.0/0"))
        .vm("forcedvm", "hub.forced", "10.0.6.4")
        .build());
    TracePath path = Fixtures.trace(simulation, "forcedvm", "8.8.8.8").primary();
    assertEquals(TraceResult.DELIVERED, path.result());
    assertEquals(List.of("vpngw"), path.nodes());
  }

  @Test
  void addressOutsideEverySubnetButInsideTheVnetIsDropped() {
    Simulation simulation = withNva(NvaVendor.FRR, n -> { }, b -> { });
    TracePath path = Fixtures.trace(simulation, "hubvm", "10.0.200.1").primary();
    assertEquals(TraceResult.DROPPED, path.result());
    assertEquals("no subnet holds 10.0.200.1", path.reason());
  }

  @Test
  void noneRouteDrops() {
    TracePath path = Fixtures.trace(withNva(NvaVendor.FRR, n -> { }, b -> { }), "hubvm", "192.168.1.1").primary();
    assertEquals(TraceResult.DROPPED, path.result());
    assertEquals("route 192.168.0.0/16 has next hop None", path.reason());
  }
}
