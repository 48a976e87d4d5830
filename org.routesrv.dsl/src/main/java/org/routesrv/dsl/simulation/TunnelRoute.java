package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A route an NVA sends a VPN gateway over its tunnel, as the gateway receives it: the gateway treats the NVA as a BGP
 * site (its ASN first in the path, its tunnel BGP address as next hop).
 */
record TunnelRoute(String nva, Ipv4Prefix prefix, AsPath asPath, Ipv4Address nextHop) {
}
