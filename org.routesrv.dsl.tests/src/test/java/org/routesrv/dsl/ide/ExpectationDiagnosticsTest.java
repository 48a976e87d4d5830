package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.validation.IssueCodes;

/**
 * Failed expectations need a simulation, too slow for every keystroke: the server reports them when a
 * file is opened or saved, next to the diagnostics each edit brings, and keeps them for files whose
 * text they still match.
 */
class ExpectationDiagnosticsTest extends LanguageServerTest {

  private static final String FAILING = "expect route spoke1.workload 0.0.0.0/0 via fw2\n";

  private static boolean failedExpectationOnLine(List<Diagnostic> diagnostics, int line) {
    return diagnostics.stream().anyMatch(d -> IssueCodes.EXPECTATION_FAILED.equals(d.getCode().getLeft())
        && d.getRange().getStart().getLine() == line);
  }

  private static boolean noFailedExpectation(List<Diagnostic> diagnostics) {
    return diagnostics.stream().noneMatch(d -> IssueCodes.EXPECTATION_FAILED.equals(d.getCode().getLeft()));
  }

  @Test
  void serverAsksClientsToReportSaves() {
    var save = session.initializeResult().getCapabilities().getTextDocumentSync().getRight().getSave();
    assertTrue(save.isRight() && save.getRight() != null, "save notifications requested: " + save);
  }

  @Test
  void failedExpectationIsReportedWhenTheFileIsOpened() {
    String uri = openModel(HUB + FAILING);
    int line = at(uri, FAILING, 0).getLine();
    List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, list -> failedExpectationOnLine(list, line));
    Diagnostic failed = diagnostics.stream().filter(d -> IssueCodes.EXPECTATION_FAILED.equals(d.getCode().getLeft()))
        .findFirst().orElseThrow();
    assertTrue(messageOf(failed).contains("fw1 (10.0.3.4)"), messageOf(failed));
  }

  @Test
  void editingTheFileSetsItsExpectationsAsideUntilItIsSaved() {
    String uri = openModel(HUB + FAILING);
    int line = at(uri, FAILING, 0).getLine();
    session.awaitDiagnostics(uri, list -> failedExpectationOnLine(list, line));
    session.edit(uri, new Range(new Position(1, 0), new Position(1, 0)), "// a new first line\n");
    session.awaitDiagnostics(uri, ExpectationDiagnosticsTest::noFailedExpectation);
    session.save(uri);
    session.awaitDiagnostics(uri, list -> failedExpectationOnLine(list, line + 1));
  }

  @Test
  void savingOneFileRechecksTheExpectationsOfTheWholeNetwork() {
    String network = freshNetwork();
    String design = openModel(network, HUB);
    String tests = openModel(network, FAILING);
    int line = at(tests, FAILING, 0).getLine();
    session.awaitDiagnostics(tests, list -> failedExpectationOnLine(list, line));
    // fw1 prepends more than fw2 now: fw2 wins, and the expectation in the other file holds.
    Position end = at(design, "        advertise 0.0.0.0/0", "        advertise 0.0.0.0/0".length());
    session.edit(design, new Range(end, end), " prepend 3");
    session.awaitDiagnostics(design, list -> true);
    assertTrue(failedExpectationOnLine(session.latestDiagnostics(tests), line),
        "until the save, the other file keeps what was last checked");
    session.save(design);
    assertEquals(List.of(), session.awaitDiagnostics(tests, List::isEmpty));
  }
}
