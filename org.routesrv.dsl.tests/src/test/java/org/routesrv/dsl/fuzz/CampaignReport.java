package org.routesrv.dsl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one driver found in one campaign: counts for the summary table, and each distinct failure
 * once, with the first mutant that showed it. Every mutant involved in a failure is written to
 * {@code target/fuzz-failures/} so it can be opened, replayed or shrunk by hand.
 */
final class CampaignReport {

  static final Path FAILURES = Path.of("target", "fuzz-failures");

  private record Distinct(Failure first, String mutant, int[] count) {
  }

  private final String driver;
  private final Map<Failure.Kind, Integer> counts = new EnumMap<>(Failure.Kind.class);
  private final Map<String, Distinct> distinct = new LinkedHashMap<>();
  private int mutants;
  private long requests;
  private long maxRssKilobytes = -1;
  private final long started = System.nanoTime();
  private long lastActivity = started;

  CampaignReport(String driver) {
    this.driver = driver;
  }

  String driver() {
    return driver;
  }

  synchronized void mutantDone() {
    mutants++;
    lastActivity = System.nanoTime();
  }

  synchronized void requestSent() {
    requests++;
  }

  synchronized void rss(long kilobytes) {
    maxRssKilobytes = Math.max(maxRssKilobytes, kilobytes);
  }

  synchronized long maxRssKilobytes() {
    return maxRssKilobytes;
  }

  synchronized int mutants() {
    return mutants;
  }

  synchronized void fail(Failure failure, Mutant mutant) {
    counts.merge(failure.kind(), 1, Integer::sum);
    String id = mutant == null ? "no mutant" : mutant.id();
    distinct.computeIfAbsent(failure.signature(), s -> new Distinct(failure, id, new int[1])).count()[0]++;
    if (mutant != null) {
      save(mutant);
    }
  }

  synchronized int count(Failure.Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  synchronized int failures() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line per distinct failure: what, where, exception, top frame, how often, first mutant. */
  synchronized List<String> distinctFailures() {
    return distinct.values().stream()
        .map(d -> driver + ": " + d.first().describe() + " x" + d.count()[0] + " [first: " + d.mutant() + "]")
        .toList();
  }

  /** A row of the summary table; see docs/fuzzing.md for the columns. */
  synchronized String row() {
    long seconds = (lastActivity - started) / 1_000_000_000L;
    return String.format("| %-11s | %7d | %8d | %8d | %5d | %5d | %6d | %6d | %5d | %5d | %5d | %5d | %7s | %5ds |",
        driver, mutants, requests, count(Failure.Kind.INTERNAL_ERROR), count(Failure.Kind.LEAKING_ERROR),
        count(Failure.Kind.HANG), count(Failure.Kind.NO_DIAGNOSTICS) + count(Failure.Kind.WRONG_VERDICT), count(Failure.Kind.STACK_TRACE),
        count(Failure.Kind.CONTROL_CHARACTER), count(Failure.Kind.EXIT_CODE) + count(Failure.Kind.SLOW),
        count(Failure.Kind.PROTOCOL), count(Failure.Kind.WEDGED) + count(Failure.Kind.MEMORY),
        maxRssKilobytes < 0 ? "-" : (maxRssKilobytes / 1024) + " MB", seconds);
  }

  static String header() {
    return "| driver      | mutants | requests | internal | leaks | hangs | no-diag | traces | ctrl  | exit  | proto | wedge | max RSS |  time  |\n"
        + "|-------------|---------|----------|----------|-------|-------|---------|--------|-------|-------|-------|-------|---------|--------|";
  }

  private static void save(Mutant mutant) {
    try {
      Files.createDirectories(FAILURES);
      Path file = FAILURES.resolve(mutant.fileName());
      if (!Files.exists(file)) {
        Files.write(file, mutant.bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
