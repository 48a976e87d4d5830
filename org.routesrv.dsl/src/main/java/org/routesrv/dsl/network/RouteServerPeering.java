package org.routesrv.dsl.network;

import java.time.Duration;

/**
 * {@code peer ROUTESERVER via NIC}: eBGP multihop sessions to the Route Server's instances.
 * Resolved: {@code peerIp} = the NIC's IP (what Route Server has as {@code peerIp});
 * {@code keepalive} 60 s and {@code hold} 180 s when not written (Route Server's own timers,
 * fact 20); {@code instances} BOTH; {@code policy} none.
 */
public record RouteServerPeering(String routeServer, String nic, Ipv4Address peerIp, Duration keepalive,
    Duration hold, InstanceSelection instances, PeerPolicy policy) {
}
