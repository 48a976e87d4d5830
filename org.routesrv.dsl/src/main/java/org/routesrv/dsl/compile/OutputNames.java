package org.routesrv.dsl.compile;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Model names become folder and file names. The language only allows letters, digits, '-', '_'
 * and '.' between names, and the validator rejects the rest; this is the last check before
 * anything touches the disk, so that no name can reach outside the output folder.
 */
public final class OutputNames {

  /** The longest name written as one folder or file name (NetworkFolderNameRules says why). */
  public static final int MAX_NAME_LENGTH = 200;

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  /** A model name that would make a path outside the output folder. */
  public static final class UnsafeNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsafeNameException(String message) {
      super(message);
    }
  }

  private OutputNames() {
  }

  public static String requireSafe(String name, String what) {
    if (name != null && name.length() > MAX_NAME_LENGTH) {
      throw new UnsafeNameException(what + " name '" + name + "' cannot be a file name: it has " + name.length()
          + " characters, more than " + MAX_NAME_LENGTH);
    }
    if (name == null || !SAFE.matcher(name).matches() || name.contains("..")) {
      throw new UnsafeNameException(what + " name '" + name + "' cannot be a file name: use letters, digits, '-', '_' and single dots");
    }
    return name;
  }

  /** {@code root/relative}, refusing anything that would land outside {@code root}. */
  public static Path inside(Path root, String relative) {
    Path base = root.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    if (!resolved.startsWith(base) || resolved.equals(base)) {
      throw new UnsafeNameException("'" + relative + "' would be written outside " + base);
    }
    return resolved;
  }
}
