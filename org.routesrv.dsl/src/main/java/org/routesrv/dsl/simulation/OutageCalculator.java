package org.routesrv.dsl.simulation;

import java.time.Duration;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.ScenarioEvent;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;
import org.routesrv.dsl.network.ScenarioEvent.NvaFailure;

/**
 * How long traffic is lost during a scenario. Per event, the packets that were using an NVA the
 * event fails are lost until Route Server notices (the negotiated hold time after a crash, at once
 * after a graceful shutdown) and the new routes are programmed (the programming delay). Other
 * events are make-before-break: the old path keeps working until the new one is programmed. When
 * no path works after an event, the loss has no end. The longest window over all events counts.
 */
final class OutageCalculator {

  private OutageCalculator() {
  }

  static Outage outage(ScenarioSimulation run, String fromVm, Destination to) {
    Outage worst = new Outage(fromVm, to, Duration.ZERO, "no traffic lost", null);
    for (ScenarioSimulation.Step step : run.steps()) {
      Outage outage = duringStep(step, fromVm, to);
      if (worse(outage, worst)) {
        worst = outage;
      }
    }
    return worst;
  }

  private static boolean worse(Outage candidate, Outage current) {
    if (current.unbounded()) {
      return false;
    }
    return candidate.unbounded() || candidate.window().compareTo(current.window()) > 0;
  }

  private static Outage duringStep(ScenarioSimulation.Step step, String fromVm, Destination to) {
    Trace before = step.before().trace(fromVm, to);
    Trace after = step.after().trace(fromVm, to);
    ScenarioEvent event = step.event();
    if (before == null || after == null) {
      return new Outage(fromVm, to, Duration.ZERO, "unknown vm " + fromVm, null);
    }
    if (!after.allReachDestination()) {
      TracePath broken = after.paths().stream().filter(p -> !p.result().reachesDestination()).findFirst().orElseThrow();
      String when = before.allReachDestination() ? "after the event" : "before and after the event";
      return new Outage(fromVm, to, null, when + " traffic is " + broken.result().word() + ": " + broken.reason(),
          event.text());
    }
    if (event instanceof NvaFailure failure && usesNva(before, failure.nva())) {
      Duration detection = detection(step.before(), failure);
      Duration delay = programmingDelay(step.before(), failure.nva());
      String detectionText = failure.mode() == FailureMode.CRASH ? "hold timer " + seconds(detection)
          : "graceful withdrawal 0s";
      return new Outage(fromVm, to, detection.plus(delay), detectionText + " + programming delay " + seconds(delay),
          event.text());
    }
    return new Outage(fromVm, to, Duration.ZERO, "no traffic lost", null);
  }

  private static boolean usesNva(Trace trace, String nva) {
    return trace.paths().stream().anyMatch(p -> p.result().reachesDestination() && p.nodes().contains(nva));
  }

  /** A crash is noticed when the hold timer expires: the negotiated one, the longest of its sessions. */
  private static Duration detection(Simulation before, NvaFailure failure) {
    if (failure.mode() == FailureMode.GRACEFUL) {
      return Duration.ZERO;
    }
    int hold = 0;
    for (RouteServerPeer peer : before.peeringsOf(failure.nva())) {
      for (BgpSession session : peer.sessions()) {
        if (session.established()) {
          hold = Math.max(hold, session.holdTimeSeconds());
        }
      }
    }
    return Duration.ofSeconds(hold);
  }

  private static Duration programmingDelay(Simulation before, String nva) {
    Duration delay = Duration.ZERO;
    for (RouteServerPeer peer : before.peeringsOf(nva)) {
      RouteServer server = before.topology().routeServer(peer.routeServer());
      if (server != null && server.programmingDelay().compareTo(delay) > 0) {
        delay = server.programmingDelay();
      }
    }
    return delay;
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
