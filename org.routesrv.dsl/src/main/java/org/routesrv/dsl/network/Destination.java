package org.routesrv.dsl.network;

/**
 * Where a trace goes: an IP, or a VM. Resolved: {@code ip} is always set (the VM's IP when a VM is
 * named); {@code vm} is null for a plain IP.
 */
public record Destination(String vm, Ipv4Address ip) {

  public static Destination ip(String ip) {
    return ip(Ipv4Address.parse(ip));
  }

  public static Destination ip(Ipv4Address ip) {
    return new Destination(null, ip);
  }

  public static Destination of(Vm vm) {
    return new Destination(vm.name(), vm.ip());
  }

  @Override
  public String toString() {
    return vm != null ? vm : ip.toString();
  }
}
