package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.Destination;

/**
 * A packet from a VM to a destination. With ECMP there is one path per branch; the first path takes
 * the lowest next hop at every branch point and is the one shown as "the" trace.
 *
 * @param truncated true when more ECMP branches existed than were followed
 */
public record Trace(String from, Destination to, List<TracePath> paths, boolean truncated) {

  public Trace {
    paths = List.copyOf(paths);
  }

  public TracePath primary() {
    return paths.get(0);
  }

  public boolean allReachDestination() {
    return paths.stream().allMatch(p -> p.result().reachesDestination());
  }
}
