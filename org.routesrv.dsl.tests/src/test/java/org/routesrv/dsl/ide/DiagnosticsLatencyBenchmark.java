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
import org.routesrv.dsl.testing.Repository;

/**
 * How long an editor waits for diagnostics after an edit of a 5,000-line model. Not a test: run it with
 * {@code ./mvnw -B -q -Plsp-benchmark -DskipTests verify} (see README.md).
 *
 * <p>It starts {@code java -jar rsnet.jar lsp} as an editor does, opens the model, and then types like
 * a user: each edit breaks one VM's address ({@code .4} becomes {@code .400}) or repairs it, sent as an
 * incremental change; the time is from sending the change to receiving the diagnostics that reflect it
 * (the error on that line, or no error). The first edits warm the JIT up and are not counted. It also
 * times a hover on a subnet right after an edit, which includes simulating the network.
 */
public final class DiagnosticsLatencyBenchmark {

  private DiagnosticsLatencyBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int warmup = intOption(args, "--warmup", 100);
    int edits = intOption(args, "--edits", 400);
    int spokes = intOption(args, "--spokes", LargeModel.SPOKES_FOR_5000_LINES);
    Path workspace = Files.createTempDirectory("rsnet-lsp-benchmark");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String model = LargeModel.generate("benchmark", spokes);
    long lines = model.lines().count();

    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(serverJvmArgs(args));
    command.addAll(List.of("-jar", Repository.cliJar().toString(), "lsp"));
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
      String report = String.format(Locale.ROOT, """
          RSNet language server: diagnostics latency after an edit
          model: %d lines (%d spokes), %s, server JVM options %s
          open -> first diagnostics: %.0f ms
          edits measured: %d (after %d warm-up edits)
          diagnostics after an edit: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
          server CPU per edit (all threads, mean): %.0f ms
          machine load while measuring (1-minute average, %d cores): %.1f
          hover on a subnet right after an edit (simulates the network): p50 %.1f ms, max %.1f ms
          """, lines, spokes, Runtime.version(), serverJvmArgs(args), openMillis, typist.latencies.size(), warmup * 2,
          percentile(typist.latencies, 50), percentile(typist.latencies, 95), percentile(typist.latencies, 99),
          percentile(typist.latencies, 100), typist.serverCpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
          Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          percentile(toList(hovers), 50), percentile(toList(hovers), 100));
      System.out.print(report);
      Path out = Path.of("target", "lsp-benchmark.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
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

  /** {@code --server-jvm-arg -XX:+UseParallelGC} (repeatable): options of the server's JVM. */
  private static List<String> serverJvmArgs(String[] args) {
    List<String> options = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--server-jvm-arg")) {
        options.add(args[i + 1]);
      }
    }
    return options;
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
