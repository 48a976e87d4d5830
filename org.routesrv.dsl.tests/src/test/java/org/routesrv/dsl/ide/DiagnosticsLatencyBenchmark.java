package org.routesrv.dsl.ide;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.routesrv.dsl.testing.EditorServerOptions;
import org.routesrv.dsl.testing.Repository;

/**
 * How long an editor waits for diagnostics after an edit of a 5,000-line model. Not a test: run it with
 * {@code ./mvnw -B -q -Plsp-benchmark -DskipTests verify} (see docs/editors.md).
 *
 * <p>It starts {@code java -jar rsnet.jar lsp} as an editor does (with the editors' JVM options unless
 * {@code --jvm-defaults}), opens the model, and then types like a user: each edit breaks one VM's
 * address ({@code .4} becomes {@code .400}) or repairs it, sent as an incremental change; the time is
 * from sending the change to receiving the diagnostics that reflect it (the error on that line, or no
 * error). The first edits warm the JIT up and are not counted. It also times a hover on a subnet right
 * after an edit, which includes simulating the network.
 *
 * <p>{@code --compare-with OTHER.jar} measures two servers in one run, alternating ({@code --rounds}
 * each, a fresh server per round), so that the load of the machine falls on both alike; the summary
 * gives the medians of the rounds and their ratio.
 */
public final class DiagnosticsLatencyBenchmark {

  private DiagnosticsLatencyBenchmark() {
  }

  /** One server's figures, from its first diagnostics to its last hover. */
  private record Round(String jar, double openMillis, List<Double> latencies, List<Double> serverCpu, List<Double> hovers) {
    double cpuPerEdit() {
      return serverCpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  public static void main(String[] args) throws Exception {
    int warmup = intOption(args, "--warmup", 100);
    int edits = intOption(args, "--edits", 400);
    int spokes = intOption(args, "--spokes", LargeModel.SPOKES_FOR_5000_LINES);
    Path jar = pathOption(args, "--jar", Repository.cliJar());
    Path other = pathOption(args, "--compare-with", null);
    int rounds = intOption(args, "--rounds", other == null ? 1 : 3);
    List<String> jvmOptions = serverJvmOptions(args);
    String model = LargeModel.generate("benchmark", spokes);

    StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
        RSNet language server: diagnostics latency after an edit
        model: %d lines (%d spokes), %s, server JVM options %s
        edits measured per round: %d (after %d warm-up edits)
        """, model.lines().count(), spokes, Runtime.version(), jvmOptions, edits + 40, warmup * 2));
    List<Round> ofJar = new ArrayList<>();
    List<Round> ofOther = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (Path measured : other == null ? List.of(jar) : List.of(jar, other)) {
        Round result = measure(measured, jvmOptions, model, spokes, warmup, edits);
        (measured == jar ? ofJar : ofOther).add(result);
        report.append(describe(round, result));
        System.out.print(describe(round, result));
      }
    }
    if (other != null) {
      report.append(compare(ofJar, ofOther));
    }
    System.out.print(other != null ? compare(ofJar, ofOther) : "");
    Path out = Path.of("target", "lsp-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private static Round measure(Path jar, List<String> jvmOptions, String model, int spokes, int warmup, int edits)
      throws Exception {
    Path workspace = Files.createTempDirectory("rsnet-lsp-benchmark");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "lsp"));
    try (LspSession session = LspSession.startProcess(workspace, command, OutputStream.nullOutputStream(),
        workspace.resolve("server-stderr.txt"))) {
      long openStart = System.nanoTime();
      String uri = session.open("benchmark.rsnet", model);
      session.awaitDiagnostics(uri, List::isEmpty);
      double openMillis = millisSince(openStart);

      Typist typist = new Typist(session, uri, spokes, session.process().pid());
      for (int i = 0; i < warmup; i++) {
        typist.breakAndRepair(i);
      }
      typist.reset();
      for (int i = 0; i < edits / 2; i++) {
        typist.breakAndRepair(warmup + i);
      }
      double[] hovers = new double[20];
      for (int i = 0; i < hovers.length; i++) {
        typist.breakAndRepair(warmup + edits + i);
        long start = System.nanoTime();
        LspSession.await(session.server().getTextDocumentService().hover(new HoverParams(
            new TextDocumentIdentifier(uri), session.positionOf(uri, "subnet data", i, 8))));
        hovers[i] = millisSince(start);
      }
      return new Round(jar.toString(), openMillis, List.copyOf(typist.latencies), List.copyOf(typist.serverCpu),
          toList(hovers));
    }
  }

  private static String describe(int round, Round result) {
    return String.format(Locale.ROOT, """
        round %d, %s
          open -> first diagnostics: %.0f ms
          diagnostics after an edit: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
          server CPU per edit (all threads, mean): %.0f ms
          machine load after the round (1-minute average, %d cores): %.1f
          hover on a subnet right after an edit (simulates the network): p50 %.1f ms, max %.1f ms
        """, round, result.jar(), result.openMillis(),
        percentile(result.latencies(), 50), percentile(result.latencies(), 95), percentile(result.latencies(), 99),
        percentile(result.latencies(), 100), result.cpuPerEdit(), Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        percentile(result.hovers(), 50), percentile(result.hovers(), 100));
  }

  /** Medians over the rounds of each jar, and the second jar's figure over the first's. */
  private static String compare(List<Round> first, List<Round> second) {
    StringBuilder summary = new StringBuilder("\nmedians of the rounds (first jar, second jar, second / first)\n");
    summaryLine(summary, "diagnostics after an edit, p50 (ms)", first, second, round -> percentile(round.latencies(), 50));
    summaryLine(summary, "diagnostics after an edit, p95 (ms)", first, second, round -> percentile(round.latencies(), 95));
    summaryLine(summary, "server CPU per edit (ms)", first, second, Round::cpuPerEdit);
    summaryLine(summary, "open -> first diagnostics (ms)", first, second, Round::openMillis);
    summaryLine(summary, "hover after an edit, p50 (ms)", first, second, round -> percentile(round.hovers(), 50));
    return summary.toString();
  }

  private static void summaryLine(StringBuilder summary, String figure, List<Round> first, List<Round> second,
      java.util.function.ToDoubleFunction<Round> of) {
    double a = percentile(first.stream().map(of::applyAsDouble).toList(), 50);
    double b = percentile(second.stream().map(of::applyAsDouble).toList(), 50);
    summary.append(String.format(Locale.ROOT, "  %-40s %8.1f %8.1f %6.2f%n", figure, a, b, b / a));
  }

  /** Breaks and repairs the address of one VM after another, timing each change. */
  private static final class Typist {
    private final LspSession session;
    private final String uri;
    private final int vms;
    private final long serverPid;
    private final List<Double> latencies = new ArrayList<>();
    private final List<Double> serverCpu = new ArrayList<>();

    Typist(LspSession session, String uri, int vms, long serverPid) {
      this.session = session;
      this.uri = uri;
      this.vms = vms;
      this.serverPid = serverPid;
    }

    void reset() {
      latencies.clear();
      serverCpu.clear();
    }

    void breakAndRepair(int step) {
      Position start = session.positionOf(uri, "vm vm" + (step * 37 % vms) + " in ", 0);
      int lineLength = session.text(uri).lines().skip(start.getLine()).findFirst().orElseThrow().length();
      Position end = new Position(start.getLine(), lineLength);
      timed(new Range(end, end), "00", diagnostics -> diagnostics.size() == 1
          && diagnostics.get(0).getRange().getStart().getLine() == start.getLine());
      timed(new Range(end, new Position(start.getLine(), lineLength + 2)), "", List::isEmpty);
    }

    private void timed(Range range, String text, Predicate<List<Diagnostic>> reflectsTheEdit) {
      double cpuBefore = cpuMillis(serverPid);
      long start = System.nanoTime();
      session.edit(uri, range, text);
      session.awaitDiagnostics(uri, reflectsTheEdit);
      latencies.add(millisSince(start));
      serverCpu.add(cpuMillis(serverPid) - cpuBefore);
    }
  }

  /**
   * CPU time of the server process so far (all its threads: build, GC, JIT), from /proc: unlike the
   * latency it does not grow when other programs compete for the machine's cores.
   */
  private static double cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
    } catch (java.io.IOException | RuntimeException notLinux) {
      return Double.NaN;
    }
  }

  /** USER_HZ, 100 on Linux for every architecture it runs on today. */
  private static final int CLOCK_TICKS_PER_SECOND = 100;

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static List<Double> toList(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> values, int percent) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /**
   * The editors' options unless {@code --jvm-defaults}, followed by each {@code --server-jvm-arg OPTION}
   * (repeatable; a later option of the same name wins in the JVM).
   */
  private static List<String> serverJvmOptions(String[] args) {
    List<String> options = new ArrayList<>(Arrays.asList(args).contains("--jvm-defaults") ? List.of()
        : EditorServerOptions.JVM_OPTIONS);
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--server-jvm-arg")) {
        options.add(args[i + 1]);
      }
    }
    return options;
  }

  private static Path pathOption(String[] args, String name, Path fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Path.of(args[i + 1]).toAbsolutePath();
      }
    }
    return fallback;
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
