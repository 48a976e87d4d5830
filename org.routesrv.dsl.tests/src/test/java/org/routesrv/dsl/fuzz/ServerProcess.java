package org.routesrv.dsl.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.routesrv.dsl.testing.EditorServerOptions;
import org.routesrv.dsl.testing.Repository;

import com.google.gson.JsonObject;

/**
 * {@code java -jar rsnet.jar lsp} as editors start it, talked to over its stdin and stdout. Its
 * stderr is read as it comes; its resident memory is read from {@code /proc}.
 */
final class ServerProcess extends FuzzedServer {

  private final StringBuilder stderr = new StringBuilder();
  private Process process;

  ServerProcess(Path workspace) throws Exception {
    super(workspace);
    start();
  }

  /**
   * As editors start it, with the JVM options of VS Code's client and of {@code rsnet lsp}
   * (vscode/java.js, scripts/launch.sh: a bounded heap; the long campaign without them saw 2.9 GB of
   * resident memory from a JVM that had no reason to collect), plus one diagnostic flag: after a few
   * thousand throws at one place the JIT would throw exceptions without frames, and a failure is
   * named by its frame.
   */
  static List<String> command() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(EditorServerOptions.JVM_OPTIONS);
    command.add("-XX:-OmitStackTraceInFastThrow");
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(List.of("-jar", Repository.cliJar().toString(), "lsp"));
    return command;
  }

  private void start() throws Exception {
    process = new ProcessBuilder(command()).directory(workspace().toFile()).start();
    Thread errors = new Thread(() -> copyStderr(process.getErrorStream()), "fuzz-lsp-stderr");
    errors.setDaemon(true);
    errors.start();
    connect(new LspConnection(process.getInputStream(), process.getOutputStream()), Initialize.EDITOR_CAPABILITIES);
  }

  private void copyStderr(InputStream from) {
    byte[] buffer = new byte[8192];
    try {
      int count;
      while ((count = from.read(buffer)) >= 0) {
        synchronized (stderr) {
          stderr.append(new String(buffer, 0, count, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException processGone) {
      // nothing more to read
    }
  }

  Process process() {
    return process;
  }

  /**
   * Stderr and stdout are separate pipes: what the server logged while answering may still be on its
   * way when the answer is in, so this waits until stderr has been quiet for a moment.
   */
  @Override
  String drainLog() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    int length = -1;
    while (System.nanoTime() < deadline) {
      synchronized (stderr) {
        if (stderr.length() == length) {
          break;
        }
        length = stderr.length();
      }
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    synchronized (stderr) {
      String drained = stderr.toString();
      stderr.setLength(0);
      return drained;
    }
  }

  @Override
  long rssKilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException processGone) {
      // the process ended
    }
    return -1;
  }

  @Override
  void restart() throws Exception {
    connection().close();
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    start();
  }

  @Override
  String endOnce() throws Exception {
    try {
      JsonObject answer = connection().request("shutdown", null).get(5, TimeUnit.SECONDS);
      connection().notify("exit", null);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        return "the server answered shutdown (" + answer + ") but was still running 10 s after exit";
      }
      return process.exitValue() == 0 ? null : "the server exited with " + process.exitValue() + " after shutdown and exit";
    } catch (Exception e) {
      return "shutdown was not answered within 5 s: " + e;
    } finally {
      connection().close();
      process.destroyForcibly();
    }
  }
}
