package org.routesrv.dsl.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.routesrv.dsl.workspace.AtomicFiles;

/**
 * {@code DIR/<network>/} as {@code rsnet compile} leaves it. Every file is written atomically; a
 * manifest lists what RSNet wrote, and only files listed there are ever removed (a scenario or NVA
 * that left the model), so whatever else a user keeps in the folder survives.
 */
public final class OutputFolder {

  public static final String MANIFEST = ".rsnet-manifest";
  private static final String MANIFEST_HEADER = "# Files written by rsnet compile. RSNet deletes only files listed here.";

  private OutputFolder() {
  }

  /**
   * Refuses, before anything is written, a network whose files or stale files would be reached through a
   * symbolic link that leads out of {@code root}.
   *
   * @throws LinkOutsideOutputException naming the first such link
   */
  public static void requireNoLinkOut(Path root, CompiledNetwork compiled) {
    Path folder = OutputNames.inside(root, OutputNames.requireSafe(compiled.network(), "network"));
    requireNoLinkOut(root, folder.resolve(MANIFEST));
    for (OutputFile file : compiled.files()) {
      requireNoLinkOut(root, OutputNames.inside(folder, file.path()));
    }
    for (String stale : readManifest(folder)) {
      requireNoLinkOut(root, OutputNames.inside(folder, stale));
    }
  }

  /**
   * Writes one network below {@code root}; returns its folder.
   *
   * @throws LinkOutsideOutputException when a symbolic link would take a write or a removal out of {@code root}
   */
  public static Path write(Path root, CompiledNetwork compiled) {
    Path folder = OutputNames.inside(root, OutputNames.requireSafe(compiled.network(), "network"));
    Set<String> written = new TreeSet<>();
    for (OutputFile file : compiled.files()) {
      OutputNames.inside(folder, file.path());
      written.add(file.path());
    }
    // The manifest names files to remove; a link on the way would aim that at another folder.
    requireNoLinkOut(root, compiled);
    Set<String> previous = readManifest(folder);
    // Listing old and new first means an interrupted run still knows every file it may have left.
    Set<String> union = new TreeSet<>(previous);
    union.addAll(written);
    writeManifest(folder, union);
    for (OutputFile file : compiled.files()) {
      AtomicFiles.write(OutputNames.inside(folder, file.path()), file.content());
    }
    for (String stale : previous) {
      if (!written.contains(stale)) {
        delete(folder, stale);
      }
    }
    writeManifest(folder, written);
    return folder;
  }

  /**
   * Each existing part of {@code path} below {@code root}, in order, must not be a symbolic link that leads
   * out of {@code root} (a link that stays inside is followed as usual). A dangling link is refused too:
   * where it would lead is unknown.
   */
  private static void requireNoLinkOut(Path root, Path path) {
    Path base = root.toAbsolutePath().normalize();
    Path realBase;
    try {
      realBase = base.toRealPath();
    } catch (IOException e) {
      return; // no output folder yet, so no link in it
    }
    Path current = base;
    for (Path part : base.relativize(path.toAbsolutePath().normalize())) {
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        Path target;
        try {
          target = current.toRealPath();
        } catch (IOException dangling) {
          target = null;
        }
        if (target == null || !target.startsWith(realBase)) {
          // Named as the user named the output folder.
          throw new LinkOutsideOutputException(root.resolve(base.relativize(current)), linkText(current), root);
        }
      } else if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
    }
  }

  private static String linkText(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a place that cannot be read";
    }
  }

  /** The paths a previous compile wrote; entries that would leave the folder are ignored. */
  static Set<String> readManifest(Path folder) {
    Path manifest = folder.resolve(MANIFEST);
    Set<String> paths = new LinkedHashSet<>();
    if (!Files.isRegularFile(manifest)) {
      return paths;
    }
    try {
      for (String line : Files.readAllLines(manifest)) {
        String path = line.strip();
        if (path.isEmpty() || path.startsWith("#")) {
          continue;
        }
        try {
          OutputNames.inside(folder, path);
          paths.add(path);
        } catch (OutputNames.UnsafeNameException e) {
          // A hand-edited manifest cannot make RSNet delete anything outside its folder.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(manifest + ": cannot be read: " + e.getMessage(), e);
    }
    return paths;
  }

  private static void writeManifest(Path folder, Set<String> paths) {
    StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
    paths.forEach(path -> text.append(path).append('\n'));
    AtomicFiles.write(folder.resolve(MANIFEST), text.toString());
  }

  /** Removes a file RSNet wrote earlier, then the folders it leaves empty (never the network folder). */
  private static void delete(Path folder, String relative) {
    Path file = OutputNames.inside(folder, relative);
    try {
      if (Files.isRegularFile(file)) {
        Files.delete(file);
      }
      for (Path parent = file.getParent(); parent != null && !parent.equals(folder) && parent.startsWith(folder);
          parent = parent.getParent()) {
        try (var entries = Files.list(parent)) {
          if (entries.findAny().isPresent()) {
            break;
          }
        }
        Files.delete(parent);
      }
    } catch (DirectoryNotEmptyException e) {
      // Something appeared meanwhile: keep it.
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be removed: " + e.getMessage(), e);
    }
  }
}
