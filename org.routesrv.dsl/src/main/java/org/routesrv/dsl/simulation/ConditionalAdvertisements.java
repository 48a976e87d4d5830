package org.routesrv.dsl.simulation;

import java.util.List;

import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;

/**
 * {@code advertise ... when-learned PREFIX [from PEER]}: the route is announced only while the NVA's BGP table
 * holds exactly PREFIX, learned from PEER when one is named (a Route Server by its name, a neighbour by its
 * {@code peer} line's name). Its table is what it accepted from Route Servers and neighbours, and its sites.
 */
final class ConditionalAdvertisements {

  private ConditionalAdvertisements() {
  }

  static boolean active(Advertisement advertisement, Nva nva, List<NeighborRoutes.Learned> fromNeighbors,
      List<NeighborRoutes.FromRouteServer> fromServers, Topology topology) {
    if (!advertisement.isConditional()) {
      return true;
    }
    String from = advertisement.whenLearnedFrom();
    for (NeighborRoutes.FromRouteServer route : fromServers) {
      if (route.route().prefix().equals(advertisement.whenLearned()) && (from == null || route.routeServer().equals(from))) {
        return true;
      }
    }
    String fromNva = from == null ? null : neighborNva(nva, from, topology);
    for (NeighborRoutes.Learned learned : fromNeighbors) {
      if (learned.route().prefix().equals(advertisement.whenLearned())
          && (from == null || learned.fromNva().equals(fromNva))) {
        return true;
      }
    }
    if (from == null) {
      for (Site site : topology.sitesVia(nva.name())) {
        for (SitePrefix prefix : site.prefixes()) {
          if (prefix.prefix().equals(advertisement.whenLearned())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The NVA behind the NVA's {@code peer NAME IP asn ASN} line called {@code name}, or null. */
  private static String neighborNva(Nva nva, String name, Topology topology) {
    for (BgpNeighbor neighbor : nva.bgp().neighbors()) {
      if (neighbor.name().equals(name)) {
        NicOwner owner = topology.nicAt(neighbor.ip());
        return owner == null ? null : owner.nva().name();
      }
    }
    return null;
  }
}
