package org.routesrv.dsl.simulation;

import java.time.Duration;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.ProgrammingDelay;
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
    Outage worst = Outage.none(fromVm, to, "no traffic lost");
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
    return candidate.unbounded() || candidate.longest().compareTo(current.longest()) > 0;
  }

  private static Outage duringStep(ScenarioSimulation.Step step, String fromVm, Destination to) {
    Trace before = step.before().trace(fromVm, to);
    Trace after = step.after().trace(fromVm, to);
    ScenarioEvent event = step.event();
    if (before == null || after == null) {
      return Outage.none(fromVm, to, "unknown vm " + fromVm);
    }
    if (!after.allReachDestination()) {
      TracePath broken = after.paths().stream().filter(p -> !p.result().reachesDestination()).findFirst().orElseThrow();
      String when = before.allReachDestination() ? "after the event" : "before and after the event";
      return Outage.forGood(fromVm, to, when + " traffic is " + broken.result().word() + ": " + broken.reason(),
          event.text());
    }
    if (event instanceof NvaFailure failure && usesNva(before, failure.nva())) {
      Duration detection = detection(step.before(), failure);
      ProgrammingDelay delay = programmingDelay(step.before(), failure.nva());
      String detectionText = failure.mode() == FailureMode.CRASH ? "hold timer " + seconds(detection)
          : "graceful withdrawal 0s";
      String delayText = seconds(delay.shortest()) + (delay.isExact() ? "" : "-" + seconds(delay.longest()));
      return new Outage(fromVm, to, detection.plus(delay.shortest()), detection.plus(delay.longest()),
          detectionText + " + programming delay " + delayText, event.text());
    }
    return Outage.none(fromVm, to, "no traffic lost");
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

  /** The slowest Route Server the NVA peers with decides each end of the range. */
  private static ProgrammingDelay programmingDelay(Simulation before, String nva) {
    Duration shortest = Duration.ZERO;
    Duration longest = Duration.ZERO;
    for (RouteServerPeer peer : before.peeringsOf(nva)) {
      RouteServer server = before.topology().routeServer(peer.routeServer());
      if (server != null) {
        shortest = max(shortest, server.programmingDelay().shortest());
        longest = max(longest, server.programmingDelay().longest());
      }
    }
    return new ProgrammingDelay(shortest, longest);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
