package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

class LanguageRulesTest extends RuleTestBase {

  @Test
  void unknownVendorListsTheSupportedOnes() {
    var issue = assertIssue(IssueCodes.UNKNOWN_VENDOR, Severity.ERROR,
        HUB + "nva fw vendor [[cisco]] asn 65001 { nic eth0 hub.dmz 10.0.2.4 }");
    assertTrue(issue.getMessage().contains("panos, exabgp, frr, bird, generic"), issue.getMessage());
    assertTrue(issue.getMessage().contains("For another BGP router write 'vendor generic'"), issue.getMessage());
  }

  @Test
  void supportedVendorsAreAccepted() {
    for (String vendor : LanguageRules.VENDORS) {
      assertNoIssue(IssueCodes.UNKNOWN_VENDOR, HUB + "nva fw vendor " + vendor + " asn 65001 { nic eth0 hub.dmz 10.0.2.4 }");
    }
  }

  @Test
  void prependAndAsPathTogetherAreRejected() {
    assertError(IssueCodes.PREPEND_WITH_AS_PATH, HUB + nva("fw", 4, 65001,
        "advertise 192.168.0.0/16 prepend [[2]] as-path 65001 65001"));
  }

  @Test
  void prependAndAsPathTogetherAreRejectedInAScenarioRoute() {
    assertError(IssueCodes.PREPEND_WITH_AS_PATH, HUB + nva("fw", 4, 65001, "")
        + "scenario s { advertise fw 192.168.0.0/16 prepend [[2]] as-path 65001 65001 }");
  }

  @Test
  void prependAloneIsFine() {
    assertNoIssue(IssueCodes.PREPEND_WITH_AS_PATH, HUB + nva("fw", 4, 65001, "advertise 192.168.0.0/16 prepend 2"));
  }

  @Test
  void applianceRouteNeedsAnIp() {
    assertError(IssueCodes.ROUTE_NEXT_HOP_IP, HUB + "route-table rt { route r 0.0.0.0/0 -> [[appliance]] }");
  }

  @Test
  void otherNextHopTypesTakeNoIp() {
    assertError(IssueCodes.ROUTE_NEXT_HOP_IP, HUB + "route-table rt { route r 0.0.0.0/0 -> internet [[10.0.2.4]] }");
  }

  @Test
  void applianceRouteWithIpIsFine() {
    assertNoIssue(IssueCodes.ROUTE_NEXT_HOP_IP, HUB + "route-table rt { route r 0.0.0.0/0 -> appliance 10.0.2.4 }");
  }

  @Test
  void aStaticSiteBehindAVpnGatewayIsALocalNetworkGateway() {
    assertNoIssue(IssueCodes.SITE_STATIC_VIA, HUB + """
        vpn-gateway vpngw in hub active-active
        site legacy via vpngw { prefix 192.168.0.0/24 }
        """);
  }

  @Test
  void aStaticSiteNeedsAVpnGateway() {
    assertError(IssueCodes.SITE_STATIC_VIA, HUB + nva("fw", 4, 65001, "") + """
        site legacy via [[fw]] { prefix 192.168.0.0/24 }
        """);
    assertError(IssueCodes.SITE_STATIC_VIA, HUB + """
        expressroute-gateway ergw in hub
        site dc via [[ergw]] { prefix 192.168.0.0/24 }
        """);
  }

  @Test
  void aStaticPrefixHasNoAsPath() {
    assertError(IssueCodes.SITE_STATIC_AS_PATH, HUB + """
        vpn-gateway vpngw in hub active-active
        site legacy via vpngw { prefix 192.168.0.0/24 as-path [[65010]] }
        """);
    assertNoIssue(IssueCodes.SITE_STATIC_AS_PATH, HUB + """
        vpn-gateway vpngw in hub active-active
        site branch asn 65501 via vpngw { prefix 192.168.0.0/24 as-path 65010 }
        """);
  }

  @Test
  void aRouteServerListsWhatItLearnedPerNvaPeerOnly() {
    String model = HUB + nva("fw", 4, 65001, "advertise 192.168.0.0/24") + """
        vpn-gateway vpngw in hub active-active
        site branch asn 65501 via vpngw { prefix 192.168.1.0/24 }
        """;
    assertError(IssueCodes.LEARNED_SOURCE, model + "expect learned ars 192.168.1.0/24 from [[vpngw]]");
    assertError(IssueCodes.LEARNED_SOURCE, model + "expect no-learned ars 192.168.1.0/24 from [[branch]]");
    assertNoIssue(IssueCodes.LEARNED_SOURCE, model + "expect learned ars 192.168.0.0/24 from fw");
    assertNoIssue(IssueCodes.LEARNED_SOURCE, model + "expect learned vpngw 192.168.1.0/24 from branch");
  }

  @Test
  void aTraceToASiteGoesToItsFirstPrefixAndNeedsOne() {
    String model = HUB + nva("fw", 4, 65001, "") + "vm a in hub.workload 10.0.3.4\n";
    assertError(IssueCodes.DESTINATION_WITHOUT_ADDRESS, model + "site shop asn 65070 via fw { }\n"
        + "expect trace a -> [[shop]] via fw");
    assertNoIssue(IssueCodes.DESTINATION_WITHOUT_ADDRESS, model + "site shop asn 65070 via fw { prefix 10.70.0.0/16 }\n"
        + "expect trace a -> shop via fw\nexpect trace a -> fw via fw");
  }

  @Test
  void outageExpectationOutsideScenarioIsRejected() {
    assertError(IssueCodes.OUTAGE_OUTSIDE_SCENARIO, HUB + """
        vm a in hub.workload 10.0.3.4
        [[expect outage a -> 8.8.8.8 at-most 90s]]
        """);
  }

  @Test
  void outageExpectationInScenarioIsFine() {
    assertNoIssue(IssueCodes.OUTAGE_OUTSIDE_SCENARIO, HUB + nva("fw", 4, 65001, "") + """
        vm a in hub.workload 10.0.3.4
        scenario fw-down {
            fail fw crash
            expect outage a -> 8.8.8.8 at-most 90s
        }
        """);
  }

  @Test
  void anInstanceTargetNamesAGatewayInstanceNotAnNva() {
    String base = HUB + nva("fw", 4, 65001, "advertise 0.0.0.0/0") + "vpn-gateway vpngw in hub active-active\n";
    assertError(IssueCodes.TARGET_INSTANCE, base + "expect route spoke.workload 0.0.0.0/0 via fw [[instance]] first\n");
    assertNoIssue(IssueCodes.TARGET_INSTANCE, base
        + "expect route spoke.workload 0.0.0.0/0 via vpngw instance first, ip 10.0.2.4\n");
  }

  @Test
  void aTraceNamesItsHopsWithoutAddressesOrInstances() {
    String base = HUB + nva("fw", 4, 65001, "advertise 0.0.0.0/0") + "vm a in spoke.workload 10.1.0.4\n";
    assertError(IssueCodes.TARGET_INSTANCE, base + "expect trace a -> 8.8.8.8 via [[ip 10.0.2.4]], internet\n");
  }

  @Test
  void fact91_aProgrammingDelayRangeIsWrittenShortestFirst() {
    String server = "route-server ars in hub\n";
    assertError(IssueCodes.PROGRAMMING_DELAY_RANGE, HUB.replace(server,
        "route-server ars in hub { programming-delay 30s to [[5s]] }\n"));
    assertNoIssue(IssueCodes.PROGRAMMING_DELAY_RANGE, HUB.replace(server,
        "route-server ars in hub { programming-delay 5s to 30s }\n"));
  }
}
