package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;

/** One path a packet can take (one per ECMP branch) and how it ends. */
public record TracePath(TraceResult result, String reason, List<TraceHop> hops) {

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
