package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class PeeringRulesTest extends RuleTestBase {

  /** The hub plus a VNet that is not peered with it. */
  private static final String WITH_ISLAND = HUB + """
      vnet island {
          address-space 10.9.0.0/16
          subnet dmz 10.9.2.0/24
      }
      """;

  private static String nvaIn(String subnet, String ip, String peerLine) {
    return """
        nva fw vendor frr asn 65001 {
            nic eth0 %s %s ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                %s
            }
        }
        """.formatted(subnet, ip, peerLine);
  }

  @Test
  void fact23_peerInRouteServerVnetIsFine() {
    assertNoIssue(IssueCodes.PEER_OUTSIDE_REACH, HUB + nva("fw", 4, 65001, ""));
  }

  @Test
  void fact23_peerInDirectlyPeeredVnetIsFine() {
    assertNoIssue(IssueCodes.PEER_OUTSIDE_REACH, HUB + nvaIn("spoke.workload", "10.1.0.4", "peer ars via eth0"));
  }

  @Test
  void fact23_peerOutsideRouteServerVnetAndItsPeersIsRejected() {
    assertError(IssueCodes.PEER_OUTSIDE_REACH, WITH_ISLAND + nvaIn("island.dmz", "10.9.2.4", "peer ars via [[eth0]]"));
  }

  @Test
  void fact42_peeringWithOneInstanceWarnsOnThePeerLine() {
    assertWarning(IssueCodes.PEER_SINGLE_INSTANCE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "[[peer ars via eth0 instances first]]"));
  }

  @Test
  void fact42_separateLinesForBothInstancesAreFine() {
    assertNoIssue(IssueCodes.PEER_SINGLE_INSTANCE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 instances first\n peer ars via eth0 instances second"));
  }

  @Test
  void fact42_explicitBothIsFine() {
    assertNoIssue(IssueCodes.PEER_SINGLE_INSTANCE, HUB + nvaIn("hub.dmz", "10.0.2.4", "peer ars via eth0 instances both"));
  }

  @Test
  void fact42_linesForEachInstanceFromOneNicMustAgreeOnTheirOptions() {
    assertError(IssueCodes.PEER_LINES_DIFFER, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 instances first hold 60s\n [[peer ars via eth0 instances second]]"));
    assertNoIssue(IssueCodes.PEER_LINES_DIFFER, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 instances first as-override\n peer ars via eth0 as-override instances second"));
  }

  @Test
  void fact42_twoLinesForTheSameInstanceAreRejected() {
    assertError(IssueCodes.PEER_DUPLICATE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0\n [[peer ars via eth0 instances second]]"));
  }

  @Test
  void fact42_instancesPeeredFromDifferentNicsGetDifferentNextHops() {
    assertWarning(IssueCodes.ADVERTISEMENT_ASYMMETRIC, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            nic eth1 hub.dmz 10.0.2.5 ip-forwarding
            bgp {
                peer ars via eth0 instances first
                peer ars via [[eth1]] instances second
            }
        }
        """);
  }

  @Test
  void fact42_advertisementToARouteServerPeeredOnTwoLinesReachesBoth() {
    assertNoIssue(IssueCodes.ADVERTISEMENT_ASYMMETRIC, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 instances first\n peer ars via eth0 instances second\n advertise 0.0.0.0/0 to ars"));
  }

  @Test
  void fact88_advertisementToOneInstanceWarns() {
    assertWarning(IssueCodes.ADVERTISEMENT_ASYMMETRIC, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0\n advertise 0.0.0.0/0 to ars instance [[first]]"));
  }

  @Test
  void fact88_scenarioRouteToOneInstanceWarns() {
    assertWarning(IssueCodes.ADVERTISEMENT_ASYMMETRIC, HUB + nvaIn("hub.dmz", "10.0.2.4", "peer ars via eth0")
        + "scenario s { advertise fw 0.0.0.0/0 prepend 2 to ars instance [[second]] }");
  }

  @Test
  void fact88_advertisementToAnInstanceWithoutSessionReachesNoOne() {
    Issue issue = assertWarning(IssueCodes.ADVERTISEMENT_ASYMMETRIC, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 instances first\n advertise 0.0.0.0/0 to ars instance [[second]]"));
    assertTrue(issue.getMessage().contains("reaches no one"), issue.getMessage());
  }

  @Test
  void aNeighbourHasNoInstances() {
    assertError(IssueCodes.ADVERTISEMENT_INSTANCE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0\n peer lab 10.0.2.10 asn 65002\n advertise 0.0.0.0/0 to lab instance [[first]]"));
  }

  @Test
  void fact42_advertisementToTheRouteServerPeeringIsSymmetric() {
    assertNoIssue(IssueCodes.ADVERTISEMENT_ASYMMETRIC, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0\n peer lab 10.0.2.10 asn 65002\n advertise 0.0.0.0/0 to ars"));
  }

  @Test
  void fact20_holdTimeBelowThreeSecondsIsRejected() {
    assertError(IssueCodes.BGP_HOLD_TIME_RANGE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 keepalive 500ms hold [[2s]]"));
  }

  @Test
  void fact20_keepaliveAboveAThirdOfHoldWarns() {
    assertWarning(IssueCodes.BGP_KEEPALIVE_HOLD, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 keepalive [[30s]] hold 60s"));
  }

  @Test
  void fact21_shortTimersOfSeed000AreFine() {
    String model = HUB + nvaIn("hub.dmz", "10.0.2.4", "peer ars via eth0 keepalive 20s hold 60s");
    assertNoIssue(IssueCodes.BGP_KEEPALIVE_HOLD, model);
    assertNoIssue(IssueCodes.BGP_HOLD_TIME_RANGE, model);
  }

  @Test
  void allowasInTakesOneToTen() {
    assertError(IssueCodes.ALLOWAS_IN_RANGE, HUB + nvaIn("hub.dmz", "10.0.2.4", "peer ars via eth0 allowas-in [[20]]"));
    assertNoIssue(IssueCodes.ALLOWAS_IN_RANGE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer ars via eth0 allowas-in 3 as-override remove-private-as replace"));
  }

  @Test
  void multihopIsATtl() {
    assertError(IssueCodes.BGP_MULTIHOP_RANGE, HUB + nvaIn("hub.dmz", "10.0.2.4",
        "peer onprem 192.168.0.1 asn 65010 multihop [[300]]"));
  }
}
