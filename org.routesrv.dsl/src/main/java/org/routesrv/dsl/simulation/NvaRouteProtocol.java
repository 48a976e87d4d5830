package org.routesrv.dsl.simulation;

/** Where an NVA's route comes from. */
public enum NvaRouteProtocol {
  CONNECTED, STATIC, BGP
}
