package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NamingRulesTest extends RuleTestBase {

  @Test
  void duplicateVnetInOneFile() {
    assertError(IssueCodes.DUPLICATE_NAME, HUB + "vnet [[spoke]] {\n address-space 10.7.0.0/16\n}");
  }

  @Test
  void duplicateVnetAcrossFilesOfTheSameNetwork() {
    var issue = assertIssue(IssueCodes.DUPLICATE_NAME, Severity.ERROR,
        "network test\nvnet [[spoke]] {\n address-space 10.7.0.0/16\n}\n", HUB);
    assertTrue(issue.getMessage().contains("lib0.rsnet"), issue.getMessage());
  }

  @Test
  void sameNameInAnotherNetworkIsFine() {
    assertNoIssue(IssueCodes.DUPLICATE_NAME, "network other\nvnet spoke {\n address-space 10.7.0.0/16\n}\n", HUB);
  }

  @Test
  void namesDifferingOnlyInCaseCollide() {
    var issue = assertIssue(IssueCodes.DUPLICATE_NAME, Severity.ERROR,
        HUB + "vnet [[Spoke]] {\n address-space 10.7.0.0/16\n}");
    assertTrue(issue.getMessage().contains("case"), issue.getMessage());
  }

  @Test
  void subnetNamesAreUniquePerVnet() {
    assertError(IssueCodes.DUPLICATE_NAME, "network test\nvnet a {\n address-space 10.0.0.0/16\n subnet x 10.0.0.0/24\n"
        + " subnet [[x]] 10.0.1.0/24\n}\nvnet b {\n address-space 10.1.0.0/16\n subnet x 10.1.0.0/24\n}\n");
  }

  @Test
  void sameSubnetNameInDifferentVnetsIsFine() {
    assertNoIssue(IssueCodes.DUPLICATE_NAME, HUB);
  }

  @Test
  void nvaAndVmShareAzureVmNames() {
    assertError(IssueCodes.DUPLICATE_NAME, HUB + nva("fw", 4, 65001, "") + "vm [[fw]] in hub.workload 10.0.3.4");
  }

  @Test
  void nvaAndGatewayShareTheHopNamespace() {
    assertError(IssueCodes.DUPLICATE_NAME, HUB + nva("fw", 4, 65001, "") + "vpn-gateway [[fw]] in hub active-active");
  }

  @Test
  void bgpPeerNamedLikeTheRouteServerIsAmbiguous() {
    assertError(IssueCodes.DUPLICATE_NAME, HUB + nva("fw", 4, 65001, "peer [[ars]] 10.0.2.10 asn 65002"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"con", "NUL", "com1", "Lpt9", "aux"})
  void windowsDeviceNamesAreUnsafeForNvas(String name) {
    assertError(IssueCodes.UNSAFE_NAME, HUB + "nva [[" + name + "]] vendor frr asn 65001 { nic eth0 hub.dmz 10.0.2.4 }");
  }

  @Test
  void windowsDeviceNamesAreUnsafeForScenarios() {
    assertError(IssueCodes.UNSAFE_NAME, HUB + "scenario [[prn]] { }");
  }

  @Test
  void windowsDeviceNameAsNetworkPartIsUnsafe() {
    assertError(IssueCodes.UNSAFE_NAME, "network [[contoso.nul]]\n");
  }

  @Test
  void ordinaryNamesAreSafe() {
    assertNoIssue(IssueCodes.UNSAFE_NAME, HUB + nva("console", 4, 65001, "") + "scenario com10 { }");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a/b", "a\\\\b", "c:", "nul.txt", "x.", ""})
  void unsafeFileNames(String name) {
    assertTrue(NamingRules.unsafeReason(name) != null, name);
  }
}
