package org.routesrv.dsl.network;

import java.util.List;

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

  /** The tunnel to {@code gateway}, null when the NVA has none. */
  public TunnelPeering tunnelTo(String gateway) {
    return tunnels.stream().filter(t -> t.gateway().equals(gateway)).findFirst().orElse(null);
  }
}
