package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.ExpressRouteGateway;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.ScenarioEvent;
import org.routesrv.dsl.network.VpnGateway;

/** The defaults of language.md, as the builder (and the lowering) resolve them. */
class NetworkBuilderTest {

  private static final Network NETWORK = NetworkBuilder.network("defaults")
      .location("westeurope")
      .vnet("hub", v -> v.addressSpace("10.0.0.0/16")
          .subnet("GatewaySubnet", "10.0.0.0/27")
          .subnet("RouteServerSubnet", "10.0.1.64/26")
          .subnet("outside", "10.0.2.0/24")
          .subnet("inside", "10.0.3.0/24"))
      .vnet("dr", v -> v.location("northeurope").addressSpace("10.9.0.0/16")
          .subnet("GatewaySubnet", "10.9.0.0/27"))
      .routeServer("ars", "hub")
      .vpnGateway("vpn", "hub", g -> g.activeActive())
      .expressRouteGateway("er", "hub")
      .vpnGateway("drvpn", "dr", g -> g.asn(65010))
      .expressRouteGateway("drer", "dr", g -> g.bgpIps("10.9.0.20", "10.9.0.21"))
      .nva("fw", NvaVendor.PANOS, 65001, n -> n
          .nic("outside", "hub.outside", "10.0.2.4")
          .nic("inside", "hub.inside", "10.0.3.4", true)
          .staticVia("0.0.0.0/0", "outside")
          .staticTo("10.0.0.0/8", "10.0.3.1")
          .peer("ars", "inside")
          .advertise("0.0.0.0/0", a -> a.prepend(2))
          .advertise("172.16.0.0/12", a -> a.asPath(65001, 65100).noAdvertise().community("65001:7"))
          .advertise("192.168.0.0/16", a -> a.nextHop("10.0.3.100").to("ars")))
      .nva("tuned", NvaVendor.FRR, 65002, n -> n.nic("eth0", "hub.inside", "10.0.3.5", true).routerId("1.1.1.1")
          .peer("ars", "eth0", p -> p.timers(Duration.ofSeconds(20), Duration.ofSeconds(60))
              .instances(InstanceSelection.SECOND)))
      .scenario("again", s -> s.advertise("fw", "10.50.0.0/16", a -> a.prepend(1)))
      .build();

  private static Nva fw() {
    return NETWORK.nva("fw").orElseThrow();
  }

  @Test
  void routeServerDefaults() {
    RouteServer ars = NETWORK.routeServer("ars").orElseThrow();
    assertEquals(List.of(Ipv4Address.parse("10.0.1.68"), Ipv4Address.parse("10.0.1.69")), ars.instanceIps());
    assertEquals(org.routesrv.dsl.network.ProgrammingDelay.MEASURED, ars.programmingDelay());
    assertEquals(RoutingPreference.EXPRESS_ROUTE, ars.routingPreference());
    assertEquals(2, ars.capacity());
  }

  @Test
  void peeringDefaultsToRouteServerTimersAndBothInstances() {
    var peering = fw().bgp().routeServerPeerings().get(0);
    assertEquals(Ipv4Address.parse("10.0.3.4"), peering.peerIp());
    assertEquals(Duration.ofSeconds(60), peering.keepalive());
    assertEquals(Duration.ofSeconds(180), peering.hold());
    assertEquals(InstanceSelection.BOTH, peering.instances());
    var tuned = NETWORK.nva("tuned").orElseThrow().bgp();
    assertEquals(Duration.ofSeconds(60), tuned.routeServerPeerings().get(0).hold());
    assertEquals(InstanceSelection.SECOND, tuned.routeServerPeerings().get(0).instances());
    assertEquals(Ipv4Address.parse("1.1.1.1"), tuned.routerId());
  }

  @Test
  void routerIdAndNextHopDefaultToThePeeringNic() {
    assertEquals(Ipv4Address.parse("10.0.3.4"), fw().bgp().routerId());
    List<Advertisement> advertisements = fw().bgp().advertisements();
    assertEquals(Ipv4Address.parse("10.0.3.4"), advertisements.get(0).nextHop());
    assertEquals(Ipv4Address.parse("10.0.3.100"), advertisements.get(2).nextHop());
    assertEquals("ars", advertisements.get(2).toPeer());
    assertNull(advertisements.get(0).toPeer());
  }

  @Test
  void prependAsPathAndNoAdvertiseResolveIntoPathAndCommunities() {
    List<Advertisement> advertisements = fw().bgp().advertisements();
    assertEquals(AsPath.of(65001, 65001, 65001), advertisements.get(0).asPath());
    assertEquals(AsPath.of(65001, 65100), advertisements.get(1).asPath());
    assertEquals(List.of(Community.parse("65001:7"), Community.NO_ADVERTISE), advertisements.get(1).communities());
    assertTrue(advertisements.get(1).noAdvertise());
  }

  @Test
  void staticViaNicGoesToTheSubnetsAzureGateway() {
    assertEquals(Ipv4Address.parse("10.0.2.1"), fw().statics().get(0).nextHop());
    assertEquals("outside", fw().statics().get(0).nic());
    assertNull(fw().statics().get(1).nic());
  }

  @Test
  void gatewaysTakeGatewaySubnetAddressesInOrder() {
    assertEquals(List.of(Ipv4Address.parse("10.0.0.4"), Ipv4Address.parse("10.0.0.5")),
        NETWORK.gateway("vpn").orElseThrow().bgpIps());
    assertEquals(65515, ((VpnGateway) NETWORK.gateway("vpn").orElseThrow()).asn());
    assertEquals(List.of(Ipv4Address.parse("10.0.0.6"), Ipv4Address.parse("10.0.0.7")),
        NETWORK.gateway("er").orElseThrow().bgpIps());
    assertEquals(List.of(Ipv4Address.parse("10.9.0.4")), NETWORK.gateway("drvpn").orElseThrow().bgpIps());
    assertEquals(List.of(Ipv4Address.parse("10.9.0.20"), Ipv4Address.parse("10.9.0.21")),
        ((ExpressRouteGateway) NETWORK.gateway("drer").orElseThrow()).bgpIps());
  }

  @Test
  void vnetLocationFallsBackToTheNetworkLocation() {
    assertEquals("westeurope", NETWORK.vnet("hub").orElseThrow().location());
    assertEquals("northeurope", NETWORK.vnet("dr").orElseThrow().location());
  }

  @Test
  void scenarioAnnouncementsResolveLikeAdvertisements() {
    var event = (ScenarioEvent.Announcement) NETWORK.scenario("again").orElseThrow().events().get(0);
    assertEquals(AsPath.of(65001, 65001), event.advertisement().asPath());
    assertEquals(Ipv4Address.parse("10.0.3.4"), event.advertisement().nextHop());
  }

  @Test
  void routeServerNeedsItsSubnet() {
    assertThrows(IllegalArgumentException.class, () -> NetworkBuilder.network("broken")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16")).routeServer("ars", "hub").build());
  }
}
