package org.routesrv.dsl.simulation;

/** Where a BGP route in a vnet comes from; it decides the routing preference (fact 57). */
public enum RouteOriginKind {
  NVA, VPN_GATEWAY, EXPRESS_ROUTE_GATEWAY
}
