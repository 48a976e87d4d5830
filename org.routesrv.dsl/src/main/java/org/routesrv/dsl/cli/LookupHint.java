package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

import org.routesrv.dsl.workspace.Diagnostic;

/**
 * A model split over folders and checked one folder at a time reports every name declared in the
 * others as unknown: after such errors, say where names are looked up and how to give the rest.
 */
final class LookupHint {

  static final String UNRESOLVED_REFERENCE = "unresolved-reference";

  private LookupHint() {
  }

  static void printIfUnresolved(List<Diagnostic> diagnostics, List<String> paths, PrintWriter err) {
    if (diagnostics.stream().anyMatch(diagnostic -> UNRESOLVED_REFERENCE.equals(diagnostic.code()))) {
      err.println("rsnet: names are looked up only in " + String.join(", ", paths) + " (folders with everything"
          + " below them); if a name above is declared in a file elsewhere, give that file or its folder too,"
          + " e.g. rsnet check hub/ spokes/");
    }
  }
}
