package org.routesrv.dsl.validation;

import org.junit.jupiter.api.Test;

class SubnetRulesTest extends RuleTestBase {

  private static String hubWith(String routeServerSubnetLine, String extra) {
    return """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            %s
        }
        route-table rt { bgp-propagation off }
        nsg guard
        route-server ars in hub
        %s
        """.formatted(routeServerSubnetLine, extra);
  }

  @Test
  void fact2_slash26RouteServerSubnetIsFine() {
    String model = hubWith("subnet RouteServerSubnet 10.0.1.0/26", "");
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE, model);
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL, model);
  }

  @Test
  void fact2_largerRouteServerSubnetIsFine() {
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL, hubWith("subnet RouteServerSubnet 10.0.1.0/24", ""));
  }

  @Test
  void fact2_slash27RouteServerSubnetIsLegacy() {
    assertWarning(IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE, hubWith("subnet RouteServerSubnet [[10.0.1.0/27]]", ""));
  }

  @Test
  void fact2_slash28RouteServerSubnetIsTooSmall() {
    assertError(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL, hubWith("subnet RouteServerSubnet [[10.0.1.0/28]]", ""));
  }

  @Test
  void fact2_sizeIsCheckedEvenWithoutARouteServer() {
    assertError(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL, """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet [[10.0.1.0/29]]
        }
        """);
  }

  @Test
  void fact3_routeTableOnRouteServerSubnetIsRejected() {
    assertError(IssueCodes.ROUTE_SERVER_SUBNET_ROUTE_TABLE,
        hubWith("subnet RouteServerSubnet 10.0.1.0/26 route-table [[rt]]", ""));
  }

  @Test
  void fact4_nsgOnRouteServerSubnetIsRejected() {
    assertError(IssueCodes.ROUTE_SERVER_SUBNET_NSG, hubWith("subnet RouteServerSubnet 10.0.1.0/26 nsg [[guard]]", ""));
  }

  @Test
  void fact3_routeTableAndNsgOnOtherSubnetsAreFine() {
    String model = hubWith("subnet RouteServerSubnet 10.0.1.0/26\n subnet app 10.0.2.0/24 route-table rt nsg guard", "");
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_ROUTE_TABLE, model);
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_NSG, model);
  }

  @Test
  void fact1_subnetNameIsCaseSensitive() {
    assertError(IssueCodes.ROUTE_SERVER_SUBNET_NAME, hubWith("subnet [[routeserversubnet]] 10.0.1.0/26", ""));
  }

  @Test
  void fact1_misspelledSubnetIsNotAlsoReportedAsMissing() {
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_MISSING, hubWith("subnet RouteServersubnet 10.0.1.0/26", ""));
  }

  @Test
  void fact1_routeServerSubnetNameInVnetWithoutRouteServerIsNotChecked() {
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_NAME, """
        network test
        vnet spoke {
            address-space 10.1.0.0/16
            subnet routeserversubnet 10.1.1.0/26
        }
        """);
  }

  @Test
  void fact1_routeServerNeedsRouteServerSubnet() {
    assertError(IssueCodes.ROUTE_SERVER_SUBNET_MISSING, """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet app 10.0.2.0/24
        }
        route-server ars in [[hub]]
        """);
  }

  @Test
  void fact1_routeServerSubnetMayBeInAnotherFileOfTheNetwork() {
    assertNoIssue(IssueCodes.ROUTE_SERVER_SUBNET_MISSING, "network test\nroute-server ars in hub\n", """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        """);
  }

  @Test
  void fact1_secondRouteServerInVnetIsRejected() {
    assertError(IssueCodes.ROUTE_SERVER_PER_VNET, hubWith("subnet RouteServerSubnet 10.0.1.0/26",
        "route-server ars2 in [[hub]]"));
  }

  @Test
  void fact1_secondRouteServerInAnotherFileIsRejected() {
    assertError(IssueCodes.ROUTE_SERVER_PER_VNET, "network test\nroute-server zz-ars in [[hub]]\n",
        hubWith("subnet RouteServerSubnet 10.0.1.0/26", ""));
  }

  @Test
  void fact6_basicPublicIpIsRejected() {
    assertError(IssueCodes.ROUTE_SERVER_PUBLIC_IP, """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        route-server ars in hub { public-ip [[basic]] }
        """);
  }

  @Test
  void fact6_routeServerWithoutPublicIpIsRejected() {
    assertError(IssueCodes.ROUTE_SERVER_PUBLIC_IP, """
        network test
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        route-server ars in hub { public-ip [[none]] }
        """);
  }

  @Test
  void fact6_standardPublicIpIsTheDefault() {
    assertNoIssue(IssueCodes.ROUTE_SERVER_PUBLIC_IP, hubWith("subnet RouteServerSubnet 10.0.1.0/26",
        "route-server other in hub { public-ip standard }"));
  }

  @Test
  void fact1_noVmInRouteServerSubnet() {
    assertError(IssueCodes.DEDICATED_SUBNET, hubWith("subnet RouteServerSubnet 10.0.1.0/26",
        "vm probe in [[hub.RouteServerSubnet]] 10.0.1.10"));
  }

  @Test
  void noNvaNicInGatewaySubnet() {
    assertError(IssueCodes.DEDICATED_SUBNET, hubWith("subnet GatewaySubnet 10.0.0.0/27",
        "nva fw vendor frr asn 65001 { nic eth0 [[hub.GatewaySubnet]] 10.0.0.4 }"));
  }
}
