package org.routesrv.dsl.network;

import java.util.Optional;

/**
 * {@code peering A <-> B}: Azure's two peering resources, one per side. Global or regional is not
 * stored: it follows from the vnets' locations.
 */
public record VnetPeering(PeeringSide left, PeeringSide right) {

  public boolean involves(String vnet) {
    return left.vnet().equals(vnet) || right.vnet().equals(vnet);
  }

  /** The side belonging to {@code vnet}, if the peering involves it. */
  public Optional<PeeringSide> sideOf(String vnet) {
    return left.vnet().equals(vnet) ? Optional.of(left)
        : right.vnet().equals(vnet) ? Optional.of(right) : Optional.empty();
  }

  /** The side facing {@code vnet}, if the peering involves it. */
  public Optional<PeeringSide> remoteOf(String vnet) {
    return left.vnet().equals(vnet) ? Optional.of(right)
        : right.vnet().equals(vnet) ? Optional.of(left) : Optional.empty();
  }
}
