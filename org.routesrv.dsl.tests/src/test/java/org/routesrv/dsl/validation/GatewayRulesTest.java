package org.routesrv.dsl.validation;

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
}
