package org.routesrv.dsl.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.routesrv.dsl.testing.Repository;

/** The files of the source tree that belong to the repository: build outputs and downloads are skipped. */
final class RepositoryFiles {

  private static final Set<String> NOT_IN_THE_REPOSITORY =
      Set.of(".git", "target", "node_modules", "xtext-gen", "xtend-gen", "generated");

  private RepositoryFiles() {
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.walk(Repository.root())) {
      return files.filter(Files::isRegularFile).filter(RepositoryFiles::inRepository).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String relative(Path file) {
    return Repository.root().relativize(file).toString();
  }

  private static boolean inRepository(Path file) {
    for (Path part : Repository.root().relativize(file)) {
      if (NOT_IN_THE_REPOSITORY.contains(part.toString())) {
        return false;
      }
    }
    return true;
  }
}
