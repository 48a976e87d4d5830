package org.routesrv.dsl.simulation;

/** Effective route {@code state}, spelled as Azure prints it. */
public enum RouteState {
  ACTIVE("Active"), INVALID("Invalid");

  private final String azureName;

  RouteState(String azureName) {
    this.azureName = azureName;
  }

  public String azureName() {
    return azureName;
  }
}
