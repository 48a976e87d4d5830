package org.routesrv.dsl.network;

import java.time.Duration;

/**
 * How long Azure takes from a BGP change at Route Server to the new routes working in the NICs: a
 * range, as Microsoft publishes no figure and the measurements differ (fact 91). Outages are
 * reported from both ends.
 */
public record ProgrammingDelay(Duration shortest, Duration longest) {

  /** Fact 91: a couple of seconds (a 2021 lab) to 39 s (a graceful stop, live lab, 2026-08-04). */
  public static final ProgrammingDelay MEASURED = new ProgrammingDelay(Duration.ofSeconds(2), Duration.ofSeconds(39));

  public ProgrammingDelay {
    if (shortest.isNegative() || longest.compareTo(shortest) < 0) {
      throw new IllegalArgumentException("a programming delay runs from a shortest to a longest duration, got "
          + shortest + " to " + longest);
    }
  }

  public static ProgrammingDelay exactly(Duration delay) {
    return new ProgrammingDelay(delay, delay);
  }

  public boolean isExact() {
    return shortest.equals(longest);
  }
}
