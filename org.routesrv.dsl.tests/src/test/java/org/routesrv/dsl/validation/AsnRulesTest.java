package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AsnRulesTest extends RuleTestBase {

  private static String nvaWithAsn(String asn) {
    return HUB + "nva fw vendor frr asn " + asn + " {\n nic eth0 hub.dmz 10.0.2.4 ip-forwarding\n}\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"65515", "12076", "8074", "8075", "65517", "65518", "65520", "23456", "64496", "64500",
      "64511", "65535", "65540", "65551"})
  void fact16_reservedPeerAsnIsRejected(String asn) {
    assertError(IssueCodes.ASN_RESERVED, nvaWithAsn("[[" + asn + "]]"));
  }

  @Test
  void fact14_routeServersOwnAsnExplainsWhy() {
    var issue = assertIssue(IssueCodes.ASN_RESERVED, org.eclipse.xtext.diagnostics.Severity.ERROR,
        nvaWithAsn("[[65515]]"));
    assertTrue(issue.getMessage().contains("always 65515"), issue.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4200000001", "65552", "131072"})
  void fact17_thirtyTwoBitPeerAsnIsRejected(String asn) {
    assertError(IssueCodes.ASN_32_BIT, nvaWithAsn("[[" + asn + "]]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "7224", "64512", "65001", "65514", "65534", "65516", "65521"})
  void fact17_usable16BitAsnIsAccepted(String asn) {
    String model = nvaWithAsn(asn);
    assertNoIssue(IssueCodes.ASN_RESERVED, model);
    assertNoIssue(IssueCodes.ASN_32_BIT, model);
  }

  @Test
  void asnZeroIsRejected() {
    assertError(IssueCodes.ASN_ZERO, nvaWithAsn("[[0]]"));
  }

  @Test
  void asnZeroInAsPathIsRejected() {
    assertError(IssueCodes.ASN_ZERO, HUB + nva("fw", 4, 65001, "advertise 192.168.0.0/16 as-path 65001 [[0]]"));
  }

  @Test
  void asnZeroInAScenarioRouteIsRejected() {
    assertError(IssueCodes.ASN_ZERO, HUB + nva("fw", 4, 65001, "")
        + "scenario s { advertise fw 192.168.0.0/16 as-path 65001 [[0]] }");
  }

  @Test
  void fact19_nvasMayShareAnAsn() {
    String model = HUB + nva("fw1", 4, 65555, "") + nva("fw2", 5, 65555, "");
    assertNoIssue(IssueCodes.ASN_RESERVED, model);
    assertNoIssue(IssueCodes.DUPLICATE_NAME, model);
  }

  @Test
  void fact16_siteBehindGatewayWithReservedAsnIsRejected() {
    assertError(IssueCodes.ASN_RESERVED, HUB + """
        vpn-gateway vpngw in hub active-active
        site onprem asn [[12076]] via vpngw {
            prefix 192.168.0.0/24
        }
        """);
  }

  @Test
  void fact16_siteBehindNvaIsNotCheckedAgainstAzureReservations() {
    assertNoIssue(IssueCodes.ASN_RESERVED, HUB + nva("fw", 4, 65001, "") + """
        site onprem asn 12076 via fw {
            prefix 192.168.0.0/24
        }
        """);
  }

  @Test
  void fact16_vpnGatewayWithReservedAsnIsRejected() {
    assertError(IssueCodes.ASN_RESERVED, """
        network test
        vnet branch {
            address-space 10.9.0.0/16
            subnet GatewaySubnet 10.9.0.0/27
        }
        vpn-gateway vpngw in branch asn [[65518]]
        """);
  }

  @Test
  void fact68_vpnGatewayMayKeepAsn65515() {
    assertNoIssue(IssueCodes.ASN_RESERVED, HUB + "vpn-gateway vpngw in hub active-active asn 65515\n");
  }

  @Test
  void fact93_nvasSharingAnAsnAreWarnedAboutWithBothLabs() {
    String shared = HUB + nva("fw1", 4, 65050, "") + nva("fw2", 5, 65050, "").replace("asn 65050", "asn [[65050]]");
    var issue = assertWarning(IssueCodes.ASN_SHARED, shared);
    org.junit.jupiter.api.Assertions.assertTrue(issue.getMessage().contains("fact 19")
        && issue.getMessage().contains("fact 93"), issue.getMessage());
    assertNoIssue(IssueCodes.ASN_SHARED, HUB + nva("fw1", 4, 65050, "") + nva("fw2", 5, 65051, ""));
  }
}
