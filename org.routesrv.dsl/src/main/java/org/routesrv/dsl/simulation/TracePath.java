package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.Ipv4Address;

/**
 * One path a packet can take (one per ECMP branch) and how it ends.
 *
 * @param endpoint what a delivered packet reached, null for any other end
 * @param arrivingSource the packet's source address where it ends: the sender's, or the address of the last NVA that
 *     source-NATed it, which is where the reply goes
 */
public record TracePath(TraceResult result, String reason, List<TraceHop> hops, TraceEndpoint endpoint,
    Ipv4Address arrivingSource) {

  public TracePath {
    hops = List.copyOf(hops);
  }

  /** The NVAs and gateways the packet passes, in order. */
  public List<String> nodes() {
    List<String> nodes = new ArrayList<>();
    for (TraceHop hop : hops) {
      if (hop.node() != null && (nodes.isEmpty() || !nodes.get(nodes.size() - 1).equals(hop.node()))) {
        nodes.add(hop.node());
      }
    }
    return nodes;
  }

  /** The last Azure (subnet) routing decision, null when there is none. */
  public EffectiveRoute lastSubnetRoute() {
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (hops.get(i).route() instanceof EffectiveRoute route) {
        return route;
      }
    }
    return null;
  }
}
