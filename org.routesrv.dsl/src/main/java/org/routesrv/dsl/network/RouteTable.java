package org.routesrv.dsl.network;

import java.util.List;

/** A route table. Resolved: {@code bgpPropagation} is true unless {@code bgp-propagation off}. */
public record RouteTable(String name, boolean bgpPropagation, List<UserRoute> routes) {

  public RouteTable {
    routes = List.copyOf(routes);
  }
}
