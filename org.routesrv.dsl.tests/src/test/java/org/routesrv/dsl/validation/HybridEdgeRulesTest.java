package org.routesrv.dsl.validation;

import org.junit.jupiter.api.Test;

class HybridEdgeRulesTest extends RuleTestBase {

  private static final String PAIR = HUB + nva("fw1", 4, 65001, "advertise 192.168.0.0/16")
      .replace("vendor frr", "vendor panos")
      + nva("fw2", 5, 65002, "advertise 192.168.0.0/16").replace("vendor frr", "vendor panos");

  @Test
  void fact60_aUdrToOneStatefulFirewallOfAPairIsAnAsymmetryRisk() {
    assertWarning(IssueCodes.UDR_PINS_NVA_PAIR, PAIR + "route-table rt { route spoke 10.1.0.0/16 -> appliance [[10.0.2.4]] }");
  }

  @Test
  void fact60_aUdrToARouterOrToAnNvaWithoutAPartnerIsFine() {
    assertNoIssue(IssueCodes.UDR_PINS_NVA_PAIR, PAIR.replace("vendor panos", "vendor frr")
        + "route-table rt { route spoke 10.1.0.0/16 -> appliance 10.0.2.4 }");
    assertNoIssue(IssueCodes.UDR_PINS_NVA_PAIR, PAIR.replace("advertise 192.168.0.0/16\n", "advertise 172.16.0.0/12\n")
        .replaceFirst("advertise 172.16.0.0/12", "advertise 192.168.0.0/16")
        + "route-table rt { route spoke 10.1.0.0/16 -> appliance 10.0.2.4 }");
  }

  @Test
  void fact52_aDefaultRouteReachesOnPremisesThroughExpressRouteWithBranchToBranch() {
    String hub = HUB.replace("route-server ars in hub", "route-server ars in hub { branch-to-branch on }")
        + "expressroute-gateway ergw in hub\n";
    assertWarning(IssueCodes.DEFAULT_ROUTE_TO_ON_PREMISES, hub + nva("fw", 4, 65001, "[[advertise 0.0.0.0/0]]"));
    assertNoIssue(IssueCodes.DEFAULT_ROUTE_TO_ON_PREMISES, hub + nva("fw", 4, 65001, "advertise 0.0.0.0/0 no-advertise"));
    assertNoIssue(IssueCodes.DEFAULT_ROUTE_TO_ON_PREMISES, HUB + "expressroute-gateway ergw in hub\n"
        + nva("fw", 4, 65001, "advertise 0.0.0.0/0"));
    assertNoIssue(IssueCodes.DEFAULT_ROUTE_TO_ON_PREMISES, HUB.replace("route-server ars in hub",
        "route-server ars in hub { branch-to-branch on }") + "vpn-gateway vpngw in hub active-active\n"
        + nva("fw", 4, 65001, "advertise 0.0.0.0/0"));
  }

  @Test
  void fact71_aSitePrefixMoreSpecificThanAnNvasOnPremisesRouteBypassesIt() {
    String model = HUB + nva("fw", 4, 65001, "advertise 192.168.0.0/16\nadvertise 0.0.0.0/0")
        + "vpn-gateway vpngw in hub active-active\n";
    assertWarning(IssueCodes.SITE_BYPASSES_NVA, model + "site branch asn 65501 via vpngw { prefix [[192.168.1.0/24]] }");
    assertNoIssue(IssueCodes.SITE_BYPASSES_NVA, model + "site branch asn 65501 via vpngw { prefix 192.168.0.0/16 }");
    assertNoIssue(IssueCodes.SITE_BYPASSES_NVA, model + "site branch asn 65501 via vpngw { prefix 172.16.1.0/24 }");
  }
}
