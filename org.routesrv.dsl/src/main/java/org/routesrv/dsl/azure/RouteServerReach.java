package org.routesrv.dsl.azure;

/** Which addresses a Route Server peers with (fact 23). */
public final class RouteServerReach {

  private RouteServerReach() {
  }

  /**
   * Fact 23: Route Server peers only with private IPs in its own vnet or a directly peered one; a
   * vnet reached through another peering does not count (fact 34).
   */
  public static boolean reaches(boolean inRouteServerVnet, boolean inDirectlyPeeredVnet) {
    return inRouteServerVnet || inDirectlyPeeredVnet;
  }
}
