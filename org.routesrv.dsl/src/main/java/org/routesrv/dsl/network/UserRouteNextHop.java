package org.routesrv.dsl.network;

/** The next hop types a user-defined route may name (language.md {@code route ... -> NEXTHOP}). */
public enum UserRouteNextHop {
  APPLIANCE, INTERNET, VNET_LOCAL, GATEWAY, NONE
}
