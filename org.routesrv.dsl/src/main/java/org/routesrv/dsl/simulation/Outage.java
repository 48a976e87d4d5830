package org.routesrv.dsl.simulation;

import java.time.Duration;
import org.routesrv.dsl.network.Destination;

/**
 * The longest window in which traffic from a VM to a destination is lost during a scenario.
 *
 * @param window null when traffic is lost for good (no working path after an event)
 * @param cause what the window is made of, e.g. "hold timer 60s + programming delay 10s"
 * @param event the event that causes the window, null when no traffic is lost
 */
public record Outage(String from, Destination to, Duration window, String cause, String event) {

  public boolean unbounded() {
    return window == null;
  }

  /** The window in seconds, fractional for sub-second windows; null when unbounded. */
  public Double seconds() {
    return window == null ? null : window.toMillis() / 1000.0;
  }
}
