package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A route in {@code list-advertised-routes}. Its next hop is always the advertising instance's own
 * address (fact 48), so it is not stored; {@code asPath} starts with 65515.
 */
public record AdvertisedRoute(Ipv4Prefix prefix, AsPath asPath, List<Community> communities) {

  public AdvertisedRoute {
    communities = List.copyOf(communities);
  }
}
