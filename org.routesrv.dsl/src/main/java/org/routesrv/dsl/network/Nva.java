package org.routesrv.dsl.network;

import java.util.List;
import java.util.Optional;

/**
 * A network virtual appliance. Resolved: {@code snat} false unless {@code snat on}; {@code stateful} as written,
 * else its vendor's default (firewalls drop the replies of flows they did not see leave, routers do not).
 */
public record Nva(String name, NvaVendor vendor, long asn, List<Nic> nics, List<StaticRoute> statics, boolean snat,
    boolean stateful, Bgp bgp) {

  public Nva {
    nics = List.copyOf(nics);
    statics = List.copyOf(statics);
  }

  public Optional<Nic> nic(String nicName) {
    return nics.stream().filter(n -> n.name().equals(nicName)).findFirst();
  }

  public Optional<RouteServerPeering> peeringWith(String routeServer) {
    return bgp.routeServerPeerings().stream().filter(p -> p.routeServer().equals(routeServer)).findFirst();
  }

  /**
   * The peer line that opens the session with {@code instance} of {@code routeServer}: the two instances
   * can be peered from different NICs. Without one, the NVA's first line for that Route Server.
   */
  public Optional<RouteServerPeering> peeringWith(String routeServer, RouteServerInstance instance) {
    return bgp.routeServerPeerings().stream()
        .filter(p -> p.routeServer().equals(routeServer) && p.instances().includes(instance)).findFirst()
        .or(() -> peeringWith(routeServer));
  }

  /**
   * The neighbour line for a BGP site behind this NVA: the one at the site's BGP address with its ASN. Its name is
   * what advertisements write after {@code to}, and its options are the session's policy. Empty when the model has
   * none: the NVA still peers with the site (its generated configurations add the session).
   */
  public Optional<BgpNeighbor> neighborLineFor(Site site) {
    return bgp.neighbors().stream().filter(n -> n.ip().equals(site.bgpIp()) && n.asn() == site.asn()).findFirst();
  }

  public Nva withAdvertisements(List<Advertisement> advertisements) {
    return new Nva(name, vendor, asn, nics, statics, snat, stateful,
        new Bgp(bgp.routerId(), bgp.routeServerPeerings(), bgp.neighbors(), bgp.tunnels(), advertisements));
  }
}
