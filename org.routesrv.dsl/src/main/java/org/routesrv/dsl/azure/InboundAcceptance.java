package org.routesrv.dsl.azure;

import java.util.List;

import org.routesrv.dsl.network.AsPath;

/** Which learned routes Route Server drops on arrival (section E of the facts). */
public final class InboundAcceptance {

  private InboundAcceptance() {
  }

  /** Fact 40: Route Server drops every route whose AS path holds its own ASN, from an NVA or a gateway alike. */
  public static boolean failsLoopCheck(AsPath path) {
    return path.contains(AzureAsns.ROUTE_SERVER);
  }

  /** Fact 40, for an AS path as written in a model. */
  public static boolean failsLoopCheck(List<Long> path) {
    return path.contains(AzureAsns.ROUTE_SERVER);
  }

  /**
   * Fact 82: Route Server rejects a route whose AS path holds its own ASN (fact 40) or AS 0 (RFC 7607) before
   * anything else, and {@code list-learned-routes} does not list it; routes it ignores for VNet space (fact 51)
   * are still listed.
   */
  public static boolean rejectsUnlisted(AsPath path) {
    return path.contains(AzureAsns.ROUTE_SERVER) || path.contains(0);
  }

  /** Fact 40: whether this ASN, anywhere in a path (or as the path's origin), makes Route Server drop it. */
  public static boolean failsLoopCheck(long asn) {
    return asn == AzureAsns.ROUTE_SERVER;
  }
}
