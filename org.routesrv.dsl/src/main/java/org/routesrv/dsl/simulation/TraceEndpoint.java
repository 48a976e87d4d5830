package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.SubnetRef;

/**
 * What a delivered packet reached, where its reply starts.
 *
 * @param name the VM, NVA or site; null for an address in a subnet that nothing of the model holds
 * @param subnet the subnet of an address without VM or NVA, null otherwise
 */
public record TraceEndpoint(Kind kind, String name, SubnetRef subnet) {

  public enum Kind {
    VM, NVA, SITE, ADDRESS
  }

  static TraceEndpoint vm(String name) {
    return new TraceEndpoint(Kind.VM, name, null);
  }

  static TraceEndpoint nva(String name) {
    return new TraceEndpoint(Kind.NVA, name, null);
  }

  static TraceEndpoint site(String name) {
    return new TraceEndpoint(Kind.SITE, name, null);
  }

  static TraceEndpoint address(SubnetRef subnet) {
    return new TraceEndpoint(Kind.ADDRESS, null, subnet);
  }
}
