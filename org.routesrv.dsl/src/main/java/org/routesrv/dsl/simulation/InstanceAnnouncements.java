package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RouteServerPeering;

/**
 * What an NVA announces to the two instances of one Route Server, as one list: each route with the
 * instances that hear it. Both hear the same routes unless the NVA peers with them from different
 * NICs or sends one of them its own attributes ({@code to ROUTESERVER instance first|second}, fact 88).
 */
record InstanceAnnouncements(List<BgpRoute> routes, List<InstanceSelection> heardBy) {

  static InstanceAnnouncements of(Nva nva, RouteServer server,
      Function<RouteServerInstance, List<BgpRoute>> announcedTo) {
    List<BgpRoute> first = announcedTo.apply(RouteServerInstance.FIRST);
    if (server.instanceIps().size() < 2 || sameForBothInstances(nva, server.name())) {
      return heardByBoth(first);
    }
    List<BgpRoute> second = announcedTo.apply(RouteServerInstance.SECOND);
    if (first.equals(second)) {
      return heardByBoth(first);
    }
    Set<BgpRoute> inFirst = new HashSet<>(first);
    Set<BgpRoute> inSecond = new HashSet<>(second);
    List<BgpRoute> routes = new ArrayList<>(first.size() + second.size());
    List<InstanceSelection> heardBy = new ArrayList<>(first.size() + second.size());
    for (BgpRoute route : first) {
      routes.add(route);
      heardBy.add(inSecond.contains(route) ? InstanceSelection.BOTH : InstanceSelection.FIRST);
    }
    for (BgpRoute route : second) {
      if (!inFirst.contains(route)) {
        routes.add(route);
        heardBy.add(InstanceSelection.SECOND);
      }
    }
    return new InstanceAnnouncements(routes, heardBy);
  }

  private static InstanceAnnouncements heardByBoth(List<BgpRoute> routes) {
    return new InstanceAnnouncements(routes, Collections.nCopies(routes.size(), InstanceSelection.BOTH));
  }

  /** One peer line and no advertisement meant for one instance: computing the second list would repeat the first. */
  private static boolean sameForBothInstances(Nva nva, String routeServer) {
    long lines = nva.bgp().routeServerPeerings().stream().filter(p -> p.routeServer().equals(routeServer)).count();
    return lines == 1 && nva.bgp().advertisements().stream()
        .noneMatch(a -> a.isForOneInstance() && a.isFor(routeServer));
  }

  /** The instances the NVA's peer lines for {@code routeServer} open sessions with, together. */
  static InstanceSelection peeredInstances(Nva nva, String routeServer) {
    InstanceSelection peered = null;
    for (RouteServerPeering line : nva.bgp().routeServerPeerings()) {
      if (line.routeServer().equals(routeServer)) {
        peered = peered == null ? line.instances() : peered.and(line.instances());
      }
    }
    return peered;
  }
}
