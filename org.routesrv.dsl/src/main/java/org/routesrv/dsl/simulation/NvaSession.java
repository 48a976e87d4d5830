package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Address;

/**
 * One BGP session of an NVA, from its side.
 *
 * @param peer a Route Server with its instance role, a neighbour line's name, or a site
 * @param state {@code Established} or {@code Idle}
 * @param reason why it is Idle, null when Established
 */
public record NvaSession(String peer, Ipv4Address neighbor, long asn, String state, String reason) {
}
