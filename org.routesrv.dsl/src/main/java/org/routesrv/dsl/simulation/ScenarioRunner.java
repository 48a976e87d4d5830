package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.routesrv.dsl.azure.RouteServerLimits;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.network.ScenarioEvent;
import org.routesrv.dsl.network.ScenarioEvent.Announcement;
import org.routesrv.dsl.network.ScenarioEvent.InstanceFailure;
import org.routesrv.dsl.network.ScenarioEvent.MapAttachment;
import org.routesrv.dsl.network.ScenarioEvent.MapDetachment;
import org.routesrv.dsl.network.ScenarioEvent.NvaFailure;
import org.routesrv.dsl.network.ScenarioEvent.NvaRestore;
import org.routesrv.dsl.network.ScenarioEvent.RouteServerSetting;
import org.routesrv.dsl.network.ScenarioEvent.Withdrawal;

/** Applies a scenario's events to the baseline one by one, simulating the network after each. */
final class ScenarioRunner {

  private ScenarioRunner() {
  }

  static ScenarioSimulation run(Simulation baseline, Scenario scenario) {
    List<ScenarioSimulation.Step> steps = new ArrayList<>();
    Simulation current = baseline;
    for (ScenarioEvent event : scenario.events()) {
      Simulation next = new Simulation(apply(current, event));
      steps.add(new ScenarioSimulation.Step(event, current, next));
      current = next;
    }
    return new ScenarioSimulation(scenario, baseline, steps);
  }

  static NetworkState apply(Simulation current, ScenarioEvent event) {
    NetworkState state = current.state();
    return switch (event) {
      case NvaFailure failure -> state.withFailedNva(failure.nva(), failure.mode());
      case NvaRestore restore -> state.withRestoredNva(restore.nva());
      case InstanceFailure failure -> state.withFailedInstance(failure.routeServer(), failure.instance());
      case Withdrawal withdrawal -> withdraw(state, withdrawal);
      case Announcement announcement -> announce(current, announcement);
      case RouteServerSetting setting -> changed(state, setting.routeServer(), server -> setting.branchToBranch() != null
          ? server.withBranchToBranch(setting.branchToBranch()) : server.withRoutingPreference(setting.routingPreference()));
      case MapAttachment attachment -> changed(state, attachment.routeServer(),
          server -> server.withMap(attachment.export(), attachment.peer(), attachment.map()));
      case MapDetachment detachment -> changed(state, detachment.routeServer(),
          server -> server.withMap(detachment.export(), detachment.peer(), null));
    };
  }

  private static NetworkState changed(NetworkState state, String routeServer, UnaryOperator<RouteServer> change) {
    return state.network().routeServer(routeServer)
        .map(server -> state.withNetwork(state.network().withRouteServer(change.apply(server)))).orElse(state);
  }

  private static NetworkState withdraw(NetworkState state, Withdrawal withdrawal) {
    Nva nva = state.network().nva(withdrawal.nva()).orElse(null);
    if (nva == null) {
      return state;
    }
    List<Advertisement> kept = nva.bgp().advertisements().stream()
        .filter(a -> !a.prefix().equals(withdrawal.prefix())).toList();
    return state.withNetwork(state.network().withNva(nva.withAdvertisements(kept)))
        .withWithdrawal(nva.name(), withdrawal.prefix(), true);
  }

  /**
   * A new announcement replaces the NVA's route for the same prefix, peer and instance. Route Server counts
   * the routes it already learned from the peer plus those of the update (fact 27), so one more
   * route on top of 4,000 tears the session down even when it repeats a known prefix.
   */
  private static NetworkState announce(Simulation current, Announcement announcement) {
    NetworkState state = current.state();
    Nva nva = state.network().nva(announcement.nva()).orElse(null);
    if (nva == null) {
      return state;
    }
    Advertisement added = announcement.advertisement();
    List<Advertisement> advertisements = new ArrayList<>();
    for (Advertisement existing : nva.bgp().advertisements()) {
      if (!(existing.prefix().equals(added.prefix()) && Objects.equals(existing.toPeer(), added.toPeer())
          && existing.toInstance() == added.toInstance())) {
        advertisements.add(existing);
      }
    }
    advertisements.add(added);
    NetworkState changed = state.withNetwork(state.network().withNva(nva.withAdvertisements(advertisements)))
        .withWithdrawal(nva.name(), added.prefix(), false);
    for (RouteServerPeer peer : current.peeringsOf(nva.name())) {
      int counted = peer.announced().size() + 1;
      if (peer.anyEstablished() && added.isFor(peer.routeServer()) && counted > RouteServerLimits.MAX_ROUTES_PER_PEER) {
        changed = changed.withTornDown(nva.name(), SessionCalculator.routeLimitReason(counted));
      }
    }
    return changed;
  }
}
