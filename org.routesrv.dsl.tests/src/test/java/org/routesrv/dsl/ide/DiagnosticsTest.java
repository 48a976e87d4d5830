package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

/** Diagnostics reach the client on open and after each change, on the line of the mistake. */
class DiagnosticsTest extends LanguageServerTest {

  @Test
  void syntaxErrorIsReportedOnItsLine() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnett s 10.0.1.0/24\n}\n");
    List<Diagnostic> errors = errors(uri);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(3, errors.get(0).getRange().getStart().getLine(), "0-based line of 'subnett'");
    assertEquals(DiagnosticSeverity.Error, errors.get(0).getSeverity());
  }

  /** Issue 13: the editor shows what the command line shows, the syntax error and not what it caused. */
  @Test
  void aSyntaxErrorHidesTheUnknownNamesItCaused() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24 route-table rt\n}\n"
        + "vnett spoke {\n}\nroute-table rt { bgp-propagation off }\n");
    List<Diagnostic> errors = errors(uri);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(messageOf(errors.get(0)).contains("did you mean 'vnet'"), messageOf(errors.get(0)));
  }

  @Test
  void invalidValueIsReportedOnTheValue() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.300/16\n}\n");
    Diagnostic error = errors(uri).get(0);
    assertEquals(2, error.getRange().getStart().getLine());
    assertEquals(18, error.getRange().getStart().getCharacter());
    assertTrue(messageOf(error).contains("octet 300 is above 255"), messageOf(error));
  }

  @Test
  void unresolvedReferenceNamesWhatIsDeclared() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n"
        + "vm v1 in hub.ap 10.0.1.4\n");
    Diagnostic error = errors(uri).get(0);
    assertEquals(5, error.getRange().getStart().getLine());
    assertTrue(messageOf(error).contains("no subnet named 'hub.ap'"), messageOf(error));
  }

  @Test
  void anEditThatFixesTheModelClearsItsDiagnostics() {
    String uri = openModel("vnet hub { address-space 10.0.0.0/33 }\n");
    assertEquals(1, errors(uri).size());
    session.change(uri, session.text(uri).replace("/33", "/16"));
    session.awaitDiagnostics(uri, List::isEmpty);
  }

  @Test
  void anEditThatBreaksTheModelIsReportedAtTheNewLine() {
    String uri = openModel("vnet hub { address-space 10.0.0.0/16 }\n");
    session.change(uri, session.text(uri) + "\n\nvm v1 in hub.nowhere 10.0.0.4\n");
    List<Diagnostic> errors = session.awaitDiagnostics(uri, diagnostics -> !diagnostics.isEmpty());
    assertEquals(4, errors.get(0).getRange().getStart().getLine());
  }

  @Test
  void aReferenceIntoAnotherFileOfTheNetworkResolves() {
    String network = freshNetwork();
    openModel(network, "vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n");
    String uri = openModel(network, "vm v1 in hub.app 10.0.1.4\n");
    assertEquals(List.of(), errors(uri));
  }
}
