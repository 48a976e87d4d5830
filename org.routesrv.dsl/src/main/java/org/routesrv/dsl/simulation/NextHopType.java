package org.routesrv.dsl.simulation;

/** Effective route {@code nextHopType}, spelled as Azure prints it. */
public enum NextHopType {
  VNET_LOCAL("VnetLocal"),
  VNET_PEERING("VNetPeering"),
  VNET_GLOBAL_PEERING("VNetGlobalPeering"),
  INTERNET("Internet"),
  NONE("None"),
  VIRTUAL_APPLIANCE("VirtualAppliance"),
  VIRTUAL_NETWORK_GATEWAY("VirtualNetworkGateway");

  private final String azureName;

  NextHopType(String azureName) {
    this.azureName = azureName;
  }

  public String azureName() {
    return azureName;
  }

  boolean isPeering() {
    return this == VNET_PEERING || this == VNET_GLOBAL_PEERING;
  }
}
