package org.routesrv.dsl.network;

import java.util.Locale;

/**
 * One of the two Route Server instances: FIRST is the one at the first of {@code virtualRouterIps}
 * and is listed as {@code RouteServiceRole_IN_0}.
 */
public enum RouteServerInstance {
  FIRST, SECOND;

  public static RouteServerInstance ofIndex(int index) {
    return values()[index];
  }

  public int index() {
    return ordinal();
  }

  /** As the language writes it: {@code first}, {@code second}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The key {@code az network routeserver peering list-learned-routes} prints for it. */
  public String role() {
    return "RouteServiceRole_IN_" + ordinal();
  }
}
