package org.routesrv.dsl.network;

/** A test VM: a trace endpoint. Nothing to resolve. */
public record Vm(String name, SubnetRef subnet, Ipv4Address ip) {
}
