package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class GatewayRulesTest extends RuleTestBase {

  /** Two VNets; the hub may get a gateway or Route Server, the spoke has neither. */
  private static String vnets(String hubExtra) {
    return """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet GatewaySubnet 10.0.0.0/27
            subnet RouteServerSubnet 10.0.1.0/26
        }
        vnet spoke {
            address-space 10.1.0.0/16
            subnet GatewaySubnet 10.1.0.0/27
        }
        vnet spoke2 {
            address-space 10.2.0.0/16
        }
        %s
        """.formatted(hubExtra);
  }

  @Test
  void gatewayNeedsGatewaySubnet() {
    assertError(IssueCodes.GATEWAY_SUBNET_MISSING, vnets("expressroute-gateway er in [[spoke2]]"));
  }

  @Test
  void gatewayInVnetWithGatewaySubnetIsFine() {
    assertNoIssue(IssueCodes.GATEWAY_SUBNET_MISSING, vnets("expressroute-gateway er in hub"));
  }

  @Test
  void gatewaySubnetNameIsCaseSensitive() {
    assertError(IssueCodes.GATEWAY_SUBNET_NAME, """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet [[gatewaysubnet]] 10.0.0.0/27
        }
        expressroute-gateway er in hub
        """);
  }

  @Test
  void onlyOneGatewayOfAKindPerVnet() {
    assertError(IssueCodes.GATEWAY_PER_VNET, vnets("expressroute-gateway er1 in hub\nexpressroute-gateway er2 in [[hub]]"));
  }

  @Test
  void vpnAndExpressRouteGatewayMayShareAVnet() {
    assertNoIssue(IssueCodes.GATEWAY_PER_VNET, vnets("expressroute-gateway er in hub\nvpn-gateway vpngw in spoke"));
  }

  @Test
  void gatewayBgpIpsLieInGatewaySubnet() {
    assertError(IssueCodes.IP_OUTSIDE_SUBNET, vnets("vpn-gateway vpngw in spoke { bgp-ips 10.1.0.4, [[10.1.5.5]] }"));
  }

  @Test
  void fact68_vpnGatewayBesideRouteServerMustBeActiveActive() {
    assertError(IssueCodes.VPN_GATEWAY_ACTIVE_ACTIVE, vnets("route-server ars in hub\nvpn-gateway [[vpngw]] in hub"));
  }

  @Test
  void fact68_vpnGatewayBesideRouteServerMustUseAsn65515() {
    assertError(IssueCodes.VPN_GATEWAY_ASN, vnets("route-server ars in hub\nvpn-gateway vpngw in hub active-active asn [[65510]]"));
  }

  @Test
  void fact68_activeActiveVpnGatewayWithDefaultAsnIsFine() {
    String model = vnets("route-server ars in hub\nvpn-gateway vpngw in hub active-active");
    assertNoIssue(IssueCodes.VPN_GATEWAY_ASN, model);
    assertNoIssue(IssueCodes.VPN_GATEWAY_ACTIVE_ACTIVE, model);
  }

  @Test
  void fact68_vpnGatewayElsewhereMayBeActiveStandbyWithAnyAsn() {
    String model = vnets("route-server ars in hub\nvpn-gateway vpngw in spoke asn 65510");
    assertNoIssue(IssueCodes.VPN_GATEWAY_ASN, model);
    assertNoIssue(IssueCodes.VPN_GATEWAY_ACTIVE_ACTIVE, model);
  }

  @Test
  void peeringFlagNamesOneOfItsVnets() {
    assertError(IssueCodes.PEERING_FLAG_VNET, vnets("peering hub <-> spoke2 { transit via [[spoke]] }"));
  }

  @Test
  void fact33_useRemoteGatewaysNeedsTransitOnTheOtherSide() {
    assertError(IssueCodes.USE_REMOTE_GATEWAYS_NO_TRANSIT,
        vnets("route-server ars in hub\npeering hub <-> spoke2 { use-remote-gateways [[spoke2]] }"));
  }

  @Test
  void fact33_explicitFlagsOnBothSidesAreTransit() {
    String model = vnets("route-server ars in hub\n"
        + "peering hub <-> spoke2 { allow-gateway-transit hub use-remote-gateways spoke2 }");
    assertNoIssue(IssueCodes.USE_REMOTE_GATEWAYS_NO_TRANSIT, model);
    assertNoIssue(IssueCodes.USE_REMOTE_GATEWAYS_NO_GATEWAY, model);
  }

  @Test
  void fact33_transitNeedsAGatewayOrRouteServerOnTheRemoteSide() {
    assertError(IssueCodes.USE_REMOTE_GATEWAYS_NO_GATEWAY, vnets("peering hub <-> spoke2 { transit via [[hub]] }"));
  }

  @Test
  void fact33_routeServerCountsAsGatewayForTransit() {
    assertNoIssue(IssueCodes.USE_REMOTE_GATEWAYS_NO_GATEWAY,
        vnets("route-server ars in hub\npeering hub <-> spoke2 { transit via hub }"));
  }

  @Test
  void fact33_vnetWithItsOwnGatewayCannotUseRemoteGateways() {
    assertError(IssueCodes.USE_REMOTE_GATEWAYS_OWN_GATEWAY, vnets("""
        route-server ars in hub
        expressroute-gateway er in spoke
        peering hub <-> spoke { transit via [[hub]] }
        """));
  }

  @Test
  void fact33_onlyOnePeeringPerVnetMayUseRemoteGateways() {
    assertError(IssueCodes.USE_REMOTE_GATEWAYS_MULTIPLE, """
        network test
        vnet hub1 {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        vnet hub2 {
            address-space 10.5.0.0/16
            subnet RouteServerSubnet 10.5.1.0/26
        }
        vnet spoke {
            address-space 10.1.0.0/16
        }
        route-server ars1 in hub1
        route-server ars2 in hub2
        peering hub1 <-> spoke { transit via hub1 }
        peering hub2 <-> spoke { transit via [[hub2]] }
        """);
  }

  @Test
  void fact33_onePeeringWithTransitPerVnetIsFine() {
    assertNoIssue(IssueCodes.USE_REMOTE_GATEWAYS_MULTIPLE, HUB);
  }

  /** HUB plus spoke2, peered with the hub as written in {@code peering}. */
  private static String withSpoke2(String peering, String fw) {
    return HUB + """
        vnet spoke2 {
            address-space 10.2.0.0/16
            subnet workload 10.2.0.0/24
        }
        """ + peering + "\n" + fw;
  }

  private static final String FW_DEFAULT_ROUTE = nva("fw", 4, 65001, "advertise 0.0.0.0/0");

  /** Fact 32: the spoke without transit gets no Route Server routes: an info with the fix, and the hub as data. */
  @Test
  void fact32_spokeWithoutTransitLacksTheNvasDefaultRoute() {
    Issue issue = assertInfo(IssueCodes.SPOKE_WITHOUT_TRANSIT, withSpoke2("peering hub <-> [[spoke2]]",
        FW_DEFAULT_ROUTE));
    assertTrue(issue.getMessage().contains("such as 0.0.0.0/0 from 'fw' (fact 32)"), issue.getMessage());
    assertTrue(issue.getMessage().endsWith("write 'peering hub <-> spoke2 { transit via hub }'."), issue.getMessage());
    assertEquals(List.of("hub"), List.of(issue.getData()));
  }

  @Test
  void fact32_hubAllowingTransitIsNotEnoughTheSpokeMustUseIt() {
    assertInfo(IssueCodes.SPOKE_WITHOUT_TRANSIT, withSpoke2("peering [[spoke2]] <-> hub { allow-gateway-transit hub }",
        FW_DEFAULT_ROUTE));
  }

  @Test
  void fact32_transitSpokesAreNotMentioned() {
    assertNoIssue(IssueCodes.SPOKE_WITHOUT_TRANSIT, withSpoke2("peering hub <-> spoke2 { transit via hub }",
        FW_DEFAULT_ROUTE));
  }

  /** Nothing to miss: the NVA's only route lies in the spoke's own space, which it reaches anyway. */
  @Test
  void fact32_aRouteInsideTheSpokesOwnSpaceIsNotMissed() {
    assertNoIssue(IssueCodes.SPOKE_WITHOUT_TRANSIT, withSpoke2("peering hub <-> spoke2",
        nva("fw", 4, 65001, "advertise 10.2.0.0/16")));
  }

  /** Fact 51: Route Server programs no route inside a VNet range it knows, so no spoke misses it. */
  @Test
  void fact51_aFilteredRouteIsNotMissed() {
    assertNoIssue(IssueCodes.SPOKE_WITHOUT_TRANSIT, withSpoke2("peering hub <-> spoke2",
        nva("fw", 4, 65001, "advertise 10.1.5.0/24")));
  }

  /** Fact 33: a spoke with its own gateway cannot use the hub's, so the fix does not apply. */
  @Test
  void fact33_aSpokeWithItsOwnGatewayIsNotToldToUseTransit() {
    assertNoIssue(IssueCodes.SPOKE_WITHOUT_TRANSIT, withSpoke2("peering hub <-> spoke2", FW_DEFAULT_ROUTE)
        .replace("subnet workload 10.2.0.0/24", "subnet workload 10.2.0.0/24\n    subnet GatewaySubnet 10.2.1.0/27")
        + "expressroute-gateway er in spoke2\n");
  }

  @Test
  void aDuplicatePeeringIsToldOnceOnTheFirst() {
    List<Issue> issues = issues(parse(withSpoke2("peering hub <-> spoke2\npeering spoke2 <-> hub", FW_DEFAULT_ROUTE)));
    assertEquals(1, issues.stream().filter(i -> IssueCodes.SPOKE_WITHOUT_TRANSIT.equals(i.getCode())).count());
  }
}
