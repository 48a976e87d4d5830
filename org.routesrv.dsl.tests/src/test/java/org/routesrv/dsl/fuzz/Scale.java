package org.routesrv.dsl.fuzz;

/**
 * How large the generator may make a mutant. The short campaign keeps every mutant small enough to
 * answer in milliseconds; the long one reaches the sizes at which quadratic behaviour shows.
 */
record Scale(int maxLines, int maxNesting) {

  static final Scale SHORT = new Scale(400, 100);
  static final Scale MEDIUM = new Scale(5_000, 1_000);
  static final Scale LONG = new Scale(50_000, 5_000);

  static Scale named(String name) {
    return switch (name) {
      case "short" -> SHORT;
      case "medium" -> MEDIUM;
      case "long" -> LONG;
      default -> throw new IllegalArgumentException("rsnet.fuzz.scale is short, medium or long, not '" + name + "'");
    };
  }

  String name() {
    return this.equals(LONG) ? "long" : this.equals(MEDIUM) ? "medium" : this.equals(SHORT) ? "short"
        : maxLines + "/" + maxNesting;
  }
}
