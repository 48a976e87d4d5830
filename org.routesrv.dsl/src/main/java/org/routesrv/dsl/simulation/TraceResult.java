package org.routesrv.dsl.simulation;

/** How a traced packet ends. */
public enum TraceResult {
  /** Reached the destination: a VM, an NVA, an address in a subnet, or an on-premises site. */
  DELIVERED("delivered"),
  /** Left Azure through an Internet route. */
  INTERNET("internet"),
  /** Discarded: a None route, no route, a down NVA, a NIC without IP forwarding, forwarded traffic refused. */
  DROPPED("dropped"),
  /** Came back to a routing table it already passed with the same destination. */
  LOOP("loop");

  private final String word;

  TraceResult(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public boolean reachesDestination() {
    return this == DELIVERED || this == INTERNET;
  }
}
