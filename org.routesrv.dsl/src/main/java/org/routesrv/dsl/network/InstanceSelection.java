package org.routesrv.dsl.network;

/** Which Route Server instances an NVA peers with ({@code instances both|first|second}). */
public enum InstanceSelection {
  BOTH, FIRST, SECOND;

  public boolean includes(RouteServerInstance instance) {
    return this == BOTH || (this == FIRST) == (instance == RouteServerInstance.FIRST);
  }

  /** The instances of two peer lines together. */
  public InstanceSelection and(InstanceSelection other) {
    return this == other ? this : BOTH;
  }
}
