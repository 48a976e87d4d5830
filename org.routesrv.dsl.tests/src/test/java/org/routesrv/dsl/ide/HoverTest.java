package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.analysis.LiveAnalyses;

/** Hovers explain keywords and show what the simulation computed, from one cached simulation. */
class HoverTest extends LanguageServerTest {

  static Hover hover(String uri, Position position) {
    return await(documents().hover(new HoverParams(id(uri), position)));
  }

  static String markdown(String uri, Position position) {
    Hover hover = hover(uri, position);
    if (hover == null || hover.getContents() == null || hover.getContents().getRight() == null) {
      return null;
    }
    assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
    String value = hover.getContents().getRight().getValue();
    return value.isEmpty() ? null : value;
  }

  @Test
  void keywordShowsItsDocumentation() {
    String uri = openModel(HUB);
    String text = markdown(uri, at(uri, "bgp-propagation off", 3));
    assertTrue(text.contains("Propagate gateway routes = No"), text);
  }

  @Test
  void vendorShowsWhatTheVendorDoes() {
    String uri = openModel(HUB);
    assertTrue(markdown(uri, at(uri, "panos", 1)).contains("PAN-OS"));
  }

  @Test
  void subnetShowsItsEffectiveRoutesAsTheAzureCliListsThem() {
    String uri = openModel(HUB);
    String text = markdown(uri, at(uri, "subnet workload", 8));
    assertTrue(text.startsWith("**subnet** `spoke1.workload` 10.1.0.0/24"), text);
    assertTrue(text.contains("| Source | State | Address Prefix | Next Hop Type | Next Hop IP |"), text);
    // fw1 wins over fw2, which prepends: the spoke's default route goes to fw1.
    assertTrue(text.contains("| VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway | 10.0.3.4 |"), text);
    assertFalse(text.contains("10.0.3.5 |"), text);
  }

  @Test
  void referenceToASubnetShowsTheSubnet() {
    String uri = openModel(HUB);
    String declared = markdown(uri, at(uri, "subnet workload", 8));
    assertEquals(declared, markdown(uri, at(uri, "spoke1.workload 10.1.0.4", 9)));
  }

  @Test
  void nvaShowsItsSessionsAndWhatRouteServerLearnedAndAdvertised() {
    String uri = openModel(HUB);
    String text = markdown(uri, at(uri, "nva fw2", 5));
    assertTrue(text.contains("**Sessions with `ars`**: 2 of 2 Established"), text);
    assertTrue(text.contains("| 10.0.1.4 | 0.0.0.0/0 | 10.0.3.5 | 65502-65502 |  |"), text);
    assertTrue(text.contains("| 10.0.1.4 | 0.0.0.0/0 | 10.0.1.4 | 65515-65501 |"), text);
  }

  @Test
  void gatewaysAndSitesShowWhatTheyLearnAndNvasTheirOtherSessions() {
    String edge = HUB.replace("subnet RouteServerSubnet 10.0.1.0/26", "subnet RouteServerSubnet 10.0.1.0/26\n"
        + "    subnet GatewaySubnet 10.0.0.0/27")
        + "vpn-gateway vpngw in hub active-active\n"
        + "site branch asn 65010 via vpngw { prefix 192.168.0.0/24 }\n"
        + "site colo asn 65020 via fw1 { prefix 172.16.0.0/16 }\n";
    String uri = openModel(edge);
    String gateway = markdown(uri, at(uri, "vpn-gateway vpngw", 13));
    assertTrue(gateway.contains("**BGP peers**") && gateway.contains("| branch | 198.51.100.1 | 65010 |"), gateway);
    assertTrue(gateway.contains("| 192.168.0.0/24 | 198.51.100.1 | 198.51.100.1 | EBgp | 65010 |"), gateway);
    String site = markdown(uri, at(uri, "site branch", 6));
    assertTrue(site.contains("**Received on-premises**") && site.contains("| 10.1.0.0/16 | 65515 |"), site);
    String nva = markdown(uri, at(uri, "nva fw1", 5));
    assertTrue(nva.contains("**Other BGP sessions**") && nva.contains("| colo | 198.51.100.2 | 65020 | Established |"),
        nva);
    assertTrue(nva.contains("**Routing table**") && nva.contains("| 172.16.0.0/16 | bgp | 20 |"), nva);
  }

  @Test
  void routeServerShowsTheSessionsOfItsPeers() {
    String uri = openModel(HUB);
    String text = markdown(uri, at(uri, "route-server ars", 14));
    assertTrue(text.contains("Instances 10.0.1.4, 10.0.1.5"), text);
    assertTrue(text.contains("| fw1 | 10.0.3.4 | 65501 | 10.0.1.5 | Established | 60 |  |"), text);
  }

  @Test
  void expectationShowsWhatTheSimulationFound() {
    String uri = openModel(HUB + "expect route spoke1.workload 0.0.0.0/0 via fw2\nexpect session fw1 established\n");
    String failing = markdown(uri, at(uri, "expect route", 0));
    assertTrue(failing.startsWith("❌ **Fails**"), failing);
    assertTrue(failing.contains("fw1 (10.0.3.4)"), failing);
    String passing = markdown(uri, at(uri, "expect session", 8));
    assertTrue(passing.startsWith("✅ **Passes**"), passing);
  }

  @Test
  void nameThatIsAlsoAKeywordIsDescribedAsTheElement() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet nva 10.0.2.0/24\n}\n");
    String text = markdown(uri, at(uri, "subnet nva", 8));
    assertTrue(text.startsWith("**subnet** `hub.nva`"), text);
  }

  @Test
  void leadingCommentDocumentsTheElement() {
    String uri = openModel("// The firewall pair's subnet.\n// Propagation stays on.\nvnet hub { address-space 10.0.0.0/16 }\n");
    String text = markdown(uri, at(uri, "vnet hub", 6));
    assertTrue(text.contains("The firewall pair's subnet.\nPropagation stays on."), text);
  }

  @Test
  void modelWithErrorsSaysWhySimulationIsUnavailable() {
    String uri = openModel(HUB + "vm broken in spoke1.nowhere 10.1.0.9\n");
    String text = markdown(uri, at(uri, "subnet workload", 8));
    assertTrue(text.contains("_Simulation unavailable: "), text);
    assertTrue(text.contains("no subnet named 'spoke1.nowhere'"), text);
  }

  @Test
  void whitespaceHasNoHover() {
    String uri = openModel("\n\nvnet hub { address-space 10.0.0.0/16 }\n");
    assertNull(markdown(uri, new Position(2, 0)));
  }

  @Test
  void hoversShareOneSimulationUntilTheNetworkChanges() {
    LiveAnalyses analyses = LanguageServerInternals.languageService(LiveAnalyses.class);
    String network = freshNetwork();
    String uri = openModel(network, HUB);
    markdown(uri, at(uri, "subnet workload", 8));
    int simulated = analyses.distinctAnalysesServed(network);
    markdown(uri, at(uri, "nva fw1", 5));
    markdown(uri, at(uri, "route-server ars", 14));
    markdown(uri, at(uri, "subnet trusted", 8));
    assertEquals(simulated, analyses.distinctAnalysesServed(network), "no new simulation for the same version");
    session.change(uri, session.text(uri) + "\nvm vm2 in spoke1.workload 10.1.0.5\n");
    session.awaitDiagnostics(uri, diagnostics -> true);
    markdown(uri, at(uri, "subnet workload", 8));
    markdown(uri, at(uri, "nva fw1", 5));
    assertEquals(simulated + 1, analyses.distinctAnalysesServed(network), "one simulation for the new version");
  }
}
