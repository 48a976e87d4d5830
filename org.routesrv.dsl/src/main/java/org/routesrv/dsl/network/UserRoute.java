package org.routesrv.dsl.network;

/**
 * A user-defined route. Resolved: {@code nextHopIp} is set for {@code APPLIANCE} and null for every
 * other next hop type.
 */
public record UserRoute(String name, Ipv4Prefix prefix, UserRouteNextHop nextHopType, Ipv4Address nextHopIp) {
}
