package org.routesrv.dsl.network;

/**
 * {@code peer GATEWAY via tunnel}: BGP over an IPsec tunnel from an NVA to a VPN gateway of the model, which treats the
 * NVA as a BGP site. Resolved: {@code bgpIp}, the NVA's BGP address on the tunnel, as written, else its router ID.
 */
public record TunnelPeering(String gateway, Ipv4Address bgpIp, PeerPolicy policy) {
}
