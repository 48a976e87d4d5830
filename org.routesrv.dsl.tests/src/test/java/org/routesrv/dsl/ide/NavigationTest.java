package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;

/** Go to definition, find references, rename and the outline, across the files of a network. */
class NavigationTest extends LanguageServerTest {

  private static final String HUB_FILE = "vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n";

  @Test
  void definitionOfAReferenceInAnotherFile() {
    String network = freshNetwork();
    String hub = openModel(network, HUB_FILE);
    String vms = openModel(network, "vm v1 in hub.app 10.0.1.4\n");
    List<? extends Location> locations = await(documents().definition(
        new DefinitionParams(id(vms), at(vms, "hub.app", 5)))).getLeft();
    assertEquals(1, locations.size());
    assertEquals(hub, locations.get(0).getUri());
    assertEquals(at(hub, "app", 0), locations.get(0).getRange().getStart());
  }

  @Test
  void referencesAcrossFiles() {
    String network = freshNetwork();
    String hub = openModel(network, HUB_FILE + "vm v0 in hub.app 10.0.1.5\n");
    String vms = openModel(network, "vm v1 in hub.app 10.0.1.4\nvm v2 in hub.app 10.0.1.6\n");
    ReferenceParams params = new ReferenceParams(id(hub), at(hub, "subnet app", 8), new ReferenceContext(false));
    List<? extends Location> references = await(documents().references(params));
    Map<String, Integer> perFile = new TreeMap<>();
    references.forEach(location -> perFile.merge(location.getUri(), 1, Integer::sum));
    assertEquals(Map.of(hub, 1, vms, 2), perFile);
  }

  @Test
  void renameUpdatesQualifiedReferencesInEveryFile() {
    String network = freshNetwork();
    String hub = openModel(network, HUB_FILE);
    String vms = openModel(network, "vm v1 in hub.app 10.0.1.4\n");
    var range = await(documents().prepareRename(new PrepareRenameParams(id(hub), at(hub, "subnet app", 8))));
    assertEquals(at(hub, "app", 0), range.getFirst().getStart());
    WorkspaceEdit edit = await(documents().rename(new RenameParams(id(hub), at(hub, "subnet app", 8), "frontend")));
    Map<String, List<TextEdit>> changes = edit.getChanges();
    assertEquals(List.of("frontend"), changes.get(hub).stream().map(TextEdit::getNewText).toList());
    assertEquals(List.of("hub.frontend"), changes.get(vms).stream().map(TextEdit::getNewText).toList());
  }

  @Test
  void outlineNestsSubnetsInVnetsWithKindsAndDetails() {
    String uri = openModel(HUB_FILE + "nva fw1 vendor frr asn 65001 { nic eth0 hub.app 10.0.1.4 }\n"
        + "route-server ars in hub\nvm v1 in hub.app 10.0.1.9\nscenario s1 { fail fw1 crash }\n");
    List<DocumentSymbol> roots = await(documents().documentSymbol(new DocumentSymbolParams(id(uri))))
        .stream().map(either -> either.getRight()).toList();
    assertEquals(1, roots.size());
    DocumentSymbol network = roots.get(0);
    assertEquals(SymbolKind.Package, network.getKind());
    List<String> elements = network.getChildren().stream()
        .map(symbol -> symbol.getKind() + " " + symbol.getName() + " [" + symbol.getDetail() + "]").toList();
    assertEquals(List.of("Namespace hub [10.0.0.0/16]", "Class fw1 [frr · AS 65001]", "Interface ars [in hub]",
        "Variable v1 [10.0.1.9]", "Function s1 []"), elements);
    DocumentSymbol subnet = network.getChildren().get(0).getChildren().get(0);
    assertEquals("Field app [10.0.1.0/24]", subnet.getKind() + " " + subnet.getName() + " [" + subnet.getDetail() + "]");
    assertTrue(network.getChildren().get(1).getChildren().stream().anyMatch(nic -> nic.getName().equals("eth0")));
  }

  /**
   * Regression (issue 22): highlights were placed by a document that counts only {@code \n}, so with
   * lone {@code \r} line ends every one of them landed on line 0 (and a name used 9,000 times took
   * seconds). The highlights of subnet {@code app} are where the editor shows it.
   */
  @Test
  void highlightsLandOnTheirLinesWhateverTheLineEnds() {
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      String uri = openModel((HUB_FILE + "vm v1 in hub.app 10.0.1.4\nvm v2 in hub.app 10.0.1.5\n").replace("\n", lineEnd));
      var highlights = await(documents().documentHighlight(new org.eclipse.lsp4j.DocumentHighlightParams(id(uri),
          new org.eclipse.lsp4j.Position(3, 12))));
      List<String> lines = List.of(session.text(uri).split("\r\n|\r|\n", -1));
      List<String> highlighted = highlights.stream().map(h -> lines.get(h.getRange().getStart().getLine())
          .substring(h.getRange().getStart().getCharacter(), h.getRange().getEnd().getCharacter())).toList();
      assertEquals(List.of("app", "hub.app", "hub.app"), highlighted, lineEnd.replace("\r", "CR").replace("\n", "LF"));
    }
  }
}
