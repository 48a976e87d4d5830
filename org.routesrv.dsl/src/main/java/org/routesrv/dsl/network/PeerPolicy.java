package org.routesrv.dsl.network;

/**
 * An NVA's policy on one of its BGP sessions (a {@code peer} line), from the NVA's point of view: the map
 * on what it receives ({@code import}) and on what it sends ({@code export}), {@code as-override},
 * {@code remove-private-as [replace]} and {@code allowas-in [N]} ({@code allowAsIn} 0: off). Resolved:
 * none of them ({@link #NONE}).
 */
public record PeerPolicy(RouteMap importMap, RouteMap exportMap, boolean asOverride, PrivateAsRemoval removePrivateAs,
    int allowAsIn) {

  public static final PeerPolicy NONE = new PeerPolicy(null, null, false, PrivateAsRemoval.KEEP, 0);

  /** {@code remove-private-as}: strip private ASNs from what is sent, or ({@code replace}) put the NVA's own in their place. */
  public enum PrivateAsRemoval {
    KEEP, REMOVE, REPLACE
  }
}
