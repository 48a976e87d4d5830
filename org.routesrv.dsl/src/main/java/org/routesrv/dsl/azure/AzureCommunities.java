package org.routesrv.dsl.azure;

import java.util.Set;

import org.routesrv.dsl.network.Community;

/** The BGP communities Azure attaches and reserves (facts 44 and 73). */
public final class AzureCommunities {

  /** What Azure attaches to routes learned from a VPN gateway (seed 004, facts 44 and 73). */
  public static final Community VPN_GATEWAY_ROUTE = new Community(65517, 65517);

  /** Facts 44 and 73: the communities Azure uses itself, which an NVA should not attach. */
  private static final Set<Community> RESERVED = Set.of(new Community(65517, 12001), new Community(65517, 12002),
      new Community(65517, 12003), new Community(65517, 12005), new Community(65517, 12006),
      new Community(65518, 65518), VPN_GATEWAY_ROUTE, new Community(65517, 12076), new Community(65518, 12076),
      new Community(65515, 10000), new Community(65515, 20000));

  private AzureCommunities() {
  }

  public static boolean isReservedByAzure(Community community) {
    return RESERVED.contains(community);
  }
}
