package org.routesrv.dsl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.testing.Repository;

/**
 * A user's clone has nothing beside it: no test, build step or document may read or link the
 * contracts folder the project was written against. Build outputs and downloaded dependencies are
 * not part of the repository and are skipped.
 */
class NoReferencesOutsideTheRepositoryTest {

  // Assembled from parts so that this file does not find itself.
  private static final List<String> OUTSIDE_PATHS = List.of(".." + "/shared", "shared" + "/spec");
  private static final Set<String> NOT_IN_THE_REPOSITORY =
      Set.of(".git", "target", "node_modules", "xtext-gen", "xtend-gen", "generated");

  private static boolean inRepository(Path file) {
    for (Path part : Repository.root().relativize(file)) {
      if (NOT_IN_THE_REPOSITORY.contains(part.toString())) {
        return false;
      }
    }
    return true;
  }

  private static List<Path> repositoryFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Repository.root())) {
      return files.filter(Files::isRegularFile).filter(NoReferencesOutsideTheRepositoryTest::inRepository).sorted().toList();
    }
  }

  @Test
  void noFileOfTheRepositoryRefersToTheSharedFolderBesideIt() throws IOException {
    List<Path> files = repositoryFiles();
    assertTrue(files.contains(Repository.root().resolve("docs/language.md")), "the walk sees the repository");
    List<String> offenders = files.stream().filter(file -> {
      // Latin-1 decodes any byte, so binary files are searched too.
      String text = new String(readAll(file), StandardCharsets.ISO_8859_1);
      return OUTSIDE_PATHS.stream().anyMatch(text::contains);
    }).map(file -> Repository.root().relativize(file).toString()).toList();
    assertEquals(List.of(), offenders, "files that refer to " + OUTSIDE_PATHS + " outside the repository");
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
