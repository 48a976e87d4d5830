package org.routesrv.dsl.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the source tree, for tests that use the examples or the launcher. */
public final class Repository {

  private Repository() {
  }

  public static Path root() {
    String configured = System.getProperty("rsnet.root");
    Path root = configured != null ? Path.of(configured) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  public static Path examples() {
    return root().resolve("examples");
  }

  /** The self-contained CLI jar that the reactor builds before this module's tests run. */
  public static Path cliJar() {
    Path jar = root().resolve("org.routesrv.dsl.ide/target/rsnet.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the tests through the reactor (./mvnw verify)");
    }
    return jar;
  }
}
