package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.azure.RouteServerLimits;
import org.routesrv.dsl.azure.RouteServerReach;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RouteServerPeering;
import org.routesrv.dsl.network.VnetPeering;

/** The state of each session between an NVA and the instances of a Route Server (sections B and C). */
final class SessionCalculator {

  /** Routes one peer may advertise (fact 25); one more tears the session down (fact 26). */

  /** Route Server's hold time; BGP runs a session with the lower of both sides' (facts 20, 21). */
  static final int ROUTE_SERVER_HOLD_SECONDS = 180;

  private SessionCalculator() {
  }

  /** One session per instance, each opened by the NVA's peer line for that instance (they can differ in NIC). */
  static List<BgpSession> sessions(RouteServer server, Nva nva, int announcedRoutes, NetworkState state,
      Topology topology) {
    List<BgpSession> sessions = new ArrayList<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      if (instance.index() >= server.instanceIps().size()) {
        continue;
      }
      RouteServerPeering peering = nva.peeringWith(server.name(), instance).orElseThrow();
      Ipv4Address local = server.instanceIp(instance);
      String reason = idleReason(server, instance, nva, peering, announcedRoutes, state, topology);
      Integer hold = reason != null ? null
          : (int) Math.min(peering.hold().toSeconds(), ROUTE_SERVER_HOLD_SECONDS);
      sessions.add(new BgpSession(server.name(), nva.name(), instance, local, peering.peerIp(),
          reason == null ? SessionState.ESTABLISHED : SessionState.IDLE, reason, hold));
    }
    return sessions;
  }

  private static String idleReason(RouteServer server, RouteServerInstance instance, Nva nva,
      RouteServerPeering peering, int announcedRoutes, NetworkState state, Topology topology) {
    if (state.isDown(nva.name())) {
      return "NVA " + nva.name() + " is down (" + state.failedNvas().get(nva.name()).name().toLowerCase() + ")";
    }
    if (!peering.instances().includes(instance)) {
      return nva.name() + " does not peer with this instance (instances "
          + peering.instances().name().toLowerCase() + "); both are required (fact 42)";
    }
    if (state.isFailed(server.name(), instance)) {
      return "instance " + server.instanceIp(instance) + " failed";
    }
    String asnProblem = AzureAsns.sessionRefusal(nva.asn()).orElse(null);
    if (asnProblem != null) {
      return asnProblem;
    }
    String unreachable = unreachable(server, nva, peering, topology);
    if (unreachable != null) {
      return unreachable;
    }
    String tornDown = state.tornDown().get(nva.name());
    if (tornDown != null) {
      return tornDown;
    }
    if (announcedRoutes > RouteServerLimits.MAX_ROUTES_PER_PEER) {
      return routeLimitReason(announcedRoutes);
    }
    return null;
  }

  static String routeLimitReason(int counted) {
    return "route limit exceeded: " + counted + " routes counted, the limit is " + RouteServerLimits.MAX_ROUTES_PER_PEER + " (facts 25-27)";
  }

  /** Route Server peers only with NVAs in its own vnet or a directly peered one (fact 23). */
  private static String unreachable(RouteServer server, Nva nva, RouteServerPeering peering, Topology topology) {
    Nic nic = nva.nic(peering.nic()).orElse(null);
    if (nic == null) {
      return "no route to the Route Server: " + nva.name() + " has no NIC " + peering.nic();
    }
    String vnet = nic.subnet().vnet();
    boolean sameVnet = vnet.equals(server.vnet());
    boolean directlyPeered = !sameVnet
        && topology.peerings(server.vnet()).stream().anyMatch(vnetPeering -> vnetPeering.involves(vnet));
    if (RouteServerReach.reaches(sameVnet, directlyPeered)) {
      return null;
    }
    return "no route to the Route Server: " + nic.ip() + " is in " + vnet + ", neither " + server.vnet()
        + " nor a vnet peered with it (fact 23)";
  }
}
