package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.validation.IssueCodes;

/** Code actions, the validator's quick fixes and "did you mean": applying one makes its diagnostic go away. */
class CodeActionTest extends LanguageServerTest {

  static List<CodeAction> actionsFor(String uri, Diagnostic diagnostic) {
    CodeActionParams params = new CodeActionParams(id(uri), diagnostic.getRange(),
        new CodeActionContext(List.of(diagnostic)));
    return await(documents().codeAction(params)).stream().map(either -> either.getRight()).toList();
  }

  /** Applies the action's edits to the document, as the client would, and returns the new text. */
  static String applyAction(String uri, CodeAction action) {
    String text = PresentationTest.apply(session.text(uri), action.getEdit().getChanges().get(uri));
    session.change(uri, text);
    return text;
  }

  @Test
  void misspelledReferenceOffersTheClosestDeclaredNames() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n"
        + "    subnet apps 10.0.2.0/24\n    subnet database 10.0.3.0/24\n}\nvm v1 in hub.ap 10.0.1.4\n");
    Diagnostic unresolved = errors(uri).get(0);
    List<String> titles = actionsFor(uri, unresolved).stream().map(CodeAction::getTitle).toList();
    assertEquals(List.of("Change to 'hub.app'", "Change to 'hub.apps'"), titles);
  }

  @Test
  void applyingTheChangeResolvesTheReference() {
    String uri = openModel(HUB + "expect route spoke1.workload 0.0.0.0/0 via fw3\n");
    Diagnostic unresolved = errors(uri).get(0);
    List<CodeAction> actions = actionsFor(uri, unresolved);
    assertEquals(List.of("Change to 'fw1'", "Change to 'fw2'"), actions.stream().map(CodeAction::getTitle).toList());
    String fixed = applyAction(uri, actions.get(0));
    assertEquals(true, fixed.endsWith("via fw1\n"), fixed);
    session.awaitDiagnostics(uri, List::isEmpty);
  }

  @Test
  void validatorQuickFixIsOfferedAndFixesItsDiagnostic() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.5/24\n}\n");
    Diagnostic hostBits = session.latestDiagnostics(uri).stream()
        .filter(d -> IssueCodes.PREFIX_HOST_BITS.equals(d.getCode().getLeft())).findFirst().orElseThrow();
    List<CodeAction> actions = actionsFor(uri, hostBits);
    assertEquals(List.of("Clear the host bits"), actions.stream().map(CodeAction::getTitle).toList());
    String fixed = applyAction(uri, actions.get(0));
    assertEquals(true, fixed.contains("subnet app 10.0.1.0/24"), fixed);
    session.awaitDiagnostics(uri, list -> list.stream().noneMatch(d -> IssueCodes.PREFIX_HOST_BITS.equals(d.getCode().getLeft())));
  }

  @Test
  void nothingCloseMeansNoAction() {
    String uri = openModel("vnet hub { address-space 10.0.0.0/16 subnet app 10.0.1.0/24 }\n"
        + "vm v1 in hub.somethingelse 10.0.1.4\n");
    assertEquals(List.of(), actionsFor(uri, errors(uri).get(0)));
  }

  /**
   * Regression (issue 22): a client that sends every diagnostic of the file with each request made
   * the server compute fixes for all of them, past 5 s for a file with 1,264; only those overlapping
   * the range count, as LSP defines the context.
   */
  @Test
  void onlyDiagnosticsOverlappingTheRangeGetActions() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n"
        + "vm v1 in hub.ap 10.0.1.4\nvm v2 in hub.aps 10.0.1.5\n");
    List<Diagnostic> unresolved = errors(uri);
    assertEquals(2, unresolved.size(), unresolved.toString());
    CodeActionParams params = new CodeActionParams(id(uri), unresolved.get(1).getRange(),
        new CodeActionContext(unresolved));
    List<CodeAction> actions = await(documents().codeAction(params)).stream().map(either -> either.getRight()).toList();
    assertEquals(List.of(unresolved.get(1)), actions.stream().flatMap(action -> action.getDiagnostics().stream()).distinct().toList());
  }
}
