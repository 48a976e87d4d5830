package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.Nva;

/**
 * Routes an NVA learns from another NVA of the model over a {@code peer NAME IP asn ASN} session.
 * Only what the other NVA originates is carried (one hop): the simulator does not iterate BGP among
 * NVAs.
 */
final class NeighborRoutes {

  /** A route learned from NVA {@code fromNva} over {@code neighbor}. */
  record Learned(BgpRoute route, String fromNva, BgpNeighbor neighbor) {
  }

  private NeighborRoutes() {
  }

  static List<Learned> learnedBy(Nva nva, NetworkState state, Topology topology) {
    List<Learned> learned = new ArrayList<>();
    if (state.isDown(nva.name())) {
      return learned;
    }
    for (BgpNeighbor neighbor : nva.bgp().neighbors()) {
      NicOwner owner = topology.nicAt(neighbor.ip());
      if (owner == null || owner.nva().name().equals(nva.name()) || state.isDown(owner.nva().name())
          || owner.nva().asn() != neighbor.asn()) {
        continue;
      }
      Nva remote = owner.nva();
      // A session needs both ends configured: the remote NVA must name one of our NICs with our ASN.
      BgpNeighbor back = remote.bgp().neighbors().stream()
          .filter(n -> n.asn() == nva.asn() && nva.nics().stream().anyMatch(nic -> nic.ip().equals(n.ip())))
          .findFirst().orElse(null);
      if (back == null) {
        continue;
      }
      for (Advertisement advertisement : remote.bgp().advertisements()) {
        // eBGP loop prevention: a path holding our own ASN is discarded on receipt (fact 47).
        if (advertisement.isFor(back.name()) && !state.isWithdrawn(remote.name(), advertisement.prefix())
            && !advertisement.asPath().contains(nva.asn())) {
          learned.add(new Learned(new BgpRoute(advertisement.prefix(), advertisement.nextHop(),
              advertisement.asPath(), advertisement.communities()), remote.name(), neighbor));
        }
      }
    }
    return learned;
  }
}
