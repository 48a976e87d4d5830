package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * What a gateway, an NVA or a site holds, in one shape, for the expectations that may name any of them ({@code expect
 * learned NODE ...}). A Route Server is not here: its listing is per NVA peer and instance ({@link RouteServerPeer}).
 */
final class HeldRoutes {

  /**
   * One route a node holds.
   *
   * @param table the gateway instance's address whose listing shows it; empty for NVAs and sites, which have one table
   * @param sources the names {@code from} may use: the peer it came from and the node it started at
   */
  record Held(Ipv4Prefix prefix, AsPath asPath, String table, Set<String> sources) {
  }

  private HeldRoutes() {
  }

  /** What {@code node} holds, or null when it is no gateway, NVA or site of the simulation. */
  static List<Held> of(Simulation simulation, String node) {
    List<Held> held = new ArrayList<>();
    GatewayTables gateway = simulation.gatewayTables(node);
    if (gateway != null) {
      for (GatewayRoute route : gateway.learned()) {
        held.add(new Held(route.network(), route.asPath(), route.localAddress().toString(),
            sources(route.peer(), route.originNode())));
      }
      return held;
    }
    if (simulation.topology().nva(node) != null) {
      for (NvaBgpRoute route : simulation.nvaBgpRoutes(node)) {
        held.add(new Held(route.prefix(), route.asPath(), "", sources(route.peer(), route.peer())));
      }
      return held;
    }
    if (simulation.network().sites().stream().anyMatch(site -> site.name().equals(node))) {
      for (SiteLearnedRoute route : simulation.siteRoutes(node)) {
        held.add(new Held(route.network(), route.asPath(), "", sources(route.via(), route.originNode())));
      }
      return held;
    }
    return null;
  }

  private static Set<String> sources(String peer, String origin) {
    Set<String> sources = new LinkedHashSet<>(2);
    sources.add(peer);
    if (origin != null) {
      sources.add(origin);
    }
    return sources;
  }
}
