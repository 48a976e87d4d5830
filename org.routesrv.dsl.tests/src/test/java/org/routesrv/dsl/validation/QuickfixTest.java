package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Test;

/**
 * Every quick fix end to end, through the language server: open the model, take the diagnostic the server
 * published, ask for its code actions, apply the returned text edits, and check the text before and after. The
 * fixed text is sent back to the server, which must no longer report that code.
 */
class QuickfixTest extends AbstractLanguageServerTest {

  QuickfixTest() {
    super("rsnet");
  }

  /** Applies the only quick fix offered for {@code code} in {@code before} and compares with {@code after}. */
  private void assertFix(String code, String title, String before, String after) {
    String uri = writeFile("main.rsnet", before);
    initialize();
    open(uri, before);
    Diagnostic diagnostic = diagnostics(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics(uri)));
    CodeAction action = codeActions(uri, diagnostic).stream().filter(a -> a.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no code action '" + title + "' for " + code));
    String fixed = apply(before, action.getEdit().getChanges().get(uri));
    assertEquals(after, fixed);

    languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
        List.of(new TextDocumentContentChangeEvent(fixed))));
    assertTrue(diagnostics(uri).stream().noneMatch(d -> code.equals(d.getCode().getLeft())),
        () -> "still " + code + " after the fix: " + diagnostics(uri));
  }

  private List<Diagnostic> diagnostics(String uri) {
    return getDiagnostics().getOrDefault(uri, List.of());
  }

  private List<CodeAction> codeActions(String uri, Diagnostic diagnostic) {
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
        new CodeActionContext(List.of(diagnostic)));
    try {
      return languageServer.codeAction(params).get().stream().filter(Either::isRight).map(Either::getRight).toList();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** LSP semantics: every edit's range refers to the original text. */
  private static String apply(String text, List<TextEdit> edits) {
    Document document = new Document(1, text);
    List<TextEdit> ordered = new ArrayList<>(edits);
    ordered.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
    StringBuilder result = new StringBuilder(text);
    for (TextEdit edit : ordered) {
      result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
          edit.getNewText());
    }
    return result.toString();
  }

  private static final String HUB = """
      network fixes
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet dmz 10.0.2.0/24
      }
      """;

  @Test
  void fact1_renameToRouteServerSubnet() {
    assertFix(IssueCodes.ROUTE_SERVER_SUBNET_NAME, "Rename to RouteServerSubnet", """
        network fixes
        vnet hub {
            address-space 10.0.0.0/16
            subnet routeserversubnet 10.0.1.0/26
        }
        route-server ars in hub
        """, """
        network fixes
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        route-server ars in hub
        """);
  }

  @Test
  void renameToGatewaySubnet() {
    assertFix(IssueCodes.GATEWAY_SUBNET_NAME, "Rename to GatewaySubnet", """
        network fixes
        vnet hub {
            address-space 10.0.0.0/16
            subnet Gatewaysubnet 10.0.0.0/27
        }
        expressroute-gateway er in hub
        """, """
        network fixes
        vnet hub {
            address-space 10.0.0.0/16
            subnet GatewaySubnet 10.0.0.0/27
        }
        expressroute-gateway er in hub
        """);
  }

  @Test
  void fact2_widenLegacyRouteServerSubnetTo26() {
    assertFix(IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE, "Widen to /26",
        HUB.replace("10.0.1.0/26", "10.0.1.0/27"), HUB);
  }

  @Test
  void fact2_widenTooSmallRouteServerSubnetTo26() {
    assertFix(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL, "Widen to /26",
        HUB.replace("10.0.1.0/26", "10.0.1.32/28"), HUB);
  }

  @Test
  void zeroTheHostBits() {
    assertFix(IssueCodes.PREFIX_HOST_BITS, "Clear the host bits", HUB.replace("10.0.0.0/16", "10.0.7.1/16"), HUB);
  }

  @Test
  void fact3_removeRouteTableFromRouteServerSubnet() {
    String model = HUB + "route-table rt { bgp-propagation off }\n";
    assertFix(IssueCodes.ROUTE_SERVER_SUBNET_ROUTE_TABLE, "Remove the route table from RouteServerSubnet",
        model.replace("10.0.1.0/26", "10.0.1.0/26 route-table rt"), model);
  }

  @Test
  void fact4_removeNsgFromRouteServerSubnetAndKeepTheRest() {
    String model = HUB + "route-table rt { bgp-propagation off }\nnsg guard\n";
    assertFix(IssueCodes.ROUTE_SERVER_SUBNET_NSG, "Remove the NSG from RouteServerSubnet",
        model.replace("10.0.1.0/26", "10.0.1.0/26 nsg guard route-table rt"),
        model.replace("10.0.1.0/26", "10.0.1.0/26 route-table rt"));
  }

  @Test
  void fact6_useStandardPublicIp() {
    assertFix(IssueCodes.ROUTE_SERVER_PUBLIC_IP, "Use a Standard public IP",
        HUB + "route-server ars in hub { public-ip basic }\n", HUB + "route-server ars in hub { public-ip standard }\n");
  }

  private static final String NVA_BEFORE = """
      nva fw vendor frr asn 65001 {
          nic eth0 hub.dmz 10.0.2.4
          static 10.0.1.0/26 via eth0
          bgp {
              peer ars via eth0
              advertise 192.168.0.0/16
          }
      }
      """;

  @Test
  void addIpForwardingToTheNic() {
    String model = HUB + "route-server ars in hub\n";
    assertFix(IssueCodes.IP_FORWARDING_MISSING, "Enable IP forwarding", model + NVA_BEFORE,
        model + NVA_BEFORE.replace("10.0.2.4", "10.0.2.4 ip-forwarding"));
  }

  @Test
  void fact75_addStaticRouteToRouteServerSubnet() {
    String model = HUB + "route-server ars in hub\n";
    String withoutStatic = NVA_BEFORE.replace("    static 10.0.1.0/26 via eth0\n", "");
    assertFix(IssueCodes.RECURSIVE_NEXT_HOP, "Add a static route to RouteServerSubnet", model + withoutStatic,
        model + NVA_BEFORE);
  }

  @Test
  void fact75_staticRouteGoesAfterTheLastStatic() {
    String model = HUB + "route-server ars in hub\n";
    String other = NVA_BEFORE.replace("static 10.0.1.0/26 via eth0", "static 10.0.0.0/8 via eth0");
    assertFix(IssueCodes.RECURSIVE_NEXT_HOP, "Add a static route to RouteServerSubnet", model + other,
        model + other.replace("static 10.0.0.0/8 via eth0", "static 10.0.0.0/8 via eth0\n    static 10.0.1.0/26 via eth0"));
  }

  @Test
  void fact42_peerWithBothInstances() {
    String model = HUB + "route-server ars in hub\n";
    assertFix(IssueCodes.PEER_SINGLE_INSTANCE, "Peer with both Route Server instances",
        model + NVA_BEFORE.replace("peer ars via eth0", "peer ars via eth0 instances second keepalive 20s hold 60s"),
        model + NVA_BEFORE.replace("peer ars via eth0", "peer ars via eth0 keepalive 20s hold 60s"));
  }

  @Test
  void fact74_addRouteTableWithDefaultRouteToTheNvaSubnet() {
    String before = HUB + "route-server ars in hub\n" + NVA_BEFORE.replace("192.168.0.0/16", "0.0.0.0/0");
    String after = """
        network fixes
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet dmz 10.0.2.0/24 route-table rt-dmz
        }

        route-table rt-dmz {
            route default 0.0.0.0/0 -> internet
        }
        route-server ars in hub
        """ + NVA_BEFORE.replace("192.168.0.0/16", "0.0.0.0/0");
    assertFix(IssueCodes.DEFAULT_ROUTE_LOOP, "Add a route table with 0.0.0.0/0 -> internet to the NVA's subnet",
        before, after);
  }

  @Test
  void fact74_addDefaultRouteToTheExistingRouteTable() {
    String nva = NVA_BEFORE.replace("192.168.0.0/16", "0.0.0.0/0");
    String before = HUB.replace("subnet dmz 10.0.2.0/24", "subnet dmz 10.0.2.0/24 route-table rt-dmz") + """
        route-table rt-dmz {
            route default 192.168.0.0/16 -> none
        }
        route-server ars in hub
        """ + nva;
    String after = before.replace("route-table rt-dmz {\n", "route-table rt-dmz {\n    route default-2 0.0.0.0/0 -> internet\n");
    assertFix(IssueCodes.DEFAULT_ROUTE_LOOP, "Add a route table with 0.0.0.0/0 -> internet to the NVA's subnet",
        before, after);
  }

  private static final String VPN_HUB = """
      network fixes
      vnet hub {
          address-space 10.0.0.0/16
          subnet GatewaySubnet 10.0.0.0/27
          subnet RouteServerSubnet 10.0.1.0/26
      }
      route-server ars in hub
      """;

  @Test
  void fact68_setVpnGatewayAsnTo65515() {
    assertFix(IssueCodes.VPN_GATEWAY_ASN, "Set ASN 65515", VPN_HUB + "vpn-gateway vpngw in hub active-active asn 65510\n",
        VPN_HUB + "vpn-gateway vpngw in hub active-active asn 65515\n");
  }

  @Test
  void fact68_makeVpnGatewayActiveActive() {
    assertFix(IssueCodes.VPN_GATEWAY_ACTIVE_ACTIVE, "Make the VPN gateway active-active",
        VPN_HUB + "vpn-gateway vpngw in hub asn 65515\n", VPN_HUB + "vpn-gateway vpngw in hub active-active asn 65515\n");
  }
}
