package org.routesrv.dsl.validation;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LimitRulesTest extends RuleTestBase {

  /** NVAs fw1..fwN, each one BGP peer of 'ars'; the ninth peer line is marked. */
  private static String nvas(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> """
        nva fw%1$d vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.%2$d ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp { %3$s }
        }
        """.formatted(i, 3 + i, i == 9 ? "[[peer ars via eth0]]" : "peer ars via eth0")).collect(Collectors.joining());
  }

  private static String prefixes(int count, String line) {
    return IntStream.range(0, count).mapToObj(i -> line.formatted(100 + i / 256, i % 256))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void fact25_eightPeersAreFine() {
    assertNoIssue(IssueCodes.PEER_LIMIT, HUB + nvas(8).replace("[[", "").replace("]]", ""));
  }

  @Test
  void fact25_ninthPeerIsRejectedOnItsPeerLine() {
    assertError(IssueCodes.PEER_LIMIT, HUB + nvas(9));
  }

  @Test
  void fact25_twoLinesOfOneNvaAreOnePeer() {
    String model = HUB + nvas(8).replace("[[", "").replace("]]", "").replace("bgp { peer ars via eth0 }",
        "bgp { peer ars via eth0 instances first peer ars via eth0 instances second }");
    assertNoIssue(IssueCodes.PEER_LIMIT, model);
  }

  @Test
  void fact26_moreThan4000RoutesFromOnePeerWarns() {
    assertWarning(IssueCodes.ROUTES_PER_PEER_LIMIT, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4 ip-forwarding
            bgp {
                [[peer ars via eth0]]
                advertise 172.16.0.0/12
            }
        }
        site branches asn 65010 via fw {
        %s
        }
        """.formatted(prefixes(4000, "prefix 192.%d.%d.0/24")));
  }

  @Test
  void fact26_4000RoutesAreFine() {
    assertNoIssue(IssueCodes.ROUTES_PER_PEER_LIMIT, HUB + nva("fw", 4, 65001, "")
        + "site branches asn 65010 via fw {\n" + prefixes(4000, "prefix 192.%d.%d.0/24") + "\n}\n");
  }

  @Test
  void fact26_exabgpOnlyAnnouncesItsOwnRoutes() {
    assertNoIssue(IssueCodes.ROUTES_PER_PEER_LIMIT, HUB + nva("fw", 4, 65001, "").replace("frr", "exabgp")
        + "site branches asn 65010 via fw {\n" + prefixes(4001, "prefix 192.%d.%d.0/24") + "\n}\n");
  }

  @Test
  void fact30_moreThan10000PrefixesWarn() {
    String model = HUB.replace("route-server ars in hub", "route-server [[ars]] in hub { branch-to-branch on }")
        + "vpn-gateway vpngw in hub active-active\n"
        + "site dc asn 65010 via vpngw {\n" + prefixes(10000, "prefix 172.%d.%d.0/24") + "\n}\n";
    assertWarning(IssueCodes.TOTAL_PREFIX_LIMIT, model);
  }

  @Test
  void fact53_gatewayRoutesDoNotCountWithoutBranchToBranch() {
    assertNoIssue(IssueCodes.TOTAL_PREFIX_LIMIT, HUB + "vpn-gateway vpngw in hub active-active\n"
        + "site dc asn 65010 via vpngw {\n" + prefixes(10000, "prefix 172.%d.%d.0/24") + "\n}\n");
  }

  @Test
  void fact29_moreThan1000PrefixesTowardsExpressRouteWarn() {
    String model = HUB.replace("route-server ars in hub", "route-server ars in hub { branch-to-branch [[on]] }")
        + "expressroute-gateway er in hub\n" + nva("fw", 4, 65001, prefixes(999, "advertise 172.%d.%d.0/24"));
    assertWarning(IssueCodes.EXPRESSROUTE_PREFIX_LIMIT, model);
  }

  @Test
  void fact43_noAdvertiseRoutesDoNotGoTowardsExpressRoute() {
    String model = HUB.replace("route-server ars in hub", "route-server ars in hub { branch-to-branch on }")
        + "expressroute-gateway er in hub\n" + nva("fw", 4, 65001, prefixes(999, "advertise 172.%d.%d.0/24 no-advertise"));
    assertNoIssue(IssueCodes.EXPRESSROUTE_PREFIX_LIMIT, model);
  }

  @Test
  void fact29_aPrefixAdvertisedTwiceCountsOnce() {
    String twice = prefixes(500, "advertise 172.%d.%d.0/24");
    assertNoIssue(IssueCodes.EXPRESSROUTE_PREFIX_LIMIT, HUB.replace("route-server ars in hub",
        "route-server ars in hub { branch-to-branch on }") + "expressroute-gateway er in hub\n"
        + nva("fw", 4, 65001, twice + "\n" + twice));
  }

  @Test
  void fact29_noExpressRouteLimitWithoutBranchToBranch() {
    assertNoIssue(IssueCodes.EXPRESSROUTE_PREFIX_LIMIT, HUB + "expressroute-gateway er in hub\n"
        + nva("fw", 4, 65001, prefixes(1200, "advertise 172.%d.%d.0/24")));
  }

  @Test
  void fact13_capacityIsTwoToFortyEightUnits() {
    assertError(IssueCodes.CAPACITY_RANGE, HUB.replace("route-server ars in hub",
        "route-server ars in hub { capacity [[49]] }"));
  }

  @Test
  void fact13_moreVmsThanTheDefaultCapacityWarn() {
    String vms = IntStream.range(0, 4001).mapToObj(i -> "vm vm%d in spoke.workload 10.1.%d.%d".formatted(i,
        i / 250, 4 + i % 250)).collect(Collectors.joining("\n"))
        .replace("spoke.workload", "spoke.big");
    String model = HUB.replace("subnet workload 10.1.0.0/24", "subnet big 10.1.0.0/16")
        .replace("route-server ars in hub", "route-server [[ars]] in hub") + vms;
    assertWarning(IssueCodes.VM_CAPACITY, model);
  }

  @Test
  void fact13_extraUnitsRaiseTheVmCapacity() {
    String vms = IntStream.range(0, 4001).mapToObj(i -> "vm vm%d in spoke.big 10.1.%d.%d".formatted(i,
        i / 250, 4 + i % 250)).collect(Collectors.joining("\n"));
    String model = HUB.replace("subnet workload 10.1.0.0/24", "subnet big 10.1.0.0/16")
        .replace("route-server ars in hub", "route-server ars in hub { capacity 3 }") + vms;
    assertNoIssue(IssueCodes.VM_CAPACITY, model);
  }

  private static String spokes(int count) {
    return IntStream.range(0, count).mapToObj(i -> "vnet s%1$d {\n address-space 11.%2$d.%3$d.0/24\n}\npeering hub <-> s%1$d\n"
        .formatted(i, i / 256, i % 256)).collect(Collectors.joining());
  }

  @Test
  void fact25_routeServerServesAtMost500Vnets() {
    assertWarning(IssueCodes.VNET_LIMIT, HUB.replace("route-server ars in hub", "route-server [[ars]] in hub")
        + spokes(499));
  }

  @Test
  void fact25_500VnetsAreFine() {
    assertNoIssue(IssueCodes.VNET_LIMIT, HUB + spokes(498));
  }
}
