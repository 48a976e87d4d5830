package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The network model and the simulator stay plain Java: no Xtext or EMF types. */
class NoEclipseDependencyTest {

  private static Path sources() {
    return Path.of(System.getProperty("rsnet.root", ".."), "org.routesrv.dsl/src/main/java/org/routesrv/dsl");
  }

  @Test
  void networkAndSimulationPackagesDoNotImportOrgEclipse() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(sources().resolve("network")),
        Files.walk(sources().resolve("simulation")))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 30, "found only " + files.size() + " sources under " + sources());
    for (Path file : files) {
      String source = Files.readString(file);
      assertTrue(!source.contains("org.eclipse"), file + " refers to org.eclipse");
    }
  }
}
