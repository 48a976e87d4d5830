package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.Destination;

/**
 * A packet from a VM, an NVA or a site to a destination, and its reply. With ECMP there is one path per branch; the
 * first path takes the lowest next hop at every branch point and is the one shown as "the" trace.
 *
 * @param truncated true when more ECMP branches existed than were followed
 * @param reply the reply from what the first path reached back to the sender (to the NVA that source-NATed it, then
 *     on); null when the first path was not delivered inside Azure or on-premises (a reply from the internet is not
 *     traced), and on a reply itself
 * @param symmetry whether the reply passes the same stateful NVAs; null without a reply
 */
public record Trace(String from, Destination to, List<TracePath> paths, boolean truncated, Trace reply,
    Symmetry symmetry) {

  public Trace {
    paths = List.copyOf(paths);
  }

  /** Whether both directions of a flow pass the same stateful NVAs, and if not, how they differ. */
  public record Symmetry(boolean symmetric, String explanation) {
  }

  public TracePath primary() {
    return paths.get(0);
  }

  public boolean allReachDestination() {
    return paths.stream().allMatch(p -> p.result().reachesDestination());
  }
}
