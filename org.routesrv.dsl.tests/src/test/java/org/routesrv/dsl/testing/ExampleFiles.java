package org.routesrv.dsl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example models shipped in examples/, as parameters for tests. */
public final class ExampleFiles {

  private ExampleFiles() {
  }

  public static List<Path> all() {
    try (Stream<Path> files = Files.walk(Repository.examples())) {
      return files.filter(p -> p.toString().endsWith(".rsnet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of an example (or of any file). */
  public static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path named(String fileName) {
    return Repository.examples().resolve(fileName);
  }
}
