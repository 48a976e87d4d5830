package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteTable;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.UserRoute;
import org.routesrv.dsl.network.UserRouteNextHop;

/**
 * A subnet's effective routes (section H), composed on demand from three shared parts: its vnet's
 * system routes, its route table's UDRs and its domain's programmed BGP routes. Nothing is copied
 * per subnet; {@link #rows()} materializes the Azure listing only when asked.
 *
 * <p>Invalid-vs-absent policy (fact 66): a route overridden by another of the same prefix is listed
 * Invalid (a system route under a UDR or BGP route, a BGP route under a UDR); a BGP route that a
 * VNet or peering system route equals or covers is listed Invalid too (fact 62). Routes Azure never
 * programs are absent: losing BGP paths (fact 55), routes filtered by Route Server (facts 40, 51),
 * BGP routes on a subnet whose table turns propagation off (fact 63), and the None routes of a
 * subnet whose Active 0.0.0.0/0 goes to an appliance or gateway, by UDR (fact 65) or by BGP (the lab
 * output of fact 66 shows no None rows under a Route Server default route; seed 000 relies on it for
 * spoke-to-spoke traffic through the firewall).
 */
public final class EffectiveRouteTable {

  private final SubnetRef subnet;
  private final SystemRoutes system;
  private final RouteTable routeTable;
  private final PrefixTable<EffectiveRoute> user = new PrefixTable<>();
  private final List<EffectiveRoute> userRows = new ArrayList<>();
  private final DomainRib bgp;
  private final boolean noneRoutesRemoved;
  private final boolean systemDefaultRemoved;

  /**
   * @param bgp the domain's programmed routes, or null when the subnet gets none (no domain, or
   *     propagation off)
   */
  EffectiveRouteTable(SubnetRef subnet, SystemRoutes system, RouteTable routeTable, DomainRib bgp) {
    this.subnet = subnet;
    this.system = system;
    this.routeTable = routeTable;
    this.bgp = bgp;
    boolean defaultToApplianceOrGateway = false;
    if (routeTable != null) {
      for (UserRoute route : routeTable.routes()) {
        EffectiveRoute row = userRow(route);
        boolean first = user.get(route.prefix()) == null;
        // Azure rejects two UDRs with the same prefix (fact 60); should one slip through, the first wins.
        userRows.add(first ? row : row.withState(RouteState.INVALID));
        if (first) {
          user.put(route.prefix(), row);
        }
        defaultToApplianceOrGateway |= route.prefix().length() == 0
            && (route.nextHopType() == UserRouteNextHop.APPLIANCE || route.nextHopType() == UserRouteNextHop.GATEWAY);
      }
    }
    boolean udrDefault = user.get(Ipv4Prefix.DEFAULT_ROUTE) != null;
    boolean bgpDefault = !udrDefault && activeBgp(Ipv4Prefix.DEFAULT_ROUTE) != null;
    this.noneRoutesRemoved = defaultToApplianceOrGateway || bgpDefault;
    // Fact 84: a BGP 0.0.0.0/0 takes the system default's place (no row); a UDR one leaves it Invalid.
    this.systemDefaultRemoved = bgpDefault;
  }

  private static EffectiveRoute userRow(UserRoute route) {
    NextHopType type = switch (route.nextHopType()) {
      case APPLIANCE -> NextHopType.VIRTUAL_APPLIANCE;
      case INTERNET -> NextHopType.INTERNET;
      case VNET_LOCAL -> NextHopType.VNET_LOCAL;
      case GATEWAY -> NextHopType.VIRTUAL_NETWORK_GATEWAY;
      case NONE -> NextHopType.NONE;
    };
    return new EffectiveRoute(route.name(), RouteSource.USER, RouteState.ACTIVE, route.prefix(), type,
        route.nextHopIp(), null);
  }

  public SubnetRef subnet() {
    return subnet;
  }

  /** The route table associated with the subnet, null when none. */
  public RouteTable routeTable() {
    return routeTable;
  }

  /** {@code disableBgpRoutePropagation} as Azure reports it for the subnet's table. */
  public boolean bgpPropagationDisabled() {
    return routeTable != null && !routeTable.bgpPropagation();
  }

  /** Whether any BGP routes reach this subnet at all (a domain, and propagation on). */
  public boolean receivesBgpRoutes() {
    return bgp != null;
  }

  public List<EffectiveRoute> lookup(Ipv4Address destination) {
    return lookup(new Ipv4Prefix(destination, 32));
  }

  /**
   * The Active rows of the most specific route that covers all of {@code destination} (several rows
   * for BGP ECMP), or an empty list when nothing covers it. Longest prefix first, then on the same
   * prefix User > BGP > Default (fact 62), BGP routes under a VNet or peering route skipped.
   */
  public List<EffectiveRoute> lookup(Ipv4Prefix destination) {
    long lengths = (system.byPrefix().lengthsPresent() | user.lengthsPresent()
        | (bgp == null ? 0 : bgp.programmed().lengthsPresent())) & PrefixTable.lengthsUpTo(destination.length());
    int bits = destination.address().bits();
    while (lengths != 0) {
      int length = 63 - Long.numberOfLeadingZeros(lengths);
      lengths &= ~(1L << length);
      EffectiveRoute userRoute = user.get(length, bits);
      if (userRoute != null) {
        return List.of(userRoute);
      }
      if (bgp != null) {
        List<EffectiveRoute> bgpRoutes = bgp.programmed().get(length, bits);
        if (bgpRoutes != null && !overriddenBySystem(bgpRoutes.get(0).prefix())) {
          return bgpRoutes;
        }
      }
      EffectiveRoute systemRoute = system.byPrefix().get(length, bits);
      if (systemRoute != null && !removed(systemRoute)) {
        return List.of(systemRoute);
      }
    }
    return List.of();
  }

  /** Every row as Azure would list it: Default, then VirtualNetworkGateway, then User rows. */
  public List<EffectiveRoute> rows() {
    List<EffectiveRoute> rows = new ArrayList<>();
    for (EffectiveRoute route : system.rows()) {
      if (!removed(route)) {
        boolean overridden = user.get(route.prefix()) != null || activeBgp(route.prefix()) != null;
        rows.add(route.withState(overridden ? RouteState.INVALID : RouteState.ACTIVE));
      }
    }
    if (bgp != null) {
      for (Ipv4Prefix prefix : bgp.prefixes()) {
        List<EffectiveRoute> programmed = bgp.programmed().get(prefix);
        boolean overridden = user.get(prefix) != null || overriddenBySystem(prefix);
        programmed.forEach(r -> rows.add(r.withState(overridden ? RouteState.INVALID : RouteState.ACTIVE)));
      }
    }
    rows.addAll(userRows);
    return rows;
  }

  /** The programmed BGP rows for exactly {@code prefix} that are not overridden by a system route. */
  List<EffectiveRoute> activeBgp(Ipv4Prefix prefix) {
    if (bgp == null) {
      return null;
    }
    List<EffectiveRoute> routes = bgp.programmed().get(prefix);
    return routes == null || overriddenBySystem(prefix) ? null : routes;
  }

  /** The domain RIB this subnet shares, null when it gets no BGP routes. */
  DomainRib bgp() {
    return bgp;
  }

  EffectiveRoute userRoute(Ipv4Prefix prefix) {
    return user.get(prefix);
  }

  /** Fact 62: the vnet's own and peered address spaces beat BGP, even a more specific BGP route. */
  EffectiveRoute systemOverride(Ipv4Prefix prefix) {
    return system.vnetOrPeeringCovering(prefix);
  }

  private boolean overriddenBySystem(Ipv4Prefix prefix) {
    return system.vnetOrPeeringCovering(prefix) != null;
  }

  private boolean removed(EffectiveRoute systemRoute) {
    return noneRoutesRemoved && systemRoute.nextHopType() == NextHopType.NONE
        || systemDefaultRemoved && systemRoute.prefix().length() == 0;
  }
}
