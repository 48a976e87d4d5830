package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressingRulesTest extends RuleTestBase {

  private static String vnet(String body) {
    return "network test\nvnet hub {\n" + body + "\n}\n";
  }

  @Test
  void addressSpaceWithHostBitsIsRejected() {
    var issue = assertIssue(IssueCodes.PREFIX_HOST_BITS, org.eclipse.xtext.diagnostics.Severity.ERROR,
        vnet("address-space [[10.0.0.1/16]]"));
    assertEquals("10.0.0.0/16", issue.getData()[0]);
  }

  @Test
  void fact86_anInstanceOrderNamesBothInstanceAddressesEachOnce() {
    String server = "route-server ars in hub\n";
    assertNoIssue(IssueCodes.INSTANCE_ORDER, HUB.replace(server, "route-server ars in hub { instance-order 10.0.1.5, 10.0.1.4 }\n"));
    var issue = assertIssue(IssueCodes.INSTANCE_ORDER, org.eclipse.xtext.diagnostics.Severity.ERROR,
        HUB.replace(server, "route-server ars in hub { instance-order [[10.0.1.5]], 10.0.1.6 }\n"));
    assertEquals("Route Server 'ars': the instance order must name the two instance addresses of RouteServerSubnet"
        + " 10.0.1.0/26, 10.0.1.4 and 10.0.1.5, each once (fact 86).", issue.getMessage());
    assertError(IssueCodes.INSTANCE_ORDER, HUB.replace(server, "route-server ars in hub { instance-order [[10.0.1.4]], 10.0.1.4 }\n"));
  }

  @Test
  void hostBitsAreCheckedInEveryListPosition() {
    assertError(IssueCodes.PREFIX_HOST_BITS, vnet("address-space 10.0.0.0/16, [[10.1.2.3/16]]"));
  }

  @Test
  void hostBitsAreCheckedOnSubnets() {
    assertError(IssueCodes.PREFIX_HOST_BITS, vnet("address-space 10.0.0.0/16\n subnet a [[10.0.1.7/24]]"));
  }

  @Test
  void hostBitsAreCheckedOnRoutesStaticsAdvertisementsSitesAndExpectations() {
    String base = HUB + nva("fw", 4, 65001, "advertise 172.16.0.0/12");
    assertError(IssueCodes.PREFIX_HOST_BITS, base + "route-table rt { route r [[192.168.1.1/24]] -> internet }");
    assertError(IssueCodes.PREFIX_HOST_BITS, HUB + nva("fw", 4, 65001, "advertise [[172.16.0.1/12]]"));
    assertError(IssueCodes.PREFIX_HOST_BITS, base + "site dc asn 65010 via fw { prefix [[192.168.0.9/24]] }");
    assertError(IssueCodes.PREFIX_HOST_BITS, base + "expect route hub.workload [[10.9.9.9/8]] via fw");
    assertError(IssueCodes.PREFIX_HOST_BITS, base + "scenario s { withdraw fw [[172.16.0.1/12]] }");
    assertError(IssueCodes.PREFIX_HOST_BITS, base + "scenario s { advertise fw [[172.16.0.1/12]] }");
  }

  @Test
  void prefixesWithoutHostBitsAreFine() {
    assertNoIssue(IssueCodes.PREFIX_HOST_BITS, HUB + nva("fw", 4, 65001, "advertise 0.0.0.0/0"));
  }

  @Test
  void vnetNeedsAnAddressSpace() {
    assertError(IssueCodes.VNET_NO_ADDRESS_SPACE, "network test\nvnet [[empty]] {\n}\n");
  }

  @Test
  void addressSpacesOfAVnetMustNotOverlap() {
    assertError(IssueCodes.ADDRESS_SPACE_OVERLAP, vnet("address-space 10.0.0.0/16\n address-space [[10.0.128.0/17]]"));
  }

  @Test
  void subnetMustLieInTheAddressSpace() {
    assertError(IssueCodes.SUBNET_OUTSIDE_ADDRESS_SPACE, vnet("address-space 10.0.0.0/16\n subnet a [[10.1.0.0/24]]"));
  }

  @Test
  void subnetInSecondAddressSpaceIsFine() {
    assertNoIssue(IssueCodes.SUBNET_OUTSIDE_ADDRESS_SPACE,
        vnet("address-space 10.0.0.0/16, 172.16.0.0/24\n subnet a 172.16.0.0/25"));
  }

  @Test
  void subnetsMustNotOverlap() {
    assertError(IssueCodes.SUBNET_OVERLAP, vnet("address-space 10.0.0.0/16\n subnet a 10.0.0.0/23\n subnet b [[10.0.1.0/24]]"));
  }

  @Test
  void vnetCannotBePeeredWithItself() {
    assertError(IssueCodes.PEERING_SELF, HUB + "peering hub <-> [[hub]]");
  }

  @Test
  void vnetsArePeeredOnce() {
    assertError(IssueCodes.PEERING_DUPLICATE, HUB + "peering spoke <-> [[hub]]");
  }

  @Test
  void peeredAddressSpacesMustNotOverlap() {
    assertError(IssueCodes.PEERED_ADDRESS_SPACE_OVERLAP, HUB + """
        vnet other {
            address-space 10.0.128.0/17
        }
        peering hub <-> [[other]]
        """);
  }

  @Test
  void nicAddressMustLieInItsSubnet() {
    assertError(IssueCodes.IP_OUTSIDE_SUBNET, HUB + "nva fw vendor frr asn 65001 { nic eth0 hub.dmz [[10.0.3.4]] }");
  }

  @Test
  void vmAddressMustLieInItsSubnet() {
    assertError(IssueCodes.IP_OUTSIDE_SUBNET, HUB + "vm probe in spoke.workload [[10.1.1.4]]");
  }

  @Test
  void fact8_firstFourAddressesAreReservedByAzure() {
    assertError(IssueCodes.IP_RESERVED_BY_AZURE, HUB + "vm probe in spoke.workload [[10.1.0.3]]");
  }

  @Test
  void fact8_lastAddressIsReservedByAzure() {
    assertError(IssueCodes.IP_RESERVED_BY_AZURE, HUB + "vm probe in spoke.workload [[10.1.0.255]]");
  }

  @Test
  void fact8_fourthOffsetIsTheFirstUsableAddress() {
    assertNoIssue(IssueCodes.IP_RESERVED_BY_AZURE, HUB + "vm probe in spoke.workload 10.1.0.4");
  }

  @Test
  void addressesAreUniqueInAVnet() {
    assertError(IssueCodes.IP_DUPLICATE, HUB + nva("fw", 4, 65001, "") + "vm probe in hub.dmz [[10.0.2.4]]");
  }

  @Test
  void sameAddressInUnpeeredVnetsIsFine() {
    assertNoIssue(IssueCodes.IP_DUPLICATE, HUB + """
        vnet lab {
            address-space 10.0.0.0/16
            subnet dmz 10.0.2.0/24
        }
        vm a in hub.dmz 10.0.2.4
        vm b in lab.dmz 10.0.2.4
        """);
  }

  @Test
  void allNicsOfAnNvaAreInOneVnet() {
    assertError(IssueCodes.NIC_VNET_MISMATCH, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4
            nic eth1 [[spoke.workload]] 10.1.0.4
        }
        """);
  }

  @Test
  void staticNextHopMustBeInANicSubnet() {
    assertWarning(IssueCodes.STATIC_NEXT_HOP_UNREACHABLE, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4
            static 192.168.0.0/16 via [[10.0.3.1]]
        }
        """);
  }

  @Test
  void staticNextHopInANicSubnetIsFine() {
    assertNoIssue(IssueCodes.STATIC_NEXT_HOP_UNREACHABLE, HUB + """
        nva fw vendor frr asn 65001 {
            nic eth0 hub.dmz 10.0.2.4
            static 192.168.0.0/16 via 10.0.2.1
        }
        """);
  }
}
