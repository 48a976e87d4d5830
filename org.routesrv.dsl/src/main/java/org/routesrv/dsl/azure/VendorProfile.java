package org.routesrv.dsl.azure;

import org.routesrv.dsl.network.NvaVendor;

/**
 * How an NVA's software forwards and re-advertises: what Azure's peers do, as the simulator and the
 * validator both assume it.
 *
 * @param staticDistance administrative distance of its static routes (connected routes are 0)
 * @param ebgpDistance administrative distance of eBGP routes
 * @param installsBgpRoutes whether BGP routes reach its forwarding table
 * @param passesOnLearnedRoutes whether it re-advertises what it learns from sites and neighbours
 * @param statefulByDefault whether it drops replies of flows it did not see leave, unless the model says
 *     {@code stateful off}: firewalls do, routers do not
 */
public record VendorProfile(int staticDistance, int ebgpDistance, boolean installsBgpRoutes,
    boolean passesOnLearnedRoutes, boolean statefulByDefault) {

  /** The profile of a vendor keyword as written; one RSNet does not know is a standard eBGP router. */
  public static VendorProfile ofKeyword(String keyword) {
    return of(NvaVendor.fromKeyword(keyword).orElse(NvaVendor.GENERIC));
  }

  public static VendorProfile of(NvaVendor vendor) {
    return switch (vendor) {
      // PAN-OS virtual router defaults: static 10, eBGP 20.
      case PANOS -> new VendorProfile(10, 20, true, true, true);
      // ExaBGP is a BGP speaker only: it programs nothing into the kernel and only ever announces
      // its configured routes; Linux forwards by connected and static routes.
      case EXABGP -> new VendorProfile(1, 20, false, false, false);
      // FRR (zebra) defaults, also used for unknown vendors: static 1, eBGP 20.
      case FRR, GENERIC -> new VendorProfile(1, 20, true, true, false);
      // BIRD prefers static routes (preference 200) to BGP ones (100), as FRR does: the same order, in FRR's numbers.
      case BIRD -> new VendorProfile(1, 20, true, true, false);
    };
  }
}
