package org.routesrv.dsl.validation;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Whole-network rules in the language server, where only the edited file is re-validated. */
class LanguageServerValidationTest extends AbstractLanguageServerTest {

  LanguageServerValidationTest() {
    super("rsnet");
  }

  private List<String> codes(String uri) {
    return getDiagnostics().getOrDefault(uri, List.of()).stream().map(d -> d.getCode().getLeft()).toList();
  }

  @Test
  void duplicateInAFileNothingReferencesIsFoundAfterAnEdit() {
    String model = "network shared\nvnet spoke {\n    address-space 10.1.0.0/16\n}\n";
    String lib = writeFile("lib.rsnet", model);
    String main = writeFile("main.rsnet", model);
    initialize();
    open(main, model);
    languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(main, 2),
        List.of(new TextDocumentContentChangeEvent("// edited\n" + model))));

    Assertions.assertEquals(List.of(IssueCodes.DUPLICATE_NAME), codes(main));
    Assertions.assertEquals(List.of(IssueCodes.DUPLICATE_NAME), codes(lib));
    Diagnostic duplicate = getDiagnostics().get(main).get(0);
    Assertions.assertEquals(DiagnosticSeverity.Error, duplicate.getSeverity());
    Assertions.assertEquals(2, duplicate.getRange().getStart().getLine());
  }

  @Test
  void secondRouteServerInAnotherFileIsReported() {
    String lib = writeFile("lib.rsnet", "network shared\nroute-server ars0 in hub\n");
    String main = writeFile("main.rsnet", """
        network shared
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        route-server ars in hub
        """);
    initialize();
    Assertions.assertEquals(List.of(), codes(lib));
    Assertions.assertEquals(List.of(IssueCodes.ROUTE_SERVER_PER_VNET), codes(main));
  }
}
