package org.routesrv.dsl.simulation;

/** A BGP session's state, spelled as {@code az network routeserver peering} shows it. */
public enum SessionState {
  ESTABLISHED("Established"), IDLE("Idle");

  private final String azureName;

  SessionState(String azureName) {
    this.azureName = azureName;
  }

  public String azureName() {
    return azureName;
  }
}
