package org.routesrv.dsl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.testing.Repository;

/**
 * A user's clone has nothing beside it: no test, build step or document may read or link the
 * contracts folder the project was written against.
 */
class NoReferencesOutsideTheRepositoryTest {

  // Assembled from parts so that this file does not find itself.
  private static final List<String> OUTSIDE_PATHS = List.of(".." + "/shared", "shared" + "/spec");

  @Test
  void noFileOfTheRepositoryRefersToTheSharedFolderBesideIt() {
    List<Path> files = RepositoryFiles.all();
    assertTrue(files.contains(Repository.root().resolve("docs/language.md")), "the walk sees the repository");
    List<String> offenders = files.stream().filter(file -> {
      // Latin-1 decodes any byte, so binary files are searched too.
      String text = new String(readAll(file), StandardCharsets.ISO_8859_1);
      return OUTSIDE_PATHS.stream().anyMatch(text::contains);
    }).map(RepositoryFiles::relative).toList();
    assertEquals(List.of(), offenders, "files that refer to " + OUTSIDE_PATHS + " outside the repository");
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
