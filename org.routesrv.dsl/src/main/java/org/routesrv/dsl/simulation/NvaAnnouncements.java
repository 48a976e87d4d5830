package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.Bgp;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RouteServerPeering;

/**
 * What an NVA sends to one instance of a Route Server: its configured advertisements for that peer, and, unless it
 * is ExaBGP, per other prefix its best path among what it learned from its sites, its NVA neighbours
 * and other Route Servers (never what this Route Server advertised to it), with its own ASN
 * prepended and itself as next hop. One route per prefix, as BGP sends only its best path: a
 * configured route wins (one written for this instance before one for both, fact 88), else the
 * shortest ({@link NeighborRoutes#passable}).
 */
final class NvaAnnouncements {

  private NvaAnnouncements() {
  }

  static List<BgpRoute> toRouteServer(Nva nva, RouteServerPeering peering, RouteServerInstance instance,
      NetworkState state, Topology topology, NeighborRoutes neighborRoutes) {
    if (state.isDown(nva.name())) {
      return List.of();
    }
    Map<Ipv4Prefix, BgpRoute> byPrefix = LinkedHashMap.newLinkedHashMap(nva.bgp().advertisements().size());
    Map<Ipv4Prefix, BgpRoute> passesOn = new LinkedHashMap<>();
    List<Advertisement> standing = new ArrayList<>(nva.bgp().advertisements().size());
    for (Advertisement advertisement : nva.bgp().advertisements()) {
      if (!state.isWithdrawn(nva.name(), advertisement.prefix()) && ConditionalAdvertisements.active(advertisement,
          nva, neighborRoutes.learnedBy(nva.name()), neighborRoutes.fromRouteServers(nva.name()), topology)) {
        standing.add(advertisement);
      }
    }
    for (Advertisement advertisement : Bgp.towards(standing, peering.routeServer(), instance)) {
      byPrefix.put(advertisement.prefix(), new BgpRoute(advertisement.prefix(), advertisement.nextHop(),
          advertisement.asPath(), advertisement.communities()));
    }
    if (VendorProfile.of(nva.vendor()).passesOnLearnedRoutes()) {
      Map<Ipv4Prefix, List<NeighborRoutes.Candidate>> rib = NeighborRoutes.passable(nva,
          neighborRoutes.learnedBy(nva.name()), neighborRoutes.fromRouteServers(nva.name()), topology);
      // BGP sends its best path to every peer; what came from this Route Server carries 65515, which stops it
      // (Route Server's loop check, and the guard of every generated configuration) unless as-override replaces it:
      // then the NVA hands Route Server its own routes back, as FRR does.
      String routeServer = SessionPolicies.overridesPeerAsn(peering.policy()) ? "" : "rs:" + peering.routeServer();
      for (Map.Entry<Ipv4Prefix, List<NeighborRoutes.Candidate>> entry : rib.entrySet()) {
        Ipv4Prefix prefix = entry.getKey();
        // The rib has each prefix once, so only a configured route can be there already.
        if (byPrefix.containsKey(prefix) || state.isWithdrawn(nva.name(), prefix)) {
          continue;
        }
        BgpRoute best = NeighborRoutes.bestExcept(entry.getValue(), routeServer);
        if (best != null) {
          // eBGP next-hop-self: the NVA announces itself, at the address it peers from.
          passesOn.put(prefix, new BgpRoute(prefix, peering.peerIp(), best.asPath().prepend(nva.asn()),
              best.communities()));
        }
      }
    }
    return List.copyOf(SessionPolicies.sent(nva.asn(), AzureAsns.ROUTE_SERVER, peering.policy(),
        new ArrayList<>(byPrefix.values()), new ArrayList<>(passesOn.values())));
  }
}
