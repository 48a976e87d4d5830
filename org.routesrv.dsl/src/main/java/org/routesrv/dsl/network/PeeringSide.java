package org.routesrv.dsl.network;

/**
 * One vnet's half of a peering, with the flags Azure sets per side. Resolved: {@code transit via A}
 * sets A's {@code allowGatewayTransit} and the other side's {@code useRemoteGateways};
 * {@code allowForwardedTraffic} is true unless {@code forwarded-traffic off}.
 */
public record PeeringSide(String vnet, boolean allowGatewayTransit, boolean useRemoteGateways,
    boolean allowForwardedTraffic) {
}
