package org.routesrv.dsl.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code .rsnet} files named on a command line: files as given, folders searched recursively.
 * Each file keeps the path the user would recognise (the argument, or the argument joined with the
 * path below it), because that is how diagnostics name it.
 */
public final class ModelFiles {

  public static final String EXTENSION = ".rsnet";

  private ModelFiles() {
  }

  /** A model file: where it is on disk, and how to name it to the user. */
  public record ModelFile(Path location, String displayPath) {
  }

  /** An argument that names nothing on disk. */
  public static final class MissingInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String message) {
      super(message);
    }
  }

  public static List<ModelFile> collect(List<String> arguments) throws MissingInputException {
    List<ModelFile> files = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        files.addAll(inFolder(path));
      } else if (Files.isRegularFile(path)) {
        files.add(new ModelFile(path.toAbsolutePath().normalize(), argument));
      } else {
        throw new MissingInputException(argument + ": no such file or folder");
      }
    }
    return files.stream().distinct().toList();
  }

  private static List<ModelFile> inFolder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
          .sorted(Comparator.comparing(Path::toString))
          .map(p -> new ModelFile(p.toAbsolutePath().normalize(), p.toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
