package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.Repository;

/**
 * The {@code ./rsnet} launcher as a user runs it. The reactor has just built the jar, so these runs
 * never rebuild; they check JDK discovery and the exit codes end to end.
 */
class LauncherTest {

  @TempDir Path folder;

  private record Result(int exit, String out, String err) {
  }

  private Result launch(Map<String, String> environment, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add(Repository.root().resolve("rsnet").toString());
    builder.command().addAll(List.of(args));
    builder.environment().remove("JAVA_HOME");
    builder.environment().putAll(environment);
    builder.directory(Repository.root().toFile());
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    return new Result(process.exitValue(), out, err);
  }

  /** A directory whose `java` claims to be the given version, to stand for an old JDK on PATH. */
  private Path fakeJava(String version) throws Exception {
    Path bin = Files.createDirectories(folder.resolve("java" + version + "/bin"));
    for (String tool : List.of("java", "javac")) {
      Path script = bin.resolve(tool);
      Files.writeString(script, "#!/bin/sh\necho '    java.specification.version = " + version + "' >&2\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  @Test
  void findsANewerJdkWhenAnOldJavaComesFirstOnPath() throws Exception {
    Assumptions.requireJvmFolder();
    Result result = launch(Map.of("PATH", fakeJava("17") + ":/usr/bin:/bin"), "check", "examples/");
    assertEquals(0, result.exit(), result.out() + result.err());
    assertEquals("", result.err(), "no build and no JVM warnings when the jar is current");
  }

  @Test
  void missingFileExitsTwo() throws Exception {
    Result result = launch(Map.of(), "check", "examples/no-such-model.rsnet");
    assertEquals(2, result.exit());
    assertEquals("rsnet: examples/no-such-model.rsnet: no such file or folder\n", result.err());
  }

  @Test
  void noSuitableJdkSaysSoAndHowToFixIt() throws Exception {
    Path emptyJvmFolder = Files.createDirectories(folder.resolve("jvm"));
    Result result = launch(Map.of("PATH", fakeJava("17") + ":/bin", "RSNET_JVM_ROOT", emptyJvmFolder.toString()),
        "check", "examples/");
    assertEquals(2, result.exit());
    assertTrue(result.err().contains("needs a JDK 21 or newer"), result.err());
    assertTrue(result.err().contains("(Java 17)"), "names what it found: " + result.err());
    assertTrue(result.err().contains("JAVA_HOME"), "says how to fix it: " + result.err());
  }

  /** The launcher looks in /usr/lib/jvm as its last resort; the build machine has a JDK 21+ there. */
  static final class Assumptions {
    static void requireJvmFolder() {
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/jvm")),
          "this machine has no /usr/lib/jvm to find a JDK in");
    }
  }
}
