package org.routesrv.dsl.network;

/** Route Server's {@code hubRoutingPreference} (fact 57), with the spelling the Azure API uses. */
public enum RoutingPreference {
  EXPRESS_ROUTE("ExpressRoute", "expressroute"), VPN_GATEWAY("VpnGateway", "vpn"), AS_PATH("ASPath", "as-path");

  private final String azureName;
  private final String keyword;

  RoutingPreference(String azureName, String keyword) {
    this.azureName = azureName;
    this.keyword = keyword;
  }

  /** As the language writes it. */
  public String keyword() {
    return keyword;
  }

  public String azureName() {
    return azureName;
  }
}
