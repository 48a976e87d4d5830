package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class RoutingPitfallRulesTest extends RuleTestBase {

  /** HUB, but the NVA subnet has no route table. */
  private static final String NO_UDR = HUB.replace(" route-table rt-dmz", "");

  @Test
  void fact51_prefixInsideTransitSpokeIsFiltered() {
    assertWarning(IssueCodes.ADVERTISED_INSIDE_VNET, HUB + nva("fw", 4, 65001, "[[advertise 10.1.5.0/24]]"));
  }

  @Test
  void fact51_prefixEqualToHubRangeIsFiltered() {
    assertWarning(IssueCodes.ADVERTISED_INSIDE_VNET, HUB + nva("fw", 4, 65001, "[[advertise 10.0.0.0/16]]"));
  }

  @Test
  void fact51_supernetOfVnetRangesIsAccepted() {
    assertNoIssue(IssueCodes.ADVERTISED_INSIDE_VNET, HUB + nva("fw", 4, 65001, "advertise 10.0.0.0/8"));
  }

  @Test
  void fact32_spokeWithoutGatewayFlagsIsNotKnownToRouteServer() {
    assertNoIssue(IssueCodes.ADVERTISED_INSIDE_VNET, HUB.replace("{ transit via hub }", "")
        + nva("fw", 4, 65001, "advertise 10.1.5.0/24"));
  }

  @Test
  void fact51_onPremisesPrefixPassedOnByNvaIsFilteredToo() {
    assertWarning(IssueCodes.ADVERTISED_INSIDE_VNET, HUB + nva("fw", 4, 65001, "")
        + "site dc asn 65010 via fw { prefix [[10.1.0.0/16]] }");
  }

  @Test
  void scenarioEventsAreWhatIfsAndNotWarnedAbout() {
    assertNoIssue(IssueCodes.ADVERTISED_INSIDE_VNET, HUB + nva("fw", 4, 65001, "")
        + "scenario leak { advertise fw 10.1.5.0/24 }");
  }

  @Test
  void fact40_asPathWith65515IsDropped() {
    assertWarning(IssueCodes.AS_PATH_65515, HUB + nva("fw", 4, 65001, "advertise 192.168.0.0/16 as-path 65001 [[65515]] 65020"));
  }

  @Test
  void fact40_sitePathWith65515IsDropped() {
    assertWarning(IssueCodes.AS_PATH_65515, HUB + nva("fw", 4, 65001, "")
        + "site dc asn 65010 via fw { prefix 192.168.0.0/24 as-path [[65515]] }");
  }

  @Test
  void fact40_siteBehindNvaWithAsn65515IsDropped() {
    assertWarning(IssueCodes.AS_PATH_65515, HUB + nva("fw", 4, 65001, "")
        + "site dc asn [[65515]] via fw { prefix 192.168.0.0/24 }");
  }

  /** A VNet with a VPN gateway and no Route Server, and a site behind the gateway whose path holds 65515. */
  private static final String VPN_HUB_WITHOUT_ROUTE_SERVER = """
      network test
      vnet vpnhub {
          address-space 10.5.0.0/16
          subnet GatewaySubnet 10.5.0.0/27
          subnet workload 10.5.1.0/24
      }
      vpn-gateway vpngw in vpnhub active-active
      site other-region asn 65010 via vpngw { prefix 10.50.0.0/16 as-path 65515 65020 }
      """;

  /** Facts 71, 40: the gateway programs its routes itself; no Route Server is there to drop the path with 65515. */
  @Test
  void fact71_siteBehindAVpnGatewayInAVnetWithoutRouteServerIsNotWarned() {
    assertNoIssue(IssueCodes.AS_PATH_65515, VPN_HUB_WITHOUT_ROUTE_SERVER);
  }

  /** Fact 53: without branch-to-branch Route Server learns nothing from the gateway, so it drops nothing either. */
  @Test
  void fact53_siteBehindAGatewayBesideARouteServerWithoutBranchToBranchIsNotWarned() {
    assertNoIssue(IssueCodes.AS_PATH_65515, HUB + """
        vpn-gateway vpngw in hub active-active
        site dc asn 65010 via vpngw { prefix 192.168.0.0/24 as-path 65515 }
        """);
  }

  @Test
  void fact40_siteBehindAGatewayBesideARouteServerWithBranchToBranchIsDropped() {
    assertWarning(IssueCodes.AS_PATH_65515, HUB.replace("route-server ars in hub", "route-server ars in hub {"
        + " branch-to-branch on }") + """
        vpn-gateway vpngw in hub active-active
        site dc asn 65010 via vpngw { prefix 192.168.0.0/24 as-path [[65515]] }
        """);
  }

  @Test
  void fact73_reservedCommunityWarns() {
    assertWarning(IssueCodes.RESERVED_COMMUNITY, HUB + nva("fw", 4, 65001,
        "advertise 192.168.0.0/16 community 65001:100, [[65517:65517]]"));
  }

  @Test
  void fact43_noAdvertiseCommunityIsNotReserved() {
    assertNoIssue(IssueCodes.RESERVED_COMMUNITY, HUB + nva("fw", 4, 65001, "advertise 192.168.0.0/16 community 65535:65282"));
  }

  @Test
  void fact74_defaultRouteWithoutUdrOnNvaSubnetLoops() {
    assertWarning(IssueCodes.DEFAULT_ROUTE_LOOP, NO_UDR + nva("fw", 4, 65001, "[[advertise 0.0.0.0/0]]"));
  }

  @Test
  void fact74_udrToInternetOnNvaSubnetBreaksTheLoop() {
    assertNoIssue(IssueCodes.DEFAULT_ROUTE_LOOP, NO_UDR.replace("subnet dmz 10.0.2.0/24", "subnet dmz 10.0.2.0/24 route-table rt")
        + "route-table rt { route default 0.0.0.0/0 -> internet }\n" + nva("fw", 4, 65001, "advertise 0.0.0.0/0"));
  }

  @Test
  void fact74_bgpPropagationOffBreaksTheLoop() {
    assertNoIssue(IssueCodes.DEFAULT_ROUTE_LOOP, HUB + nva("fw", 4, 65001, "advertise 0.0.0.0/0"));
  }

  @Test
  void fact74_udrBackToTheNvaItselfStillLoops() {
    assertWarning(IssueCodes.DEFAULT_ROUTE_LOOP, NO_UDR.replace("subnet dmz 10.0.2.0/24", "subnet dmz 10.0.2.0/24 route-table rt")
        + "route-table rt { route default 0.0.0.0/0 -> appliance 10.0.2.4 }\n"
        + nva("fw", 4, 65001, "[[advertise 0.0.0.0/0]]"));
  }

  @Test
  void fact74_defaultRouteOnlyToAnotherBgpPeerDoesNotReachRouteServer() {
    assertNoIssue(IssueCodes.DEFAULT_ROUTE_LOOP, NO_UDR + nva("fw", 4, 65001,
        "peer onprem 192.168.0.1 asn 65010\n advertise 0.0.0.0/0 to onprem"));
  }

  @Test
  void fact75_noStaticRouteToRouteServerSubnetWarnsOnThePeerLine() {
    assertWarning(IssueCodes.RECURSIVE_NEXT_HOP, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            static 10.0.0.0/8 via eth0
            bgp {
                [[peer ars via eth0]]
            }
        }
        """);
  }

  /** Issue 13: one /32 per instance covers both instances, each more specific than the hub's 10.0.0.0/16. */
  @Test
  void fact75_hostRoutesToBothInstancesAreEnough() {
    assertNoIssue(IssueCodes.RECURSIVE_NEXT_HOP, HUB + """
        nva fw vendor panos asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            static 0.0.0.0/0 via eth0
            static 10.0.1.4/32 via eth0
            static 10.0.1.5/32 via 10.0.2.1
            bgp { peer ars via eth0 }
        }
        """);
  }

  @Test
  void fact75_aHostRouteToOneInstanceLeavesTheOtherRecursive() {
    Issue issue = assertWarning(IssueCodes.RECURSIVE_NEXT_HOP, HUB + """
        nva fw vendor panos asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            static 0.0.0.0/0 via eth0
            static 10.0.1.4/32 via eth0
            bgp {
                [[peer ars via eth0]]
            }
        }
        """);
    assertTrue(issue.getMessage().contains("instance 10.0.1.5 by 'static 0.0.0.0/0'"), issue.getMessage());
  }

  /** A static as specific as the VNet range Route Server advertises wins over it (static before BGP). */
  @Test
  void fact75_staticAsSpecificAsTheHubRangeIsEnough() {
    assertNoIssue(IssueCodes.RECURSIVE_NEXT_HOP, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            static 10.0.0.0/16 via eth0
            bgp { peer ars via eth0 }
        }
        """);
  }

  /** Fact 75's own case: the instances are reached by the default route only. */
  @Test
  void fact75_defaultRouteOnlyWarnsAndNamesTheMoreSpecificVnetRange() {
    Issue issue = assertWarning(IssueCodes.RECURSIVE_NEXT_HOP, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            static 0.0.0.0/0 via eth0
            bgp {
                [[peer ars via eth0]]
            }
        }
        """);
    assertTrue(issue.getMessage().contains("'static 0.0.0.0/0', but Route Server advertises the more specific"
        + " 10.0.0.0/16"), issue.getMessage());
    assertTrue(issue.getMessage().endsWith("Add 'static 10.0.1.0/26 via eth0'."), issue.getMessage());
  }

  @Test
  void fact75_staticRouteCoveringTheRouteServerIsFine() {
    assertNoIssue(IssueCodes.RECURSIVE_NEXT_HOP, HUB + nva("fw", 4, 65001, ""));
  }

  @Test
  void fact75_exabgpInstallsNoRoutesSoNeedsNoStatic() {
    assertNoIssue(IssueCodes.RECURSIVE_NEXT_HOP, HUB + """
        nva fw vendor exabgp asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            bgp { peer ars via eth0 }
        }
        """);
  }

  @Test
  void nicThatIsTheNextHopOfAdvertisedRoutesNeedsIpForwarding() {
    assertWarning(IssueCodes.IP_FORWARDING_MISSING, HUB + """
        nva fw vendor frr asn 65001 {
            nic [[eth0]] hub.dmz 10.0.2.4
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0
                advertise 192.168.0.0/16
            }
        }
        """);
  }

  @Test
  void nicForwardingTransitTrafficNeedsIpForwarding() {
    assertWarning(IssueCodes.IP_FORWARDING_MISSING, HUB + """
        nva fw vendor frr asn 65001 {
            nic [[eth0]] hub.dmz 10.0.2.4
            static 0.0.0.0/0 via eth0
        }
        """);
  }

  /** A static via an address leaves by the NIC whose subnet holds it, as the simulator's NVA table does. */
  @Test
  void fact61_staticViaAnAddressForwardsOutOfTheNicOfThatSubnet() {
    assertWarning(IssueCodes.IP_FORWARDING_MISSING, HUB + """
        nva fw vendor frr asn 65001 {
            nic [[eth0]] hub.dmz 10.0.2.4
            static 0.0.0.0/0 via 10.0.2.1
        }
        """);
  }

  @Test
  void sourceNatMeansNoForwardingOnTheEgressNic() {
    assertNoIssue(IssueCodes.IP_FORWARDING_MISSING, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4
            static 0.0.0.0/0 via eth0
            static 10.0.1.0/26 via eth0
            snat on
        }
        """);
  }

  @Test
  void staticRouteToRouteServerSubnetIsControlTrafficOnly() {
    assertNoIssue(IssueCodes.IP_FORWARDING_MISSING, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4
            static 10.0.1.0/26 via eth0
            bgp { peer ars via eth0 }
        }
        """);
  }

  @Test
  void fact55_equalPathLengthFromTwoNvasWithoutSnatWarns() {
    assertWarning(IssueCodes.ECMP_WITHOUT_SNAT, HUB + nva("fw1", 4, 65001, "[[advertise 0.0.0.0/0]]")
        + nva("fw2", 5, 65002, "advertise 0.0.0.0/0"));
  }

  @Test
  void fact55_prependMakesActiveStandby() {
    assertNoIssue(IssueCodes.ECMP_WITHOUT_SNAT, HUB + nva("fw1", 4, 65001, "advertise 0.0.0.0/0")
        + nva("fw2", 5, 65002, "advertise 0.0.0.0/0 prepend 1"));
  }

  @Test
  void fact55_snatKeepsFlowsSymmetric() {
    String model = HUB + nva("fw1", 4, 65001, "advertise 0.0.0.0/0").replace("{\n    nic", "{\n    snat on\n    nic")
        + nva("fw2", 5, 65002, "advertise 0.0.0.0/0").replace("{\n    nic", "{\n    snat on\n    nic");
    assertNoIssue(IssueCodes.ECMP_WITHOUT_SNAT, model);
  }

  @Test
  void fact55_explicitAsPathLengthCounts() {
    assertWarning(IssueCodes.ECMP_WITHOUT_SNAT, HUB + nva("fw1", 4, 65001, "advertise 0.0.0.0/0 prepend 1")
        + nva("fw2", 5, 65002, "[[advertise 0.0.0.0/0 as-path 65002 65002]]"));
  }

  @Test
  void fact63_gatewaySubnetWithBgpPropagationOffBreaksTheGateway() {
    assertWarning(IssueCodes.GATEWAY_SUBNET_PROPAGATION_OFF,
        HUB.replace("subnet GatewaySubnet 10.0.0.0/27", "subnet GatewaySubnet 10.0.0.0/27 route-table [[rt-dmz]]"));
  }

  @Test
  void fact76_gatewaySubnetUdrToFirewallCapturesRouteServerTraffic() {
    assertWarning(IssueCodes.GATEWAY_SUBNET_UDR_CAPTURES_ROUTE_SERVER,
        HUB.replace("subnet GatewaySubnet 10.0.0.0/27", "subnet GatewaySubnet 10.0.0.0/27 route-table [[rt-gw]]")
            + "route-table rt-gw { route spokes 10.0.0.0/8 -> appliance 10.0.2.4 }");
  }

  @Test
  void fact76_moreSpecificVnetLocalRouteKeepsRouteServerReachable() {
    assertNoIssue(IssueCodes.GATEWAY_SUBNET_UDR_CAPTURES_ROUTE_SERVER,
        HUB.replace("subnet GatewaySubnet 10.0.0.0/27", "subnet GatewaySubnet 10.0.0.0/27 route-table rt-gw")
            + "route-table rt-gw {\n route spokes 10.0.0.0/8 -> appliance 10.0.2.4\n"
            + " route ars 10.0.1.0/26 -> vnet-local\n}");
  }
}
