package org.routesrv.dsl.network;

/**
 * A subnet. Resolved: {@code routeTable} and {@code nsg} are names, null when none is associated.
 */
public record Subnet(String name, Ipv4Prefix prefix, String routeTable, String nsg) {

  /** Azure's default gateway of the subnet, its first usable address (x.x.x.1). */
  public Ipv4Address azureGateway() {
    return prefix.first().plus(1);
  }
}
