package org.routesrv.dsl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The last guard between model names and the disk. */
class OutputNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", "../etc", "a/b", "a\\b", "/abs", "x..y", ".hidden", "name with space", "ä"})
  void namesThatCouldLeaveTheFolderAreRefused(String name) {
    assertThrows(OutputNames.UnsafeNameException.class, () -> OutputNames.requireSafe(name, "network"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"contoso.hubspoke", "fw1", "rt-untrusted", "_x", "lab.exabgp-vpn"})
  void modelNamesPass(String name) {
    assertEquals(name, OutputNames.requireSafe(name, "network"));
  }

  @Test
  void relativePathsStayInside() {
    Path root = Path.of("/tmp/rsnet-out");
    assertEquals(root.resolve("nva/fw1.frr.conf"), OutputNames.inside(root, "nva/fw1.frr.conf"));
    assertThrows(OutputNames.UnsafeNameException.class, () -> OutputNames.inside(root, "../x"));
    assertThrows(OutputNames.UnsafeNameException.class, () -> OutputNames.inside(root, "nva/../../x"));
    assertThrows(OutputNames.UnsafeNameException.class, () -> OutputNames.inside(root, "/etc/passwd"));
    assertThrows(OutputNames.UnsafeNameException.class, () -> OutputNames.inside(root, "."));
  }
}
