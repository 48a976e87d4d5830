package org.routesrv.dsl.simulation;

/** Effective route {@code source}, spelled as Azure prints it. */
public enum RouteSource {
  DEFAULT("Default"), USER("User"), VIRTUAL_NETWORK_GATEWAY("VirtualNetworkGateway");

  private final String azureName;

  RouteSource(String azureName) {
    this.azureName = azureName;
  }

  public String azureName() {
    return azureName;
  }
}
