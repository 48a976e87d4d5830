package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.StaticRoute;
import org.routesrv.dsl.network.Subnet;

/**
 * An NVA's own forwarding table: connected NIC subnets, its static routes and the BGP routes it
 * installs, each with its vendor's administrative distance. The NVA only decides which NIC a packet
 * leaves by; Azure then routes it by that NIC's subnet (the VNet ignores the NVA's L2 next hop).
 */
public final class NvaForwardingTable {

  private static final int CONNECTED_DISTANCE = 0;

  private final Nva nva;
  private final PrefixTable<List<NvaRoute>> best = new PrefixTable<>();
  private final Map<Ipv4Prefix, List<NvaRoute>> ordered = new LinkedHashMap<>();

  private NvaForwardingTable(Nva nva) {
    this.nva = nva;
  }

  /**
   * @param fromRouteServers the routes Route Server advertises to this NVA, with the instance as next
   *     hop and the NIC the session runs over as egress (used when no connected or static route
   *     leads to the instance)
   * @param fromNeighbors the routes its NVA neighbours send it
   * @param overTunnels the routes the VPN gateways it has tunnels to send it, leading into those tunnels
   */
  static NvaForwardingTable build(Nva nva, List<NvaRoute> fromRouteServers, List<NeighborRoutes.Learned> fromNeighbors,
      List<NvaRoute> overTunnels, Topology topology) {
    NvaForwardingTable table = new NvaForwardingTable(nva);
    VendorProfile profile = VendorProfile.of(nva.vendor());
    for (Nic nic : nva.nics()) {
      Subnet subnet = topology.subnet(nic.subnet());
      if (subnet != null) {
        table.offer(new NvaRoute(subnet.prefix(), NvaRouteProtocol.CONNECTED, CONNECTED_DISTANCE, nic.name(), null,
            null, AsPath.EMPTY));
      }
    }
    for (StaticRoute route : nva.statics()) {
      String egress = route.nic() != null ? route.nic() : table.resolveEgress(route.nextHop());
      if (egress != null) {
        table.offer(new NvaRoute(route.prefix(), NvaRouteProtocol.STATIC, profile.staticDistance(), egress,
            route.nextHop(), null, AsPath.EMPTY));
      }
    }
    if (!profile.installsBgpRoutes()) {
      return table;
    }
    // BGP next hops resolve recursively through connected and static routes only (not through other
    // BGP routes, fact 75): every egress is found before the first BGP route is installed.
    // The routes from Route Servers passed the NVA's loop check and import map already (SessionPolicies).
    List<NvaRoute> fromServers = new ArrayList<>(fromRouteServers.size());
    for (NvaRoute route : fromRouteServers) {
      fromServers.add(table.resolved(route, route.egressNic()));
    }
    List<NvaRoute> fromPeers = new ArrayList<>(fromNeighbors.size());
    for (NeighborRoutes.Learned learned : fromNeighbors) {
      BgpRoute route = learned.route();
      fromPeers.add(table.resolved(new NvaRoute(route.prefix(), NvaRouteProtocol.BGP, profile.ebgpDistance(), null,
          route.nextHop(), null, route.asPath()), neighborEgress(nva, learned.neighbor(), topology)));
    }
    fromServers.forEach(table::offer);
    for (Site site : topology.sitesVia(nva.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        table.offer(new NvaRoute(prefix.prefix(), NvaRouteProtocol.BGP, profile.ebgpDistance(), null, null,
            site.name(), site.pathOf(prefix)));
      }
    }
    for (NvaRoute route : fromPeers) {
      if (route.egressNic() != null) {
        table.offer(route);
      }
    }
    overTunnels.forEach(table::offer);
    return table;
  }

  /** {@code route} leaving by the NIC its next hop resolves to, else by {@code fallback} (the session's NIC). */
  private NvaRoute resolved(NvaRoute route, String fallback) {
    String egress = route.nextHop() == null ? null : resolveEgress(route.nextHop());
    egress = egress != null ? egress : fallback;
    return new NvaRoute(route.prefix(), route.protocol(), route.distance(), egress, route.nextHop(), null,
        route.asPath());
  }

  /** The NIC a session with a neighbour runs over: its {@code via} NIC, else the NIC on its subnet, else the first. */
  private static String neighborEgress(Nva nva, BgpNeighbor neighbor, Topology topology) {
    if (neighbor.nic() != null) {
      return neighbor.nic();
    }
    for (Nic nic : nva.nics()) {
      Subnet subnet = topology.subnet(nic.subnet());
      if (subnet != null && subnet.prefix().contains(neighbor.ip())) {
        return nic.name();
      }
    }
    return nva.nics().isEmpty() ? null : nva.nics().get(0).name();
  }

  /** The NIC towards a next hop: by the longest connected or static route to it (BGP routes are not yet installed). */
  private String resolveEgress(Ipv4Address nextHop) {
    List<NvaRoute> routes = best.longestMatch(nextHop);
    return routes == null ? null : routes.get(0).egressNic();
  }

  /** Lowest distance wins; among BGP routes the shortest AS path; equal routes with other exits are ECMP. */
  private void offer(NvaRoute route) {
    List<NvaRoute> current = best.get(route.prefix());
    if (current == null) {
      List<NvaRoute> routes = new ArrayList<>(List.of(route));
      best.put(route.prefix(), routes);
      ordered.put(route.prefix(), routes);
      return;
    }
    NvaRoute incumbent = current.get(0);
    int byPreference = Comparator.comparingInt(NvaRoute::distance)
        .thenComparingInt((NvaRoute r) -> r.asPath().length())
        .compare(route, incumbent);
    if (byPreference < 0) {
      current.clear();
      current.add(route);
    } else if (byPreference == 0 && current.stream().noneMatch(route::sameExit)) {
      current.add(route);
    }
  }

  public Nva nva() {
    return nva;
  }

  /** The routes for the longest matching prefix (several for ECMP), empty when there is none. */
  public List<NvaRoute> lookup(Ipv4Address destination) {
    List<NvaRoute> routes = best.longestMatch(destination);
    return routes == null ? List.of() : List.copyOf(routes);
  }

  /** Every selected route, by prefix. */
  public List<NvaRoute> routes() {
    List<Ipv4Prefix> prefixes = new ArrayList<>(ordered.keySet());
    prefixes.sort(null);
    List<NvaRoute> routes = new ArrayList<>();
    prefixes.forEach(p -> routes.addAll(ordered.get(p)));
    return routes;
  }
}
