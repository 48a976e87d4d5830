package org.routesrv.dsl.azure;

import java.util.Optional;
import org.routesrv.dsl.network.AsPath;

/** What Azure accepts in, and where it attaches, a route map on Route Server (fact 89). */
public final class RouteMapLimits {

  /** The one-time change the first route map makes to a Route Server (fact 89: docs and three lab timings). */
  public static final String FIRST_MAP_UPGRADE = "the first route map on a Route Server starts a one-time upgrade of"
      + " about 22-30 minutes and an extra charge that cannot be reverted";

  private RouteMapLimits() {
  }

  /** Why Azure refuses {@code asn} in a prepend, if it does: private ASNs and Microsoft's and Azure's own. */
  public static Optional<String> prependRefusal(long asn) {
    if (asn == 8074 || asn == 8075 || asn == 12076) {
      return Optional.of("Microsoft's AS " + asn);
    }
    if (asn == AzureAsns.ROUTE_SERVER || (asn >= 65_517 && asn <= 65_520)) {
      return Optional.of("AS " + asn + ", which Azure reserves");
    }
    if (AsPath.isPrivate(asn) && asn <= AzureAsns.MAX_PEER_ASN) {
      return Optional.of("the private AS " + asn + " (" + AsPath.PRIVATE_RANGE + ")");
    }
    return Optional.empty();
  }

  /**
   * Whether Route Server accepts a map on the peering of an NVA in this vnet: its own, or one that uses its
   * gateways and has none of its own (error HubBgpConnectionFromSpokeVnetCannotReferenceRouteMap in a 2026 lab).
   */
  public static boolean attachable(boolean inRouteServerVnet, boolean usesRouteServerVnetGateways,
      boolean hasOwnGateway) {
    return inRouteServerVnet || (usesRouteServerVnetGateways && !hasOwnGateway);
  }
}
