package org.routesrv.dsl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.testing.SmallModels;

/**
 * A user's own Maven project with the plugin snippet of README.md, built for real in a separate
 * Maven process, after the install step the README gives, run as written in a copy of this
 * repository's sources (what a user's clone holds). Everything goes into a throw-away local
 * repository whose tail is the machine's own (Maven 3.9's maven.repo.local.tail): the builds run
 * offline from what the reactor build already downloaded, and nothing is installed into ~/.m2, which
 * other builds on the machine share.
 */
class HeadlessMavenBuildTest {

  private static final String VERSION = "0.1.0-SNAPSHOT";

  @TempDir Path folder;

  /** The local repository the README's install step filled, shared by the tests. */
  @TempDir static Path installation;
  private static Path installedRepository;

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

  /** The README's install command, as a user would copy it from the section. */
  private static List<String> readmeInstallCommand() throws IOException {
    String readme = Files.readString(Repository.root().resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Headless Maven"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    return section.lines().filter(line -> line.startsWith("./mvnw ")).findFirst()
        .map(line -> List.of(line.strip().split("\\s+")))
        .orElseThrow(() -> new AssertionError("README.md's Headless Maven section gives no ./mvnw install command"));
  }

  @BeforeAll
  static void installAsTheReadmeSays() throws Exception {
    Path clone = copySources(Repository.root(), installation.resolve("clone"));
    installedRepository = Files.createDirectories(installation.resolve("repository"));
    List<String> command = new ArrayList<>(readmeInstallCommand());
    command.set(0, clone.resolve("mvnw").toString());
    command.addAll(List.of("-o", "-q", "-Dmaven.repo.local=" + installedRepository,
        "-Dmaven.repo.local.tail=" + userRepository()));
    Build install = run(command, clone, installation.resolve("install.log"), 600);
    assertEquals(0, install.exitCode(), "the README's install step failed:\n" + install.output());
    assertTrue(Files.isRegularFile(installedRepository.resolve(
        "org/routesrv/org.routesrv.dsl/" + VERSION + "/org.routesrv.dsl-" + VERSION + ".jar")), install.output());
  }

  /** The repository's sources without what builds produce, as a fresh clone has them. */
  private static Path copySources(Path root, Path clone) throws IOException {
    Set<String> produced = Set.of("target", ".git", "node_modules", "xtext-gen", "xtend-gen", "generated");
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (!dir.equals(root) && produced.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(clone.resolve(root.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes.isRegularFile()) {
          Files.copy(file, clone.resolve(root.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return clone;
  }

  private static Path userRepository() {
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static Build run(List<String> command, Path directory, Path log, int seconds) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(directory.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail(String.join(" ", command) + " did not finish within " + seconds + " s:\n" + Files.readString(log));
    }
    return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private Build maven(Path project) throws Exception {
    return run(List.of(Repository.root().resolve("mvnw").toString(), "-B", "-o", "-q", "-f",
        project.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + installedRepository,
        "-Dmaven.repo.local.tail=" + userRepository(), "generate-sources"), project, folder.resolve("maven.log"), 180);
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
