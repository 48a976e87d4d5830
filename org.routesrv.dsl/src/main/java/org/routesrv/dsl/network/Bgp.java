package org.routesrv.dsl.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An NVA's BGP configuration. An NVA without a {@code bgp} block has empty lists. Resolved:
 * {@code routerId} = the IP of the NIC of its first Route Server peering (else its first NIC; null
 * without NICs) unless {@code router-id} is written.
 */
public record Bgp(Ipv4Address routerId, List<RouteServerPeering> routeServerPeerings, List<BgpNeighbor> neighbors,
    List<TunnelPeering> tunnels, List<Advertisement> advertisements) {

  public Bgp {
    routeServerPeerings = List.copyOf(routeServerPeerings);
    neighbors = List.copyOf(neighbors);
    tunnels = List.copyOf(tunnels);
    advertisements = List.copyOf(advertisements);
  }

  /**
   * What one instance of {@code routeServer} hears of {@code advertisements}, one per prefix: one written for that
   * instance alone before one for both instances (fact 88), each in model order. Shared by the simulator and the
   * generators, which must agree on it.
   */
  public static List<Advertisement> towards(List<Advertisement> advertisements, String routeServer,
      RouteServerInstance instance) {
    Map<Ipv4Prefix, Advertisement> byPrefix = new LinkedHashMap<>();
    for (boolean forThisInstanceOnly : new boolean[] {true, false}) {
      for (Advertisement advertisement : advertisements) {
        if (advertisement.isForOneInstance() == forThisInstanceOnly && advertisement.isFor(routeServer, instance)) {
          byPrefix.putIfAbsent(advertisement.prefix(), advertisement);
        }
      }
    }
    return List.copyOf(byPrefix.values());
  }

  /** The tunnel to {@code gateway}, null when the NVA has none. */
  public TunnelPeering tunnelTo(String gateway) {
    return tunnels.stream().filter(t -> t.gateway().equals(gateway)).findFirst().orElse(null);
  }
}
