package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/** A route as one BGP speaker sends it to another: the attributes Route Server keeps (fact 39). */
public record BgpRoute(Ipv4Prefix prefix, Ipv4Address nextHop, AsPath asPath, List<Community> communities) {

  public BgpRoute {
    communities = List.copyOf(communities);
  }

  public boolean noAdvertise() {
    return communities.contains(Community.NO_ADVERTISE);
  }
}
