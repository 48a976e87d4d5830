package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.junit.jupiter.api.Test;

/**
 * Formatting and folding of a file with a long run of {@code //} lines grew with the square of its
 * length (32,000 lines: 24 s): every edit and fold was placed by counting lines from the top of the
 * file. Eight times the lines must cost about eight times the time, not sixty-four; a ratio, so
 * that a slow or busy machine does not fail it.
 */
class CommentRunsScaleLinearlyTest extends LanguageServerTest {

  private static final int SMALL = 2_000;
  private static final int LARGE = 16_000;

  @Test
  void formattingAndFoldingGrowLinearlyWithRunsOfLineComments() {
    String small = openModel(commented(SMALL));
    String large = openModel(commented(LARGE));
    // Warm-up: the first runs of each size include compiling and growing the heap.
    fastest(small);
    fastest(large);
    long smallNanos = fastest(small);
    long largeNanos = fastest(large);
    double ratio = (double) largeNanos / smallNanos;
    System.out.printf("formatting and folding: %d lines %d ms, %d lines %d ms, ratio %.1f%n", SMALL,
        smallNanos / 1_000_000, LARGE, largeNanos / 1_000_000, ratio);
    assertTrue(ratio < 24, "8x the comment lines took " + String.format("%.1f", ratio) + "x the time ("
        + smallNanos / 1_000_000 + " ms, " + largeNanos / 1_000_000 + " ms)");
  }

  /** Indented comments: the formatter moves each one, so every line is an edit placed in the file. */
  private static String commented(int lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      text.append("  // line ").append(i).append(" of the explanation\n");
    }
    return text.append("vnet hub {\n    address-space 10.0.0.0/16\n}\n").toString();
  }

  private static long fastest(String uri) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      var edits = await(documents().formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(4, true))));
      List<FoldingRange> folds = await(documents().foldingRange(new FoldingRangeRequestParams(id(uri))));
      best = Math.min(best, System.nanoTime() - start);
      assertTrue(edits.size() >= SMALL, "each comment line is re-indented, an edit placed in the file: " + edits.size());
      assertEquals(1, folds.stream().filter(fold -> "comment".equals(fold.getKind())).count(), "one run, one fold");
    }
    return best;
  }
}
