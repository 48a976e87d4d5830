package org.routesrv.dsl.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One fuzzed input: the bytes of a model file, and where they come from, so that a failure can be
 * reproduced from {@code (seed, index)} alone (the generator is deterministic for a given scale).
 */
record Mutant(long seed, int index, String mutation, String base, byte[] bytes) {

  /** The text an editor would send: the bytes decoded as UTF-8, malformed sequences replaced. */
  String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  String fileName() {
    return "mutant-" + seed + "-" + index + ".rsnet";
  }

  /** How the failure report names this mutant. */
  String id() {
    return "seed " + seed + " index " + index + " (" + mutation + " of " + base + ", " + bytes.length + " bytes)";
  }
}
