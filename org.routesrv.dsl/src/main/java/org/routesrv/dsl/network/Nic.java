package org.routesrv.dsl.network;

/** A network interface of an NVA. Nothing to resolve: every field is written in the model. */
public record Nic(String name, SubnetRef subnet, Ipv4Address ip, boolean ipForwarding) {
}
