package org.routesrv.dsl.simulation;

import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.azure.InboundAcceptance;

/** Which learned routes Route Server keeps: the inbound rules of section E. */
final class RouteAcceptance {

  private RouteAcceptance() {
  }

  /** Why Route Server drops {@code route}, or null when it programs and advertises it. */
  static String rejection(BgpRoute route, Domain domain) {
    if (InboundAcceptance.failsLoopCheck(route.asPath())) {
      return "AS path contains " + AzureAsns.ROUTE_SERVER + " (facts 40, 82)";
    }
    if (InboundAcceptance.rejectsUnlisted(route.asPath())) {
      return "AS path contains AS 0 (fact 82)";
    }
    Domain.VnetSpace space = domain == null ? null : domain.spaceCovering(route.prefix());
    if (space != null) {
      return (space.prefix().equals(route.prefix()) ? "equal to" : "inside") + " the address space "
          + space.prefix() + " of vnet " + space.vnet() + " (fact 51)";
    }
    return null;
  }
}
