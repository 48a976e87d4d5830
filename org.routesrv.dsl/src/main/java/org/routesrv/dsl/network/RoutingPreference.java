package org.routesrv.dsl.network;

/** Route Server's {@code hubRoutingPreference} (fact 57), with the spelling the Azure API uses. */
public enum RoutingPreference {
  EXPRESS_ROUTE("ExpressRoute"), VPN_GATEWAY("VpnGateway"), AS_PATH("ASPath");

  private final String azureName;

  RoutingPreference(String azureName) {
    this.azureName = azureName;
  }

  public String azureName() {
    return azureName;
  }
}
