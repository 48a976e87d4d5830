package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Typing: edited documents are re-parsed in place, and everything the server shows follows the text
 * as it is now, in the edited file and in the other files of its network.
 */
class EditingTest extends LanguageServerTest {

  private static void type(String uri, String after, String text) {
    Position at = at(uri, after, after.length());
    session.edit(uri, new Range(at, at), text);
  }

  private static void delete(String uri, String search) {
    session.edit(uri, new Range(at(uri, search, 0), at(uri, search, search.length())), "");
  }

  @Test
  void typingAnErrorAndRemovingItUpdatesDiagnosticsEachTime() {
    String uri = openModel(HUB);
    type(uri, "vm vm1 in spoke1.workload 10.1.0.4", "00");
    List<org.eclipse.lsp4j.Diagnostic> errors = session.awaitDiagnostics(uri, list -> !list.isEmpty());
    assertEquals(at(uri, "vm vm1", 0).getLine(), errors.get(0).getRange().getStart().getLine());
    delete(uri, "10.1.0.400");
    type(uri, "vm vm1 in spoke1.workload ", "10.1.0.4");
    session.awaitDiagnostics(uri, List::isEmpty);
  }

  /**
   * Regression: a file marked dirty again after a cancelled build was kept instead of re-linked, and its
   * reference to the renamed subnet still resolved (to the subnet's replacement). Opening files and
   * typing quickly cancels builds at random points, so the scenario runs several times.
   */
  @RepeatedTest(10)
  void renamingADeclarationByTypingBreaksReferencesInOtherFiles() {
    String network = freshNetwork();
    String hub = openModel(network, "vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n");
    String vms = openModel(network, "vm v1 in hub.app 10.0.1.4\n");
    type(hub, "subnet app", "2");
    List<org.eclipse.lsp4j.Diagnostic> errors = session.awaitDiagnostics(vms, list -> !list.isEmpty());
    assertTrue(messageOf(errors.get(0)).contains("no subnet named 'hub.app'"), messageOf(errors.get(0)));
    delete(hub, "app2");
    type(hub, "subnet ", "app");
    session.awaitDiagnostics(vms, List::isEmpty);
  }

  @Test
  void hoverFollowsAnEditOfTheNetwork() {
    String uri = openModel(HUB);
    String before = HoverTest.markdown(uri, at(uri, "subnet workload", 8));
    assertTrue(before.contains("| 0.0.0.0/0 | VirtualNetworkGateway | 10.0.3.4 |"), before);
    // fw1 now prepends twice: fw2 (prepend 1) wins the default route.
    type(uri, "        advertise 0.0.0.0/0", " prepend 2");
    session.awaitDiagnostics(uri, list -> true);
    String after = HoverTest.markdown(uri, at(uri, "subnet workload", 8));
    assertTrue(after.contains("| 0.0.0.0/0 | VirtualNetworkGateway | 10.0.3.5 |"), after);
  }

  @Test
  void codeLensFollowsAnEditOfTheNetwork() {
    String uri = openModel(HUB);
    assertEquals("12: 4 sessions up · 2 routes learned", CodeLensTest.titles(uri).get(0));
    type(uri, "advertise 0.0.0.0/0 prepend 1", "\n        advertise 10.50.0.0/16");
    session.awaitDiagnostics(uri, list -> true);
    assertEquals("12: 4 sessions up · 3 routes learned", CodeLensTest.titles(uri).get(0));
  }
}
