package org.routesrv.dsl.simulation;

import java.time.Duration;
import java.util.List;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.ProgrammingDelay;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.ScenarioEvent;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;
import org.routesrv.dsl.network.ScenarioEvent.NvaFailure;
import org.routesrv.dsl.network.ScenarioEvent.NvaRestore;

/**
 * How long traffic is lost during a scenario, in both directions of the flow: its outage is the longer of the two,
 * with the cause of that one. Per event, the packets that were using an NVA the event fails are lost until Route
 * Server notices (the negotiated hold time after a crash, at once after a graceful shutdown) and the new routes are
 * programmed (the programming delay). Other events are make-before-break: the old path keeps working until the new
 * one is programmed. When no path works after an event, the loss has no end, or lasts until a later event of the
 * scenario restores the NVA it stays on: a reply a UDR pins to a crashed NVA is not rerouted by BGP at all. The
 * longest window over all events counts.
 */
final class OutageCalculator {

  private OutageCalculator() {
  }

  static Outage outage(ScenarioSimulation run, String fromVm, Destination to) {
    Outage worst = Outage.none(fromVm, to, "no traffic lost");
    List<ScenarioSimulation.Step> steps = run.steps();
    for (int i = 0; i < steps.size(); i++) {
      Outage outage = duringStep(steps.get(i), fromVm, to);
      if (outage.unbounded() && steps.get(i).event() instanceof NvaFailure failure) {
        outage = untilRestored(outage, failure.nva(), steps.subList(i + 1, steps.size()));
      }
      if (worse(outage, worst)) {
        worst = outage;
      }
    }
    return worst;
  }

  /** A loss caused by a failed NVA ends at a later {@code restore} of it, which has no time: the cause says so. */
  private static Outage untilRestored(Outage outage, String nva, List<ScenarioSimulation.Step> later) {
    for (ScenarioSimulation.Step step : later) {
      if (step.event() instanceof NvaRestore restore && restore.nva().equals(nva)) {
        return Outage.forGood(outage.from(), outage.to(), outage.cause() + " (until " + restore.text() + ")",
            outage.event());
      }
    }
    return outage;
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
    if (before == null || after == null) {
      return Outage.none(fromVm, to, "unknown vm " + fromVm);
    }
    Outage forward = inDirection(step, before.paths(), after.paths(), fromVm, to, "");
    if (forward.unbounded() || before.reply() == null || after.reply() == null) {
      return forward;
    }
    Outage reply = inDirection(step, before.reply().paths(), after.reply().paths(), fromVm, to, "the reply: ");
    return worse(reply, forward) ? reply : forward;
  }

  private static Outage inDirection(ScenarioSimulation.Step step, List<TracePath> before, List<TracePath> after,
      String fromVm, Destination to, String direction) {
    ScenarioEvent event = step.event();
    if (!after.stream().allMatch(p -> p.result().reachesDestination())) {
      TracePath broken = after.stream().filter(p -> !p.result().reachesDestination()).findFirst().orElseThrow();
      String when = before.stream().allMatch(p -> p.result().reachesDestination()) ? "after the event"
          : "before and after the event";
      return Outage.forGood(fromVm, to, direction + when + " traffic is " + broken.result().word() + ": "
          + broken.reason(), event.text());
    }
    if (event instanceof NvaFailure failure && usesNva(before, failure.nva())) {
      Duration detection = detection(step.before(), failure);
      ProgrammingDelay delay = programmingDelay(step.before(), failure.nva());
      String detectionText = failure.mode() == FailureMode.CRASH ? "hold timer " + seconds(detection)
          : "graceful withdrawal 0s";
      String delayText = seconds(delay.shortest()) + (delay.isExact() ? "" : "-" + seconds(delay.longest()));
      return new Outage(fromVm, to, detection.plus(delay.shortest()), detection.plus(delay.longest()),
          direction + detectionText + " + programming delay " + delayText, event.text());
    }
    return Outage.none(fromVm, to, "no traffic lost");
  }

  private static boolean usesNva(List<TracePath> paths, String nva) {
    return paths.stream().anyMatch(p -> p.result().reachesDestination() && p.nodes().contains(nva));
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
