package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** Completion offers keywords, the names in scope as written in the network, vendors and reserved subnets. */
class CompletionTest extends LanguageServerTest {

  static List<CompletionItem> complete(String uri, Position position) {
    return await(documents().completion(new CompletionParams(id(uri), position))).getRight().getItems();
  }

  static List<String> labels(String uri, Position position) {
    return complete(uri, position).stream().map(CompletionItem::getLabel).toList();
  }

  /** Opens {@code body} with the cursor where {@code |} is; returns the position of the cursor. */
  static Position cursor(String[] uriOut, String body) {
    int offset = body.indexOf('|');
    String uri = openModel(body.replace("|", ""));
    uriOut[0] = uri;
    return session.positionOf(uri, "network", offset + session.text(uri).indexOf('\n') + 1);
  }

  @Test
  void vendorsAfterVendor() {
    String[] uri = new String[1];
    Position position = cursor(uri, "nva fw1 vendor |\n");
    List<CompletionItem> items = complete(uri[0], position);
    assertEquals(List.of("bird", "exabgp", "frr", "generic", "panos"), items.stream().map(CompletionItem::getLabel).sorted().toList());
    assertTrue(items.stream().allMatch(item -> item.getKind() == CompletionItemKind.Enum), items.toString());
  }

  @Test
  void vendorsFilteredByWhatIsTyped() {
    String[] uri = new String[1];
    Position position = cursor(uri, "nva fw1 vendor pa|\n");
    assertEquals(List.of("panos"), labels(uri[0], position));
  }

  @Test
  void subnetsAsWrittenInTheNetwork() {
    String[] uri = new String[1];
    Position position = cursor(uri, "vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n"
        + "    subnet db 10.0.2.0/24\n}\nvm v1 in |\n");
    List<String> labels = labels(uri[0], position);
    assertTrue(labels.containsAll(List.of("hub.app", "hub.db")), labels.toString());
    assertTrue(labels.stream().noneMatch(label -> label.startsWith("net")), "no network-qualified duplicates: " + labels);
  }

  @Test
  void subnetsOfOtherFilesOfTheNetwork() {
    String network = freshNetwork();
    openModel(network, "vnet spoke { address-space 10.9.0.0/16 subnet far 10.9.1.0/24 }\n");
    String uri = openModel(network, "vm v1 in \n");
    List<String> labels = labels(uri, at(uri, "vm v1 in ", 9));
    assertTrue(labels.contains("spoke.far"), labels.toString());
  }

  @Test
  void nicsOfTheNvaAfterVia() {
    String[] uri = new String[1];
    Position position = cursor(uri, "vnet hub {\n    address-space 10.0.0.0/16\n    subnet RouteServerSubnet 10.0.1.0/26\n"
        + "    subnet inside 10.0.3.0/24\n}\nroute-server ars in hub\n"
        + "nva fw1 vendor frr asn 65001 {\n    nic eth0 hub.inside 10.0.3.4\n    nic eth1 hub.inside 10.0.3.5\n"
        + "    bgp { peer ars via | }\n}\n");
    List<String> labels = labels(uri[0], position);
    assertEquals(List.of("eth0", "eth1"), labels.stream().filter(label -> label.startsWith("eth")).sorted().toList());
  }

  @Test
  void declarationKeywordsAtTheStartOfALine() {
    String[] uri = new String[1];
    Position position = cursor(uri, "vnet hub { address-space 10.0.0.0/16 }\n|\n");
    List<String> labels = labels(uri[0], position);
    assertTrue(labels.containsAll(List.of("vnet", "route-server", "nva", "peering", "expect", "scenario")),
        labels.toString());
  }

  @Test
  void reservedSubnetNamesUntilDeclared() {
    String[] uri = new String[1];
    Position position = cursor(uri, "vnet hub {\n    address-space 10.0.0.0/16\n    subnet GatewaySubnet 10.0.0.0/27\n"
        + "    subnet |\n}\n");
    List<String> labels = labels(uri[0], position);
    assertTrue(labels.contains("RouteServerSubnet"), labels.toString());
    assertFalse(labels.contains("GatewaySubnet"), labels.toString());
  }
}
