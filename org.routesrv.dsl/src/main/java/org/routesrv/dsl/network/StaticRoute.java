package org.routesrv.dsl.network;

/**
 * A static route of an NVA's own table. Resolved: {@code static P via NIC} gives {@code nic} = that
 * NIC and {@code nextHop} = the Azure gateway (first usable address) of its subnet;
 * {@code static P via IP} gives {@code nic} = null and {@code nextHop} = IP.
 */
public record StaticRoute(Ipv4Prefix prefix, String nic, Ipv4Address nextHop) {
}
