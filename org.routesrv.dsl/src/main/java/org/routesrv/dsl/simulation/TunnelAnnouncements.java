package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.TunnelPeering;
import org.routesrv.dsl.network.VpnGateway;

/**
 * What each NVA sends each VPN gateway it has a tunnel to: its advertisements written without {@code to}, and unless it
 * is ExaBGP its best path per other prefix with its own ASN in front, after the tunnel's export policy. The gateway
 * drops a path holding its own ASN, so what the NVA learned from Route Server (65515 first) never comes back this way.
 */
final class TunnelAnnouncements {

  private TunnelAnnouncements() {
  }

  /** Per gateway, the routes it learns over the tunnels of every NVA, in model order. */
  static Map<String, List<TunnelRoute>> of(NetworkState state, Topology topology, NeighborRoutes routes) {
    Map<String, List<TunnelRoute>> byGateway = new LinkedHashMap<>();
    for (Nva nva : topology.nvas()) {
      for (TunnelPeering tunnel : nva.bgp().tunnels()) {
        Gateway gateway = topology.gateway(tunnel.gateway());
        if (gateway instanceof VpnGateway vpn && !state.isDown(nva.name())) {
          List<TunnelRoute> learned = byGateway.computeIfAbsent(vpn.name(), name -> new ArrayList<>());
          for (BgpRoute route : sent(nva, tunnel, vpn, state, topology, routes)) {
            if (!route.asPath().contains(vpn.asn())) {
              learned.add(new TunnelRoute(nva.name(), route.prefix(), route.asPath(), tunnel.bgpIp()));
            }
          }
        }
      }
    }
    return byGateway;
  }

  private static List<BgpRoute> sent(Nva nva, TunnelPeering tunnel, VpnGateway gateway, NetworkState state,
      Topology topology, NeighborRoutes routes) {
    Map<Ipv4Prefix, BgpRoute> configured = new LinkedHashMap<>();
    for (Advertisement advertisement : nva.bgp().advertisements()) {
      if (advertisement.toPeer() == null && !advertisement.isForOneInstance()
          && !state.isWithdrawn(nva.name(), advertisement.prefix()) && !configured.containsKey(advertisement.prefix())
          && ConditionalAdvertisements.active(advertisement, nva, routes.learnedBy(nva.name()),
              routes.fromRouteServers(nva.name()), topology)) {
        configured.put(advertisement.prefix(), new BgpRoute(advertisement.prefix(), tunnel.bgpIp(),
            advertisement.asPath(), advertisement.communities()));
      }
    }
    Map<Ipv4Prefix, BgpRoute> passesOn = new LinkedHashMap<>();
    if (VendorProfile.of(nva.vendor()).passesOnLearnedRoutes()) {
      NeighborRoutes.passable(nva, routes.learnedBy(nva.name()), routes.fromRouteServers(nva.name()), topology)
          .forEach((prefix, candidates) -> {
            if (configured.containsKey(prefix) || state.isWithdrawn(nva.name(), prefix)) {
              return;
            }
            BgpRoute best = NeighborRoutes.bestExcept(candidates, "gw:" + gateway.name());
            if (best != null) {
              passesOn.put(prefix, new BgpRoute(prefix, tunnel.bgpIp(), best.asPath().prepend(nva.asn()),
                  best.communities()));
            }
          });
    }
    return SessionPolicies.sent(nva.asn(), gateway.asn(), tunnel.policy(), new ArrayList<>(configured.values()),
        new ArrayList<>(passesOn.values()));
  }
}
