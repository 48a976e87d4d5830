package org.routesrv.dsl.simulation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;

/**
 * The network as configured plus what scenario events did to it: failed NVAs and Route Server
 * instances, prefixes an NVA withdrew, and sessions torn down by the route limit. Scenario
 * announcements and withdrawals of configured routes are applied to {@link #network()} itself.
 *
 * @param withdrawn prefixes an NVA stopped announcing, including ones it would pass on from sites
 * @param tornDown why a session was torn down by an event (fact 27), by NVA name
 */
public record NetworkState(Network network, Map<String, FailureMode> failedNvas,
    Set<InstanceKey> failedInstances, Map<String, Set<Ipv4Prefix>> withdrawn, Map<String, String> tornDown) {

  /** One Route Server instance. */
  public record InstanceKey(String routeServer, RouteServerInstance instance) {
  }

  public NetworkState {
    failedNvas = Map.copyOf(failedNvas);
    failedInstances = Set.copyOf(failedInstances);
    Map<String, Set<Ipv4Prefix>> copy = new HashMap<>();
    withdrawn.forEach((nva, prefixes) -> copy.put(nva, Set.copyOf(prefixes)));
    withdrawn = Map.copyOf(copy);
    tornDown = Map.copyOf(tornDown);
  }

  public static NetworkState baseline(Network network) {
    return new NetworkState(network, Map.of(), Set.of(), Map.of(), Map.of());
  }

  public boolean isDown(String nva) {
    return failedNvas.containsKey(nva);
  }

  public boolean isFailed(String routeServer, RouteServerInstance instance) {
    return failedInstances.contains(new InstanceKey(routeServer, instance));
  }

  public boolean isWithdrawn(String nva, Ipv4Prefix prefix) {
    return withdrawn.getOrDefault(nva, Set.of()).contains(prefix);
  }

  NetworkState withNetwork(Network changed) {
    return new NetworkState(changed, failedNvas, failedInstances, withdrawn, tornDown);
  }

  NetworkState withFailedNva(String nva, FailureMode mode) {
    Map<String, FailureMode> failed = new HashMap<>(failedNvas);
    failed.put(nva, mode);
    return new NetworkState(network, failed, failedInstances, withdrawn, tornDown);
  }

  /** Up again: a restarted NVA also re-establishes a session the route limit tore down. */
  NetworkState withRestoredNva(String nva) {
    Map<String, FailureMode> failed = new HashMap<>(failedNvas);
    failed.remove(nva);
    Map<String, String> torn = new HashMap<>(tornDown);
    torn.remove(nva);
    return new NetworkState(network, failed, failedInstances, withdrawn, torn);
  }

  NetworkState withFailedInstance(String routeServer, RouteServerInstance instance) {
    Set<InstanceKey> failed = new HashSet<>(failedInstances);
    failed.add(new InstanceKey(routeServer, instance));
    return new NetworkState(network, failedNvas, failed, withdrawn, tornDown);
  }

  NetworkState withWithdrawal(String nva, Ipv4Prefix prefix, boolean withdrawnNow) {
    Map<String, Set<Ipv4Prefix>> changed = new HashMap<>(withdrawn);
    Set<Ipv4Prefix> prefixes = new HashSet<>(changed.getOrDefault(nva, Set.of()));
    if (withdrawnNow) {
      prefixes.add(prefix);
    } else {
      prefixes.remove(prefix);
    }
    changed.put(nva, prefixes);
    return new NetworkState(network, failedNvas, failedInstances, changed, tornDown);
  }

  NetworkState withTornDown(String nva, String reason) {
    Map<String, String> torn = new HashMap<>(tornDown);
    torn.put(nva, reason);
    return new NetworkState(network, failedNvas, failedInstances, withdrawn, torn);
  }
}
