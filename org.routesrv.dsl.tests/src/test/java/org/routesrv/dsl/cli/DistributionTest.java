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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.Repository;

/**
 * The distribution that {@code ./mvnw package} builds ({@code org.routesrv.dsl.ide/target/rsnet-<version>.tar.gz}),
 * unpacked in an empty folder and run as a user would: no Maven on PATH, no source tree, only the
 * tools the launcher needs and a JDK it finds by itself.
 */
class DistributionTest {

  private static final String EXAMPLE = "examples/panos-active-standby.rsnet";

  /** What `bin/rsnet` may call; everything else (mvn, java, git) is out of reach. */
  private static final List<String> TOOLS = List.of("env", "bash", "readlink", "ls", "sort", "find", "mkdir",
      "mktemp", "nice", "rm", "rmdir", "mv", "stat", "sed", "head");

  @TempDir Path folder;

  private record Result(int exit, String out, String err) {
  }

  private Path unpack() throws Exception {
    Path target = Repository.root().resolve("org.routesrv.dsl.ide/target");
    List<Path> tarballs;
    try (Stream<Path> files = Files.list(target)) {
      tarballs = files.filter(file -> file.getFileName().toString().matches("rsnet-.+\\.tar\\.gz")).toList();
    }
    assertEquals(1, tarballs.size(), "one distribution in " + target + ": " + tarballs);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Process tar = new ProcessBuilder("tar", "-xzf", tarballs.get(0).toString(), "-C", folder.toString())
        .redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, tar.exitValue(), output);
    String name = tarballs.get(0).getFileName().toString().replace(".tar.gz", "");
    return folder.resolve(name);
  }

  private Path toolsOnly() throws Exception {
    Path bin = folder.resolve("tools");
    if (Files.isDirectory(bin)) {
      return bin;
    }
    Files.createDirectories(bin);
    for (String tool : TOOLS) {
      Path installed = Stream.of("/usr/bin/", "/bin/").map(dir -> Path.of(dir + tool)).filter(Files::isExecutable)
          .findFirst().orElseThrow(() -> new IllegalStateException("this machine has no " + tool));
      Files.createSymbolicLink(bin.resolve(tool), installed);
    }
    return bin;
  }

  private Result run(Path home, Map<String, String> environment, List<String> prefix, String... args)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().addAll(prefix);
    builder.command().add(home.resolve("bin/rsnet").toString());
    builder.command().addAll(List.of(args));
    // The JDK running this test (Maven needs 21+ too): the distribution needs a JDK, not /usr/lib/jvm.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("RSNET_JAVA_OPTS");
    builder.environment().put("PATH", toolsOnly().toString());
    builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
    builder.environment().putAll(environment);
    builder.directory(home.toFile());
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS));
    return new Result(process.exitValue(), out, err);
  }

  private Result run(Path home, Map<String, String> environment, String... args) throws Exception {
    return run(home, environment, List.of(), args);
  }

  private static List<Path> startupCaches(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.getFileName().toString().matches("rsnet.*\\.(aot|jsa)(\\.lock)?")).toList();
    }
  }

  @Test
  void checksAnExampleWithoutMavenOrTheSourceTree() throws Exception {
    Path home = unpack();
    assertFalse(Files.exists(home.resolve("pom.xml")) || Files.exists(home.resolve("mvnw")), "no build in it");
    assertTrue(Files.isRegularFile(home.resolve("README.md")));

    // The example checks clean, so `test` shows that the whole pipeline ran: parse, check, simulate.
    Result result = run(home, Map.of("RSNET_STARTUP_CACHE", "off"), "test", EXAMPLE);

    assertEquals(0, result.exit(), result.out() + result.err());
    assertEquals("", result.err());
    assertTrue(result.out().contains("expectations: 4 passed, 0 failed"), result.out());
    assertEquals(List.of(), startupCaches(home), "RSNET_STARTUP_CACHE=off builds no cache");
  }

  @Test
  void buildsTheStartupCacheAfterTheFirstCommandAndLoadsItFromTheNext() throws Exception {
    Path home = unpack();

    Result first = run(home, Map.of(), "check", EXAMPLE);
    assertEquals(0, first.exit(), first.out() + first.err());
    assertEquals("", first.err());
    Path cache = awaitStartupCache(home.resolve("lib"));

    Path classLog = folder.resolve("classes.log");
    Result second = run(home, Map.of("RSNET_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "check", EXAMPLE);
    assertEquals(first, second, "the cache changes nothing a user sees");
    String classes = Files.readString(classLog);
    assertTrue(classes.contains("org.routesrv.dsl.cli.RsnetCommand source: shared objects file"),
        "RSNet's classes come from " + cache.getFileName() + ": " + classes.lines().filter(
            line -> line.contains("RsnetCommand")).toList());
  }

  @Test
  void aStartupCacheTheJvmRejectsIsIgnoredSilently() throws Exception {
    Path home = unpack();
    Result uncached = run(home, Map.of("RSNET_STARTUP_CACHE", "off"), "check", EXAMPLE);
    run(home, Map.of(), "--version");
    Path cache = awaitStartupCache(home.resolve("lib"));
    Files.writeString(cache, "not a cache");

    Result result = run(home, Map.of(), "check", EXAMPLE);

    assertEquals(uncached, result);
  }

  @Test
  void aReadOnlyInstallRunsWithoutACache() throws Exception {
    Path home = unpack();
    Path cacheHome = Files.createDirectories(folder.resolve("cache"));
    List<String> prefix = List.of();
    if ("root".equals(System.getProperty("user.name"))) {
      // Root may write anywhere: the user who cannot is "nobody", who owns neither folder.
      prefix = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");
    } else {
      Files.setPosixFilePermissions(home.resolve("lib"), PosixFilePermissions.fromString("r-xr-xr-x"));
      Files.setPosixFilePermissions(cacheHome, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    Map<String, String> environment = Map.of("HOME", cacheHome.toString());

    Result first = run(home, environment, prefix, "check", EXAMPLE);
    Result second = run(home, environment, prefix, "check", EXAMPLE);

    assertEquals(0, first.exit(), first.out() + first.err());
    assertEquals("", first.err());
    assertEquals(first, second);
    Thread.sleep(2000);
    assertEquals(List.of(), startupCaches(home));
    assertEquals(List.of(), startupCaches(cacheHome));
  }

  /** The cache is built in the background after a command; waits until it is there (and its lock gone). */
  private static Path awaitStartupCache(Path folder) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      List<Path> found = startupCaches(folder);
      if (found.size() == 1 && !found.get(0).toString().endsWith(".lock")) {
        return found.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no start-up cache in " + folder + " after 5 minutes: " + startupCaches(folder));
  }
}
