package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.PeeringSide;
import org.routesrv.dsl.network.Vnet;
import org.routesrv.dsl.network.VnetPeering;

/**
 * A vnet's default ({@code source: Default}) routes, shared by all its subnets (fact 65): its
 * address spaces as VnetLocal, each peered vnet's spaces as VNetPeering or VNetGlobalPeering,
 * 0.0.0.0/0 to the Internet, and the reserved private ranges to None.
 */
final class SystemRoutes {

  /**
   * Facts 65 and 85: the ranges current outputs (2024 and later) route to None; 127.0.0.0/8 joined them
   * after 2021. Region-specific None routes (25.x, 157.59.0.0/16 and others) are not published, so
   * no model can know them.
   */
  static final List<Ipv4Prefix> RESERVED_NONE = List.of(Ipv4Prefix.parse("10.0.0.0/8"),
      Ipv4Prefix.parse("172.16.0.0/12"), Ipv4Prefix.parse("192.168.0.0/16"), Ipv4Prefix.parse("100.64.0.0/10"),
      Ipv4Prefix.parse("127.0.0.0/8"));

  private final List<EffectiveRoute> rows = new ArrayList<>();
  private final PrefixTable<EffectiveRoute> byPrefix = new PrefixTable<>();
  private final PrefixTable<EffectiveRoute> vnetAndPeering = new PrefixTable<>();

  SystemRoutes(Vnet vnet, Topology topology) {
    for (Ipv4Prefix space : vnet.addressSpaces()) {
      add(EffectiveRoute.system(space, NextHopType.VNET_LOCAL));
    }
    for (VnetPeering peering : topology.peerings(vnet.name())) {
      PeeringSide remote = peering.remoteOf(vnet.name()).orElseThrow();
      Vnet remoteVnet = topology.vnet(remote.vnet());
      if (remoteVnet == null) {
        continue;
      }
      NextHopType type = topology.isGlobal(vnet.name(), remote.vnet()) ? NextHopType.VNET_GLOBAL_PEERING
          : NextHopType.VNET_PEERING;
      for (Ipv4Prefix space : remoteVnet.addressSpaces()) {
        add(EffectiveRoute.system(space, type));
      }
    }
    add(EffectiveRoute.system(Ipv4Prefix.DEFAULT_ROUTE, NextHopType.INTERNET));
    for (Ipv4Prefix reserved : RESERVED_NONE) {
      // Fact 65: a vnet space equal to the range already routes it as VnetLocal; a space that is a
      // strict supernet of it removes the None route.
      boolean covered = vnet.addressSpaces().stream().anyMatch(space -> space.covers(reserved));
      if (!covered) {
        add(EffectiveRoute.system(reserved, NextHopType.NONE));
      }
    }
  }

  /** The first route for a prefix wins; a later duplicate (overlapping peerings) is not listed. */
  private void add(EffectiveRoute route) {
    if (byPrefix.get(route.prefix()) != null) {
      return;
    }
    rows.add(route);
    byPrefix.put(route.prefix(), route);
    if (route.nextHopType() == NextHopType.VNET_LOCAL || route.nextHopType().isPeering()) {
      vnetAndPeering.put(route.prefix(), route);
    }
  }

  List<EffectiveRoute> rows() {
    return rows;
  }

  PrefixTable<EffectiveRoute> byPrefix() {
    return byPrefix;
  }

  /**
   * The VNet or peering route that equals or covers {@code prefix}: such a route beats any BGP route
   * for it, even a more specific one (fact 62).
   */
  EffectiveRoute vnetOrPeeringCovering(Ipv4Prefix prefix) {
    return vnetAndPeering.longestCovering(prefix);
  }
}
