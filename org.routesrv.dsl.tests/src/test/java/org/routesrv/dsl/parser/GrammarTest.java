package org.routesrv.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.AdvertiseEvent;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.AdvertisedExpectation;
import org.routesrv.dsl.rsnet.BgpNeighbor;
import org.routesrv.dsl.rsnet.ExpressRouteGateway;
import org.routesrv.dsl.rsnet.FailureMode;
import org.routesrv.dsl.rsnet.Instance;
import org.routesrv.dsl.rsnet.InstanceFailure;
import org.routesrv.dsl.rsnet.InstanceSelection;
import org.routesrv.dsl.rsnet.IpDestination;
import org.routesrv.dsl.rsnet.KeywordTarget;
import org.routesrv.dsl.rsnet.LearnedExpectation;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.NextHopType;
import org.routesrv.dsl.rsnet.NoAdvertisedExpectation;
import org.routesrv.dsl.rsnet.NoRouteExpectation;
import org.routesrv.dsl.rsnet.NodeTarget;
import org.routesrv.dsl.rsnet.Nsg;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.NvaFailure;
import org.routesrv.dsl.rsnet.NvaRestore;
import org.routesrv.dsl.rsnet.OutageExpectation;
import org.routesrv.dsl.rsnet.Peering;
import org.routesrv.dsl.rsnet.PublicIpSku;
import org.routesrv.dsl.rsnet.RouteExpectation;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.RouteTable;
import org.routesrv.dsl.rsnet.RoutingPreference;
import org.routesrv.dsl.rsnet.Scenario;
import org.routesrv.dsl.rsnet.SessionExpectation;
import org.routesrv.dsl.rsnet.SessionState;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.TargetKind;
import org.routesrv.dsl.rsnet.TraceExpectation;
import org.routesrv.dsl.rsnet.TraceOutcome;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.NodeDestination;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.rsnet.VpnGateway;
import org.routesrv.dsl.rsnet.Withdrawal;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/** Every construct and option of the language reference, and the model each one produces. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class GrammarTest {

  /** A hub, a spoke, a Route Server and an NVA that most of the tests below build on. */
  private static final String BASE = """
      network contoso.hubspoke
      vnet hub {
          address-space 10.0.0.0/16
          subnet GatewaySubnet 10.0.0.0/27
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24
          subnet workload 10.0.3.0/24
      }
      vnet spoke1 {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      route-server ars in hub
      nva fw1 vendor panos asn 65001 {
          nic eth0 hub.nva 10.0.2.4 ip-forwarding
          bgp {
              peer ars via eth0
              advertise 0.0.0.0/0
          }
      }
      vm vm1 in spoke1.workload 10.1.0.4
      """;

  @Inject ModelFixture fixture;

  private <T> T only(Model model, Class<T> type) {
    List<T> found = model.getElements().stream().filter(type::isInstance).map(type::cast).toList();
    assertEquals(1, found.size(), "expected one " + type.getSimpleName());
    return found.get(0);
  }

  private <T> T last(Model model, Class<T> type) {
    List<T> found = model.getElements().stream().filter(type::isInstance).map(type::cast).toList();
    return found.get(found.size() - 1);
  }

  private Vnet vnet(Model model, String name) {
    return model.getElements().stream().filter(Vnet.class::isInstance).map(Vnet.class::cast)
        .filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
  }

  private Nva nva(Model model, String name) {
    return model.getElements().stream().filter(Nva.class::isInstance).map(Nva.class::cast)
        .filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void networkHasQualifiedNameAndOptionalLocation() {
    Model model = fixture.parseClean("network contoso.hub-spoke.prod\nlocation westeurope\n");
    assertEquals("contoso.hub-spoke.prod", model.getName());
    assertEquals("westeurope", model.getLocation());
  }

  @Test
  void vnetWithLocationSeveralAddressSpacesAndSubnetOptions() {
    Model model = fixture.parseClean("""
        network n
        vnet hub location northeurope {
            address-space 10.0.0.0/16, 10.10.0.0/16
            subnet untrusted 10.0.2.0/24 route-table rt-untrusted nsg nsg-a
            subnet trusted 10.10.3.0/24 nsg nsg-a route-table rt-untrusted
            subnet plain 10.0.4.0/24
        }
        route-table rt-untrusted { bgp-propagation off }
        nsg nsg-a
        """);
    Vnet hub = vnet(model, "hub");
    assertEquals("northeurope", hub.getLocation());
    assertEquals(List.of(Ipv4Prefix.parse("10.0.0.0/16"), Ipv4Prefix.parse("10.10.0.0/16")),
        hub.getAddressSpaces().get(0).getPrefixes());
    assertEquals(3, hub.getSubnets().size());
    RouteTable table = only(model, RouteTable.class);
    Nsg nsg = only(model, Nsg.class);
    assertSame(table, hub.getSubnets().get(0).getRouteTable());
    assertSame(nsg, hub.getSubnets().get(0).getNsg());
    assertSame(table, hub.getSubnets().get(1).getRouteTable(), "options in any order");
    assertSame(nsg, hub.getSubnets().get(1).getNsg());
    assertNull(hub.getSubnets().get(2).getRouteTable());
    assertEquals(Ipv4Prefix.parse("10.0.2.0/24"), hub.getSubnets().get(0).getPrefix());
  }

  @Test
  void peeringWithTransitAndForwardedTraffic() {
    Model model = fixture.parseClean(BASE + """
        peering hub <-> spoke1 { transit via hub forwarded-traffic off }
        """);
    Peering peering = only(model, Peering.class);
    assertEquals("hub", peering.getLeft().getName());
    assertEquals("spoke1", peering.getRight().getName());
    assertEquals("hub", peering.getTransitVia().getName());
    assertEquals(Boolean.FALSE, peering.getForwardedTraffic());
  }

  @Test
  void plainPeeringHasNoOptions() {
    Peering peering = only(fixture.parseClean(BASE + "peering hub <-> spoke1\n"), Peering.class);
    assertNull(peering.getTransitVia());
    assertNull(peering.getForwardedTraffic(), "not written: the default applies");
    assertTrue(peering.getAllowGatewayTransit().isEmpty());
  }

  @Test
  void peeringWithExplicitGatewayFlags() {
    Peering peering = only(fixture.parseClean(BASE + """
        peering hub <-> spoke1 {
            allow-gateway-transit hub
            use-remote-gateways spoke1
        }
        """), Peering.class);
    assertEquals("hub", peering.getAllowGatewayTransit().get(0).getName());
    assertEquals("spoke1", peering.getUseRemoteGateways().get(0).getName());
  }

  @Test
  void routeTableWithEveryNextHopType() {
    RouteTable table = only(fixture.parseClean("""
        network n
        route-table rt {
            bgp-propagation on
            route to-fw 0.0.0.0/0 -> appliance 10.0.2.4
            route out 8.8.8.0/24 -> internet
            route local 10.0.0.0/8 -> vnet-local
            route onprem 192.168.0.0/16 -> gateway
            route blackhole 100.64.0.0/10 -> none
        }
        """), RouteTable.class);
    assertEquals(Boolean.TRUE, table.getBgpPropagation());
    assertEquals(List.of(NextHopType.APPLIANCE, NextHopType.INTERNET, NextHopType.VNET_LOCAL, NextHopType.GATEWAY,
        NextHopType.NONE), table.getRoutes().stream().map(r -> r.getNextHopType()).toList());
    assertEquals(Ipv4Address.parse("10.0.2.4"), table.getRoutes().get(0).getNextHopIp());
    assertEquals("to-fw", table.getRoutes().get(0).getName());
    assertNull(table.getRoutes().get(1).getNextHopIp());
  }

  @Test
  void routeServerDefaultsAndEveryOption() {
    Model plain = fixture.parseClean(BASE);
    RouteServer defaults = only(plain, RouteServer.class);
    assertNull(defaults.getBranchToBranch());
    assertEquals(RoutingPreference.EXPRESS_ROUTE, defaults.getRoutingPreference());
    assertNull(defaults.getProgrammingDelay());

    RouteServer ars = only(fixture.parseClean(BASE.replace("route-server ars in hub", """
        route-server ars in hub {
            branch-to-branch on
            routing-preference as-path
            programming-delay 500ms
            public-ip standard
            capacity 4
        }""")), RouteServer.class);
    assertEquals(Boolean.TRUE, ars.getBranchToBranch());
    assertEquals(RoutingPreference.AS_PATH, ars.getRoutingPreference());
    assertEquals(500L, ars.getProgrammingDelay());
    assertEquals(PublicIpSku.STANDARD, ars.getPublicIp());
    assertEquals(4, ars.getCapacity());
    assertEquals("hub", ars.getVnet().getName());
  }

  @Test
  void routingPreferenceVpn() {
    RouteServer ars = only(fixture.parseClean(BASE.replace("route-server ars in hub",
        "route-server ars in hub { routing-preference vpn }")), RouteServer.class);
    assertEquals(RoutingPreference.VPN_GATEWAY, ars.getRoutingPreference());
  }

  @Test
  void nvaWithNicsStaticsSnatAndRouterId() {
    Model model = fixture.parseClean(BASE + """
        nva fw2 vendor frr asn 65002 {
            nic untrusted hub.nva 10.0.2.5
            nic trusted hub.workload 10.0.3.5 ip-forwarding
            static 0.0.0.0/0 via untrusted
            static 10.0.1.0/26 via 10.0.3.1
            snat on
            bgp {
                router-id 1.1.1.1
                peer ars via trusted
            }
        }
        """);
    Nva fw2 = nva(model, "fw2");
    assertEquals("frr", fw2.getVendor());
    assertEquals(65002L, fw2.getAsn());
    assertFalse(fw2.getNics().get(0).isIpForwarding());
    assertTrue(fw2.getNics().get(1).isIpForwarding());
    assertEquals("workload", fw2.getNics().get(1).getSubnet().getName());
    assertSame(fw2.getNics().get(0), fw2.getStatics().get(0).getNic());
    assertEquals(Ipv4Address.parse("10.0.3.1"), fw2.getStatics().get(1).getNextHopIp());
    assertEquals(Boolean.TRUE, fw2.getSnat());
    assertEquals(Ipv4Address.parse("1.1.1.1"), fw2.getBgp().getRouterId());
  }

  @Test
  void routeServerPeeringTimersAndInstances() {
    Model model = fixture.parseClean(BASE.replace("peer ars via eth0", "peer ars via eth0 keepalive 20s hold 1m instances first"));
    RouteServerPeering peer = (RouteServerPeering) nva(model, "fw1").getBgp().getPeers().get(0);
    assertEquals(20_000L, peer.getKeepalive());
    assertEquals(60_000L, peer.getHold());
    assertEquals(InstanceSelection.FIRST, peer.getInstances());
    assertEquals("ars", peer.getRouteServer().getName());
    assertEquals("eth0", peer.getNic().getName());
  }

  @Test
  void peeringDefaultsToBothInstancesAndUnwrittenTimers() {
    RouteServerPeering peer = (RouteServerPeering) nva(fixture.parseClean(BASE), "fw1").getBgp().getPeers().get(0);
    assertEquals(InstanceSelection.BOTH, peer.getInstances());
    assertNull(peer.getHold());
  }

  @Test
  void otherBgpNeighbour() {
    Model model = fixture.parseClean(BASE.replace("advertise 0.0.0.0/0", "peer onprem-router 192.168.1.1 asn 65100 via eth0 multihop 3"));
    BgpNeighbor neighbour = (BgpNeighbor) nva(model, "fw1").getBgp().getPeers().get(1);
    assertEquals("onprem-router", neighbour.getName());
    assertEquals(Ipv4Address.parse("192.168.1.1"), neighbour.getIp());
    assertEquals(65100L, neighbour.getAsn());
    assertEquals("eth0", neighbour.getNic().getName());
    assertEquals(3, neighbour.getMultihop());
  }

  @Test
  void advertisementWithEveryOptionInAnyOrder() {
    Model model = fixture.parseClean(BASE.replace("advertise 0.0.0.0/0", """
        peer other 10.0.3.9 asn 65009
                advertise 10.50.0.0/16 community 65001:100, 65001:200 to ars next-hop 10.0.2.10 no-advertise prepend 2
                advertise 10.60.0.0/16 as-path 65001 65100
                advertise 10.70.0.0/16 to other"""));
    List<Advertisement> advertisements = nva(model, "fw1").getBgp().getAdvertisements();
    Advertisement first = advertisements.get(0);
    assertEquals(Ipv4Prefix.parse("10.50.0.0/16"), first.getPrefix());
    assertEquals(List.of(Community.parse("65001:100"), Community.parse("65001:200")), first.getCommunities());
    assertInstanceOf(RouteServerPeering.class, first.getTo());
    assertEquals(Ipv4Address.parse("10.0.2.10"), first.getNextHop());
    assertTrue(first.isNoAdvertise());
    assertEquals(2, first.getPrepend());
    assertEquals(List.of(65001L, 65100L), advertisements.get(1).getAsPath());
    assertEquals(0, advertisements.get(1).getPrepend());
    assertEquals("other", ((BgpNeighbor) advertisements.get(2).getTo()).getName());
  }

  @Test
  void gatewaysWithOptions() {
    Model model = fixture.parseClean(BASE + """
        vpn-gateway vpngw in hub active-active asn 65515 {
            bgp-ips 10.0.0.4, 10.0.0.5
        }
        vpn-gateway vpngw2 in spoke1
        expressroute-gateway ergw in hub
        """);
    VpnGateway vpn = model.getElements().stream().filter(VpnGateway.class::isInstance).map(VpnGateway.class::cast)
        .findFirst().orElseThrow();
    assertTrue(vpn.isActiveActive());
    assertEquals(65515L, vpn.getAsn());
    assertEquals(List.of(Ipv4Address.parse("10.0.0.4"), Ipv4Address.parse("10.0.0.5")), vpn.getBgpIps());
    VpnGateway plain = last(model, VpnGateway.class);
    assertFalse(plain.isActiveActive());
    assertNull(plain.getAsn());
    assertEquals("hub", only(model, ExpressRouteGateway.class).getVnet().getName());
  }

  @Test
  void sitesViaGatewayOrNva() {
    Model model = fixture.parseClean(BASE + """
        vpn-gateway vpngw in hub active-active
        site pfsense asn 65501 via vpngw {
            prefix 192.168.0.0/24
            prefix 192.168.2.0/24 as-path 65502 65503
        }
        site branch asn 65600 via fw1 {
            prefix 172.20.0.0/16
        }
        """);
    Site pfsense = model.getElements().stream().filter(Site.class::isInstance).map(Site.class::cast).findFirst().orElseThrow();
    assertEquals(65501L, pfsense.getAsn());
    assertInstanceOf(VpnGateway.class, pfsense.getVia());
    assertEquals(List.of(65502L, 65503L), pfsense.getPrefixes().get(1).getAsPath());
    assertInstanceOf(Nva.class, last(model, Site.class).getVia());
  }

  @Test
  void vmInQualifiedSubnet() {
    Vm vm = only(fixture.parseClean(BASE), Vm.class);
    assertEquals(Ipv4Address.parse("10.1.0.4"), vm.getIp());
    assertEquals("spoke1", ((Vnet) vm.getSubnet().eContainer()).getName());
  }

  @Test
  void routeExpectationsWithEveryTargetKind() {
    Model model = fixture.parseClean(BASE + """
        vpn-gateway vpngw in hub active-active
        expect route spoke1.workload 0.0.0.0/0 via fw1
        expect route spoke1.workload 0.0.0.0/0 via fw1, vpngw
        expect route spoke1.workload 8.8.8.0/24 via internet
        expect route hub.workload 10.0.0.0/16 via vnet-local
        expect route hub.workload 10.1.0.0/16 via peering
        expect route spoke1.workload 172.16.0.0/12 via none
        expect no-route spoke1.workload 10.9.0.0/16
        """);
    List<RouteExpectation> routes = model.getElements().stream().filter(RouteExpectation.class::isInstance)
        .map(RouteExpectation.class::cast).toList();
    assertEquals("fw1", ((NodeTarget) routes.get(0).getTargets().get(0)).getNode().getName());
    assertEquals(2, routes.get(1).getTargets().size());
    assertEquals(List.of(TargetKind.INTERNET, TargetKind.VNET_LOCAL, TargetKind.PEERING, TargetKind.NONE),
        routes.subList(2, 6).stream().map(r -> ((KeywordTarget) r.getTargets().get(0)).getKind()).toList());
    assertEquals(Ipv4Prefix.parse("10.9.0.0/16"), only(model, NoRouteExpectation.class).getPrefix());
  }

  @Test
  void traceExpectationsToIpOrVmWithEveryOutcome() {
    Model model = fixture.parseClean(BASE + """
        vm vm2 in hub.workload 10.0.3.4
        expect trace vm1 -> 8.8.8.8 via fw1, internet
        expect trace vm1 -> vm2 via fw1
        expect trace vm1 -> 10.9.9.9 dropped
        expect trace vm1 -> 8.8.4.4 loops
        """);
    List<TraceExpectation> traces = model.getElements().stream().filter(TraceExpectation.class::isInstance)
        .map(TraceExpectation.class::cast).toList();
    assertEquals(Ipv4Address.parse("8.8.8.8"), ((IpDestination) traces.get(0).getTo()).getIp());
    assertEquals(2, traces.get(0).getHops().size());
    assertEquals("vm2", ((org.routesrv.dsl.rsnet.Vm) ((NodeDestination) traces.get(1).getTo()).getNode()).getName());
    assertTrue(traces.get(2).getHops().isEmpty());
    assertEquals(TraceOutcome.DROPPED, traces.get(2).getOutcome());
    assertEquals(TraceOutcome.LOOPS, traces.get(3).getOutcome());
  }

  @Test
  void sessionLearnedAndAdvertisedExpectations() {
    Model model = fixture.parseClean(BASE + """
        expect session fw1 established
        expect session fw1 down
        expect learned ars 0.0.0.0/0 from fw1
        expect learned ars 0.0.0.0/0 from fw1 as-path 65001
        expect advertised ars 10.0.0.0/16 to fw1 as-path 65515
        expect no-advertised ars 10.2.0.0/16 to fw1
        """);
    List<SessionExpectation> sessions = model.getElements().stream().filter(SessionExpectation.class::isInstance)
        .map(SessionExpectation.class::cast).toList();
    assertEquals(SessionState.ESTABLISHED, sessions.get(0).getState());
    assertEquals(SessionState.DOWN, sessions.get(1).getState());
    assertEquals(List.of(65001L), last(model, LearnedExpectation.class).getAsPath());
    AdvertisedExpectation advertised = only(model, AdvertisedExpectation.class);
    assertEquals("ars", advertised.getRouteServer().getName());
    assertEquals(List.of(65515L), advertised.getAsPath());
    assertEquals("fw1", only(model, NoAdvertisedExpectation.class).getNva().getName());
  }

  @Test
  void scenarioWithEveryEventAndOutageExpectation() {
    Model model = fixture.parseClean(BASE + """
        scenario maintenance {
            fail fw1 crash
            fail fw1 graceful
            restore fw1
            fail ars instance first
            fail ars instance second
            withdraw fw1 0.0.0.0/0
            advertise fw1 10.99.0.0/16 prepend 3 community 65001:1 to ars
            expect route spoke1.workload 0.0.0.0/0 via none
            expect outage vm1 -> 8.8.8.8 at-most 90s
        }
        """);
    Scenario scenario = only(model, Scenario.class);
    assertEquals(FailureMode.CRASH, ((NvaFailure) scenario.getEvents().get(0)).getMode());
    assertEquals(FailureMode.GRACEFUL, ((NvaFailure) scenario.getEvents().get(1)).getMode());
    assertEquals("fw1", ((NvaRestore) scenario.getEvents().get(2)).getNva().getName());
    assertEquals(Instance.FIRST, ((InstanceFailure) scenario.getEvents().get(3)).getInstance());
    assertEquals(Instance.SECOND, ((InstanceFailure) scenario.getEvents().get(4)).getInstance());
    assertEquals(Ipv4Prefix.parse("0.0.0.0/0"), ((Withdrawal) scenario.getEvents().get(5)).getPrefix());
    AdvertiseEvent advertise = (AdvertiseEvent) scenario.getEvents().get(6);
    assertEquals(Ipv4Prefix.parse("10.99.0.0/16"), advertise.getRoute().getPrefix());
    assertEquals(3, advertise.getRoute().getPrepend());
    assertInstanceOf(RouteServerPeering.class, advertise.getRoute().getTo());
    OutageExpectation outage = (OutageExpectation) scenario.getExpectations().get(1);
    assertEquals(90_000L, outage.getLimit());
    assertEquals("vm1", outage.getFrom().getName());
  }

  @Test
  void namesWithHyphensUnderscoresAndEscapedKeywords() {
    Model model = fixture.parseClean("""
        network n
        vnet _hub-01 {
            address-space 10.0.0.0/16
            subnet ^internet 10.0.1.0/24
            subnet nva 10.0.2.0/24
            subnet gateway 10.0.3.0/24
        }
        vm vm in _hub-01.^internet 10.0.1.4
        vm bgp in _hub-01.nva 10.0.2.4
        """);
    assertEquals("_hub-01", vnet(model, "_hub-01").getName());
    assertEquals(List.of("internet", "nva", "gateway"),
        vnet(model, "_hub-01").getSubnets().stream().map(s -> s.getName()).toList());
    assertEquals("internet", last(model, Vm.class).eResource() == null ? null
        : ((Vm) model.getElements().get(1)).getSubnet().getName());
    assertEquals("nva", last(model, Vm.class).getSubnet().getName());
  }

  @Test
  void arrowAfterANameNeedsASpaceAndTheErrorSaysSo() {
    Model model = fixture.parse(BASE + "expect trace vm1->8.8.8.8 via fw1\n");
    assertTrue(fixture.syntaxMessages(model).stream().anyMatch(m -> m.contains("put a space before '->'")),
        fixture.syntaxMessages(model).toString());
    fixture.parseClean(BASE + "expect trace vm1 ->8.8.8.8 via fw1\n");
  }

  @Test
  void namesEndingInHyphenOrDoubleHyphen() {
    fixture.parseClean("network n\nvnet a--b- { address-space 10.0.0.0/16 }\n");
  }

  @Test
  void commentsAreIgnored() {
    fixture.parseClean("""
        // line comment
        network n /* block
        comment */ vnet v { address-space 10.0.0.0/16 } // trailing
        """);
  }

  @Test
  void durationsInEveryUnit() {
    for (var duration : List.of(List.of("250ms", 250L), List.of("3s", 3_000L), List.of("2m", 120_000L), List.of("1h", 3_600_000L))) {
      Model model = fixture.parseClean(BASE.replace("route-server ars in hub",
          "route-server ars in hub { programming-delay " + duration.get(0) + " }"));
      assertEquals(duration.get(1), only(model, RouteServer.class).getProgrammingDelay());
    }
  }

  @Test
  void windowsLineEndingsAndTabs() {
    fixture.parseClean(BASE.replace("\n", "\r\n").replace("    ", "\t"));
  }
}
