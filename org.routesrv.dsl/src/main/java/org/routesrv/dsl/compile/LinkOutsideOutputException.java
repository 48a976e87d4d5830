package org.routesrv.dsl.compile;

import java.nio.file.Path;

/**
 * A symbolic link below the output folder that leads out of it. Following it, a compile would write
 * configurations into, and delete files of, a folder the user never named.
 */
public final class LinkOutsideOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LinkOutsideOutputException(Path link, String target, Path outputFolder) {
    super(link + ": error: a symbolic link to " + target + ", outside the output folder " + outputFolder
        + ": rsnet compile never writes or deletes through it; remove the link or choose another --output");
  }
}
