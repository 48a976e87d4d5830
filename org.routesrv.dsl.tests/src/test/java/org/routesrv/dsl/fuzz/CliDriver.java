package org.routesrv.dsl.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.routesrv.dsl.testing.Repository;

/**
 * Batches of mutants through {@code rsnet check DIR}, as CI runs it: one process per batch. A batch
 * fails on an exit code other than 0 or 1, a stack trace or "internal error" on either stream, a raw
 * control or bidirectional-override character in the output, or taking longer than its bound. A
 * failure no output line pins to one file is pinned by bisecting the batch.
 */
final class CliDriver {

  private static final Pattern INTERNAL = Pattern.compile("(?i)\\binternal( error)?\\b\\s*[:(]");

  private record Run(int exitCode, String out, String err, boolean timedOut, long millis) {
    String output() {
      return out + err;
    }
  }

  private final MutantGenerator generator;
  private final Path scratch;
  private final CampaignReport report;
  private final long batchMillis;
  /** Batch-level failures already pinned to a mutant: met again, they are counted but not bisected again. */
  private final Set<String> pinned = new HashSet<>();

  CliDriver(MutantGenerator generator, Path scratch, CampaignReport report, long batchSeconds) {
    this.generator = generator;
    this.scratch = scratch;
    this.report = report;
    this.batchMillis = TimeUnit.SECONDS.toMillis(batchSeconds);
  }

  void run(int from, int count, int batchSize) throws Exception {
    for (int start = from; start < from + count; start += batchSize) {
      List<Mutant> batch = new ArrayList<>();
      for (int index = start; index < Math.min(from + count, start + batchSize); index++) {
        batch.add(generator.mutant(index));
      }
      Run run = checkBatch(batch, start);
      checkLineEndingTwins(batch, start, run);
      checkAsOtherFile(batch.get(0));
      batch.forEach(mutant -> report.mutantDone());
    }
  }

  private Run checkBatch(List<Mutant> batch, int start) throws Exception {
    Path folder = write(batch, "batch-" + start);
    Run run = check(folder);
    if (run.timedOut() || run.millis() > batchMillis) {
      Mutant largest = batch.stream().max((a, b) -> Integer.compare(a.bytes().length, b.bytes().length)).orElseThrow();
      report.fail(Failure.of(Failure.Kind.SLOW, "rsnet check of " + batch.size() + " mutants",
          run.millis() + " ms, bound " + batchMillis + " ms; largest mutant index " + largest.index()), largest);
    }
    for (String line : run.output().split("\n")) {
      String controls = ControlCharacters.describe(line);
      if (!controls.isEmpty()) {
        report.fail(Failure.of(Failure.Kind.CONTROL_CHARACTER, "rsnet check output: " + controls,
            ControlCharacters.escape(line)), mutantNamedIn(line, batch));
      }
    }
    for (Failure failure : batchFailures(run)) {
      Mutant culprit = pinned.contains(failure.signature()) ? batch.get(0) : bisect(batch, failure);
      pinned.add(failure.signature());
      report.fail(failure, culprit);
    }
    deleteRecursively(folder);
    return run;
  }

  /**
   * A model's verdict does not depend on its line endings: each mutant with a CR is checked again
   * with every line break made LF, and one of the two having errors while the other has none is a
   * wrong verdict (issue 22, item 1: a lone CR at the end dropped a file's whole validation). Each
   * mutant declares its own network, so the batch's run tells each file's errors as written.
   */
  private void checkLineEndingTwins(List<Mutant> batch, int start, Run asWritten) throws Exception {
    List<Mutant> withCr = batch.stream().filter(mutant -> mutant.text().indexOf('\r') >= 0).toList();
    if (withCr.isEmpty()) {
      return;
    }
    List<Mutant> twins = withCr.stream().map(mutant -> new Mutant(mutant.seed(), mutant.index(), mutant.mutation(),
        mutant.base(), mutant.text().replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.UTF_8)))
        .toList();
    Path normalized = write(twins, "lf-" + start);
    Run withLf = check(normalized);
    for (Mutant mutant : withCr) {
      long errors = errorLines(asWritten, mutant);
      long lfErrors = errorLines(withLf, mutant);
      if ((errors == 0) != (lfErrors == 0)) {
        String where = "rsnet check of a file with " + loneCrs(mutant.text()) + ": "
            + (errors == 0 ? "no errors where LF line endings have some" : "errors LF line endings do not have");
        report.fail(Failure.of(Failure.Kind.WRONG_VERDICT, where,
            errors + " errors as written, " + lfErrors + " with LF line endings"), mutant);
      }
    }
    deleteRecursively(normalized);
  }

  private static String loneCrs(String text) {
    String withoutCrlf = text.replace("\r\n", "");
    long loneCrs = withoutCrlf.chars().filter(c -> c == '\r').count();
    if (loneCrs == 0) {
      return "CRLF line endings";
    }
    return loneCrs == 1 && withoutCrlf.endsWith("\r") ? "a lone CR ending its last line" : "lone CR line breaks";
  }

  private static long errorLines(Run run, Mutant mutant) {
    String prefix = mutant.fileName() + ":";
    return run.out().lines().filter(line -> line.contains(prefix) && line.contains(": error: ")).count();
  }

  /** {@code rsnet check model.txt}: a file named without the extension (issue 22 saw an NPE). */
  private void checkAsOtherFile(Mutant mutant) throws Exception {
    Path folder = Files.createDirectories(scratch.resolve("single-" + mutant.index()));
    Path file = Files.write(folder.resolve("model.txt"), mutant.bytes());
    Run run = check(file);
    for (Failure failure : batchFailures(run)) {
      report.fail(new Failure(failure.kind(), failure.where() + " (one file named model.txt)", failure.exception(),
          failure.frame(), failure.detail()), mutant);
    }
    deleteRecursively(folder);
  }

  /** What is wrong with a run as a whole; control characters and time are checked per batch. */
  private static List<Failure> batchFailures(Run run) {
    List<Failure> failures = new ArrayList<>();
    if (!run.timedOut() && run.exitCode() != 0 && run.exitCode() != 1) {
      failures.add(Failure.of(Failure.Kind.EXIT_CODE, "rsnet check exit " + run.exitCode(),
          firstLines(run.err().isBlank() ? run.out() : run.err())));
    }
    for (StackTraces.Trace trace : StackTraces.find(run.output())) {
      failures.add(Failure.trace(Failure.Kind.STACK_TRACE, "rsnet check output", trace, ""));
    }
    // "rsnet: internal error (...)" from the command, "rsnet: internal: ..." from Xtext's log.
    String internal = run.output().lines().filter(l -> INTERNAL.matcher(l).find()).findFirst().orElse(null);
    if (StackTraces.find(run.output()).isEmpty() && internal != null) {
      failures.add(Failure.of(Failure.Kind.STACK_TRACE, "rsnet check reports an internal failure",
          internal.replaceAll("mutant-\\d+-\\d+(\\.rsnet)?", "mutant-S-I")));
    }
    return failures;
  }

  /** The one mutant whose failure this is, found by halving the batch; the batch's first if it takes several. */
  private Mutant bisect(List<Mutant> batch, Failure failure) throws Exception {
    List<Mutant> suspects = batch;
    while (suspects.size() > 1) {
      List<Mutant> firstHalf = suspects.subList(0, suspects.size() / 2);
      List<Mutant> secondHalf = suspects.subList(suspects.size() / 2, suspects.size());
      if (reproduces(firstHalf, failure)) {
        suspects = firstHalf;
      } else if (reproduces(secondHalf, failure)) {
        suspects = secondHalf;
      } else {
        return suspects.get(0);
      }
    }
    return suspects.get(0);
  }

  private boolean reproduces(List<Mutant> mutants, Failure failure) throws Exception {
    Path folder = write(mutants, "bisect-" + mutants.get(0).index() + "-" + mutants.size());
    try {
      return batchFailures(check(folder)).stream().anyMatch(f -> f.signature().equals(failure.signature()));
    } finally {
      deleteRecursively(folder);
    }
  }

  private static Mutant mutantNamedIn(String line, List<Mutant> batch) {
    return batch.stream().filter(m -> line.contains(m.fileName())).findFirst().orElse(batch.get(0));
  }

  private static String firstLines(String text) {
    // The JVM's own warnings (Guice and sun.misc.Unsafe on recent JDKs) say nothing about the failure.
    return text.lines().filter(line -> !line.startsWith("WARNING: ")).limit(3).reduce((a, b) -> a + " / " + b).orElse("");
  }

  private Path write(List<Mutant> mutants, String name) throws IOException {
    Path folder = Files.createDirectories(scratch.resolve(name));
    for (Mutant mutant : mutants) {
      Files.write(folder.resolve(mutant.fileName()), mutant.bytes());
    }
    return folder;
  }

  private Run check(Path target) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long started = System.nanoTime();
    Process process = new ProcessBuilder(java, "-jar", Repository.cliJar().toString(), "check", target.toString())
        .directory(scratch.toFile()).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    // Past the bound the batch has failed already; it may run a while longer so its output is seen.
    boolean finished = process.waitFor(batchMillis * 3, TimeUnit.MILLISECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    return new Run(finished ? process.exitValue() : -1, out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS),
        !finished, millis);
  }

  /**
   * Everything the process wrote; when a batch past its bound was killed, what it wrote until then
   * (the long campaign's run ended in "Stream closed" instead of reporting the slow batch).
   */
  private static String readAll(InputStream stream) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (stream) {
      stream.transferTo(bytes);
    } catch (IOException killed) {
      // the process was destroyed while its output was read
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
