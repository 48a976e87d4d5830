package org.routesrv.dsl.network;

/**
 * Where a trace goes: an IP, or a VM, an NVA or a site by name. Resolved: {@code ip} is always set (the VM's IP, the
 * NVA's router ID, the first host of the site's first prefix); {@code name} is null for a plain IP.
 */
public record Destination(String name, Ipv4Address ip) {

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
    return name != null ? name : ip.toString();
  }
}
