package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServerPeering;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;

/**
 * What an NVA sends to a Route Server: its configured advertisements for that peer, and, unless it
 * is ExaBGP, the routes it learns from its sites and NVA neighbours with its own ASN prepended. One
 * route per prefix, as BGP sends only its best path: a configured route wins, else the shortest.
 */
final class NvaAnnouncements {

  private NvaAnnouncements() {
  }

  static List<BgpRoute> toRouteServer(Nva nva, RouteServerPeering peering, NetworkState state, Topology topology) {
    if (state.isDown(nva.name())) {
      return List.of();
    }
    Map<Ipv4Prefix, BgpRoute> byPrefix = new LinkedHashMap<>();
    Set<Ipv4Prefix> configured = new HashSet<>();
    for (Advertisement advertisement : nva.bgp().advertisements()) {
      if (advertisement.isFor(peering.routeServer()) && !state.isWithdrawn(nva.name(), advertisement.prefix())
          && configured.add(advertisement.prefix())) {
        byPrefix.put(advertisement.prefix(), new BgpRoute(advertisement.prefix(), advertisement.nextHop(),
            advertisement.asPath(), advertisement.communities()));
      }
    }
    if (VendorProfile.of(nva.vendor()).passesOnLearnedRoutes()) {
      for (BgpRoute learned : learnedFromOthers(nva, state, topology)) {
        if (state.isWithdrawn(nva.name(), learned.prefix()) || configured.contains(learned.prefix())) {
          continue;
        }
        // eBGP next-hop-self: the NVA announces itself, at the address it peers from.
        BgpRoute passedOn = new BgpRoute(learned.prefix(), peering.peerIp(), learned.asPath().prepend(nva.asn()),
            learned.communities());
        byPrefix.merge(learned.prefix(), passedOn,
            (kept, offered) -> offered.asPath().length() < kept.asPath().length() ? offered : kept);
      }
    }
    return List.copyOf(byPrefix.values());
  }

  /** Site prefixes behind the NVA (path: site ASN, then the ASNs behind it) and neighbour routes. */
  private static List<BgpRoute> learnedFromOthers(Nva nva, NetworkState state, Topology topology) {
    List<BgpRoute> learned = new ArrayList<>();
    for (Site site : topology.sitesVia(nva.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        AsPath path = site.pathOf(prefix);
        if (!path.contains(nva.asn())) {
          learned.add(new BgpRoute(prefix.prefix(), null, path, List.of()));
        }
      }
    }
    NeighborRoutes.learnedBy(nva, state, topology).forEach(n -> learned.add(n.route()));
    return learned;
  }
}
