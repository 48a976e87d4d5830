package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real routing software the generator tests trust: bounded in time, output captured. A
 * missing program fails the test with the command that installs it, rather than skipping it.
 */
final class ExternalTool {

  static final String INSTALL_HINT = "install the routing daemons with: sudo scripts/install-routing-daemons.sh (./run-tests does this)";
  static final Path BGPD = Path.of("/usr/lib/frr/bgpd");

  record Result(int exitCode, String output) {
  }

  private ExternalTool() {
  }

  /** Fails the test unless {@code program} is installed (a path, or a name found on PATH). */
  static void require(String program) {
    if (program.contains("/")) {
      if (!Files.isExecutable(Path.of(program))) {
        fail(program + " is missing: " + INSTALL_HINT);
      }
      return;
    }
    for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/usr/sbin").split(":")) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return;
      }
    }
    for (String folder : List.of("/usr/sbin", "/usr/bin", "/sbin")) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return;
      }
    }
    fail(program + " is not installed: " + INSTALL_HINT);
  }

  static Result run(Duration timeout, List<String> command) {
    return run(timeout, command, Map.of());
  }

  static Result run(Duration timeout, List<String> command, Map<String, String> environment) {
    Path output = null;
    try {
      // A file, not a pipe: a chatty program can never block on a full pipe while we wait for it.
      output = Files.createTempFile("rsnet-tool", ".out");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return fail(String.join(" ", command) + " could not be started (" + e.getMessage() + "): " + INSTALL_HINT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while running " + String.join(" ", command));
    } finally {
      deleteQuietly(output);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file is not worth failing a test for.
      }
    }
  }
}
