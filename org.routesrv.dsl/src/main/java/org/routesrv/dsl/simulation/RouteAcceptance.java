package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.AzureAsns;

/** Which learned routes Route Server keeps: the inbound rules of section E. */
final class RouteAcceptance {

  private RouteAcceptance() {
  }

  /** Fact 40: Route Server drops every route whose AS path holds its own ASN, from an NVA or a gateway alike. */
  static boolean failsLoopCheck(AsPath path) {
    return path.contains(AzureAsns.ROUTE_SERVER);
  }

  /** Why Route Server drops {@code route}, or null when it programs and advertises it. */
  static String rejection(BgpRoute route, Domain domain) {
    if (failsLoopCheck(route.asPath())) {
      return "AS path contains 65515 (fact 40)";
    }
    Domain.VnetSpace space = domain == null ? null : domain.spaceCovering(route.prefix());
    if (space != null) {
      return (space.prefix().equals(route.prefix()) ? "equal to" : "inside") + " the address space "
          + space.prefix() + " of vnet " + space.vnet() + " (fact 51)";
    }
    return null;
  }
}
