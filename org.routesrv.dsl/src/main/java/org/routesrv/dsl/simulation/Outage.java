package org.routesrv.dsl.simulation;

import java.time.Duration;
import org.routesrv.dsl.network.Destination;

/**
 * The longest window in which traffic from a VM to a destination is lost during a scenario, as a
 * range: the programming delay is one (fact 91), so the window runs from {@code shortest} (the
 * delay's low end) to {@code longest} (its high end).
 *
 * @param longest null when traffic is lost for good (no working path after an event)
 * @param cause what the window is made of, e.g. "hold timer 60s + programming delay 2s-39s"
 * @param event the event that causes the window, null when no traffic is lost
 */
public record Outage(String from, Destination to, Duration shortest, Duration longest, String cause, String event) {

  static Outage none(String from, Destination to, String cause) {
    return new Outage(from, to, Duration.ZERO, Duration.ZERO, cause, null);
  }

  static Outage forGood(String from, Destination to, String cause, String event) {
    return new Outage(from, to, null, null, cause, event);
  }

  public boolean unbounded() {
    return longest == null;
  }

  /** The window as "62s-99s", or "70s" when both ends agree. */
  public String window() {
    if (unbounded()) {
      return "unbounded";
    }
    String low = OutageCalculator.seconds(shortest);
    return shortest.equals(longest) ? low : low + "-" + OutageCalculator.seconds(longest);
  }
}
