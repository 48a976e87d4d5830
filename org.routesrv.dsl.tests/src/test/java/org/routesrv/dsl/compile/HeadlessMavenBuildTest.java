package org.routesrv.dsl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.testing.SmallModels;

/**
 * A user's own Maven project with the plugin snippet of README.md, built for real in a separate
 * Maven process against the language jar the reactor has just packaged. The jar goes into a
 * throw-away local repository whose tail is the user's own (Maven 3.9's maven.repo.local.tail), so
 * the build runs offline from what the reactor build already downloaded and never installs anything.
 */
class HeadlessMavenBuildTest {

  private static final String VERSION = "0.1.0-SNAPSHOT";

  @TempDir Path folder;

  private static final String MODEL = SmallModels.hubWithFrrNva("user.project") + """
      expect session edge established
      expect learned ars 172.16.0.0/12 from edge
      """;

  private record Build(int exitCode, String output) {
  }

  /** The pom a user writes: nothing but the README's snippet in a plain project. */
  private Path project(String model) throws IOException {
    Path project = Files.createDirectories(folder.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>network-designs</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
        %s
            </plugins>
          </build>
        </project>
        """.formatted(readmeSnippet()));
    Path sources = Files.createDirectories(project.resolve("src/main/rsnet"));
    Files.writeString(sources.resolve("hub.rsnet"), model);
    return project;
  }

  private static String readmeSnippet() throws IOException {
    String readme = Files.readString(Repository.root().resolve("README.md"));
    int section = readme.indexOf("## Headless Maven");
    int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
    int end = readme.indexOf("```", start);
    if (section < 0 || end < 0) {
      fail("README.md has no xml snippet under '## Headless Maven'");
    }
    return readme.substring(start, end);
  }

  /** The reactor's language jar and POMs, as a repository holding only them. */
  private Path localRepository() throws IOException {
    Path repository = folder.resolve("repository");
    Path root = Repository.root();
    Path jar = root.resolve("org.routesrv.dsl/target/org.routesrv.dsl-" + VERSION + ".jar");
    if (!Files.isRegularFile(jar)) {
      fail(jar + " is missing: run the tests through the reactor (./mvnw verify)");
    }
    Path dsl = Files.createDirectories(repository.resolve("org/routesrv/org.routesrv.dsl/" + VERSION));
    Files.copy(jar, dsl.resolve("org.routesrv.dsl-" + VERSION + ".jar"));
    Files.copy(root.resolve("org.routesrv.dsl/pom.xml"), dsl.resolve("org.routesrv.dsl-" + VERSION + ".pom"));
    Path parent = Files.createDirectories(repository.resolve("org/routesrv/org.routesrv.dsl.parent/" + VERSION));
    Files.copy(root.resolve("pom.xml"), parent.resolve("org.routesrv.dsl.parent-" + VERSION + ".pom"));
    return repository;
  }

  private Build maven(Path project) throws Exception {
    Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path log = folder.resolve("maven.log");
    ProcessBuilder builder = new ProcessBuilder(Repository.root().resolve("mvnw").toString(), "-B", "-o", "-q",
        "-f", project.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + localRepository(),
        "-Dmaven.repo.local.tail=" + userRepository, "generate-sources")
        .redirectErrorStream(true).redirectOutput(log.toFile()).directory(project.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail("the Maven build did not finish within 180 s:\n" + Files.readString(log));
    }
    return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  @Test
  void aValidModelBuildsAndGetsTheCompileLayout() throws Exception {
    Path project = project(MODEL);
    Build build = maven(project);
    assertEquals(0, build.exitCode(), build.output());
    Path network = project.resolve("target/rsnet/user.project");
    for (String file : List.of("simulation.json", "report.md", "nva/edge.frr.conf", ".rsnet-manifest")) {
      assertTrue(Files.isRegularFile(network.resolve(file)), file + " missing; build said:\n" + build.output());
    }
    assertTrue(Files.readString(network.resolve("report.md")).contains("**All 2 expectations pass.**"));
    String config = Files.readString(network.resolve("nva/edge.frr.conf"));
    assertTrue(config.startsWith("! Generated by RSNet " + VERSION + " from network user.project"
        + " (src/main/rsnet/hub.rsnet), NVA edge (vendor frr, AS 65001).\n"), config);
  }

  @Test
  void aModelWithAnErrorFailsTheBuildAndWritesNothing() throws Exception {
    Path project = project(MODEL.replace("nic eth0 hub.nva 10.0.2.4", "nic eth0 hub.nva 10.0.2.400"));
    Build build = maven(project);
    assertNotEquals(0, build.exitCode(), build.output());
    assertTrue(build.output().contains("hub.rsnet"), build.output());
    assertTrue(build.output().contains("octet 400 is above 255"), build.output());
    assertTrue(build.output().contains("Execution failed due to a severe validation error"), build.output());
    assertFalse(Files.exists(project.resolve("target/rsnet/user.project")), "nothing may be generated");
  }

  /** language.md: a failed expectation is an error on its own line, and so fails a headless build. */
  @Test
  void aFailedExpectationFailsTheBuild() throws Exception {
    Path project = project(MODEL.replace("expect session edge established", "expect session edge down"));
    Build build = maven(project);
    assertNotEquals(0, build.exitCode(), build.output());
    assertTrue(build.output().contains("hub.rsnet"), build.output());
    assertTrue(build.output().contains("Execution failed due to a severe validation error"), build.output());
    assertFalse(Files.exists(project.resolve("target/rsnet/user.project")), "nothing may be generated");
  }
}
