package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.routesrv.dsl.testing.EditorServerOptions;
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

  /**
   * A JDK whose `java` writes each command line it is started with to {@code java-calls.log} before
   * it runs the JDK this test runs on.
   */
  private Path recordingJdk() throws Exception {
    Path realHome = Path.of(System.getProperty("java.home"));
    Path home = folder.resolve("recording-jdk");
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.copy(realHome.resolve("release"), home.resolve("release"));
    Files.createSymbolicLink(bin.resolve("javac"), realHome.resolve("bin/javac"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + folder.resolve("java-calls.log") + "'\nexec '"
        + realHome.resolve("bin/java") + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private List<String> javaCalls() throws Exception {
    return Files.readAllLines(folder.resolve("java-calls.log"));
  }

  @Test
  void findsAJdkWithoutStartingIt() throws Exception {
    Map<String, String> environment = Map.of("JAVA_HOME", recordingJdk().toString(), "RSNET_STARTUP_CACHE", "off",
        "XDG_CACHE_HOME", folder.resolve("cache").toString());

    Result result = launch(environment, "--version");

    assertEquals(0, result.exit(), result.out() + result.err());
    assertEquals(1, javaCalls().size(), "one JVM, the command's own: " + javaCalls());
    assertTrue(javaCalls().get(0).endsWith("-jar " + Repository.cliJar() + " --version"), javaCalls().get(0));
  }

  @Test
  void remembersTheJdkItFoundInTheJvmFolderUntilTheFolderChanges() throws Exception {
    Path jvmFolder = Files.createDirectories(folder.resolve("jvm"));
    Path recordingJdk = recordingJdk();
    Files.createSymbolicLink(jvmFolder.resolve("recording-jdk"), recordingJdk);
    Path cache = folder.resolve("cache");
    Map<String, String> environment = Map.of("PATH", fakeJava("17") + ":/usr/bin:/bin", "RSNET_JVM_ROOT",
        jvmFolder.toString(), "RSNET_STARTUP_CACHE", "off", "XDG_CACHE_HOME", cache.toString());

    assertEquals(0, launch(environment, "--version").exit());
    Path remembered = cache.resolve("rsnet/jvm-root-choice");
    assertEquals(List.of(jvmFolder.toString(), jvmFolder.resolve("recording-jdk/bin/java").toString()),
        Files.readAllLines(remembered));

    // A remembered JDK that is gone is looked for again.
    Files.writeString(remembered, jvmFolder + "\n" + folder.resolve("gone/bin/java") + "\n");
    assertEquals(0, launch(environment, "--version").exit());
    assertEquals(jvmFolder.resolve("recording-jdk/bin/java").toString(), Files.readAllLines(remembered).get(1));
  }

  @Test
  void shortCommandsRunOnTheQuickCompilerAndLongOnesOnBoth() throws Exception {
    String jdk = recordingJdk().toString();
    Map<String, String> environment = Map.of("JAVA_HOME", jdk, "RSNET_STARTUP_CACHE", "off");

    assertEquals(0, launch(environment, "check", "examples/panos-active-standby.rsnet").exit());
    assertEquals(2, launch(environment, "bench", "--iterations=none").exit(), "a usage error, after the JVM started");
    assertEquals(0, launch(Map.of("JAVA_HOME", jdk, "RSNET_STARTUP_CACHE", "off", "RSNET_JAVA_OPTS",
        "-XX:TieredStopAtLevel=4"), "check", "examples/panos-active-standby.rsnet").exit());

    List<String> calls = javaCalls();
    assertTrue(calls.get(0).contains("-XX:TieredStopAtLevel=1"), calls.get(0));
    assertFalse(calls.get(1).contains("TieredStopAtLevel"), calls.get(1));
    assertTrue(calls.get(2).indexOf("-XX:TieredStopAtLevel=4") > calls.get(2).indexOf("-XX:TieredStopAtLevel=1"),
        "RSNET_JAVA_OPTS comes last, so it wins: " + calls.get(2));
    // The language server lives as long as the editor: a bounded heap, both compilers (issue 22).
    assertEquals(0, launch(environment, "lsp", "--help").exit());
    List<String> server = List.of(javaCalls().get(3).split(" "));
    assertTrue(server.containsAll(EditorServerOptions.JVM_OPTIONS), server.toString());
    assertFalse(javaCalls().get(3).contains("TieredStopAtLevel"), javaCalls().get(3));
  }

  /** The launcher looks in /usr/lib/jvm as its last resort; the build machine has a JDK 21+ there. */
  static final class Assumptions {
    static void requireJvmFolder() {
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/jvm")),
          "this machine has no /usr/lib/jvm to find a JDK in");
    }
  }
}
