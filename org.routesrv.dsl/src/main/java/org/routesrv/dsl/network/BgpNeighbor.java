package org.routesrv.dsl.network;

/**
 * {@code peer NAME IP asn ASN}: a BGP neighbour other than a Route Server. Resolved: {@code nic}
 * null when not written; {@code multihop} 1 (directly connected eBGP) when not written; {@code policy} none.
 */
public record BgpNeighbor(String name, Ipv4Address ip, long asn, String nic, int multihop, PeerPolicy policy) {
}
