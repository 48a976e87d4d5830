package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A route in an NVA's BGP table, after the NVA's loop check and import policy.
 *
 * @param peer the Route Server, NVA neighbour or site it came from
 */
public record NvaBgpRoute(Ipv4Prefix prefix, AsPath asPath, Ipv4Address nextHop, String peer,
    List<Community> communities) {

  public NvaBgpRoute {
    communities = List.copyOf(communities);
  }
}
