package org.routesrv.dsl.azure;

/** Route Server's limits (section C of the facts and fact 13): the one place that holds the numbers. */
public final class RouteServerLimits {

  /** Fact 25: BGP peers (NVA addresses) per Route Server. */
  public static final int MAX_PEERS = 8;

  /** Fact 25: routes one peer may advertise; more drops the session (facts 26, 27). */
  public static final int MAX_ROUTES_PER_PEER = 4_000;

  /** Fact 25: prefixes a Route Server holds in all. */
  public static final int MAX_TOTAL_PREFIXES = 10_000;

  /** Fact 25: prefixes Route Server may advertise to an ExpressRoute gateway. */
  public static final int MAX_EXPRESSROUTE_PREFIXES = 1_000;

  /** Fact 25: vnets a Route Server's vnet may be peered with. */
  public static final int MAX_VNETS = 500;

  /** Fact 13: routing infrastructure units when none are set, and the most there can be. */
  public static final int DEFAULT_CAPACITY = 2;
  public static final int MAX_CAPACITY = 48;

  private RouteServerLimits() {
  }

  /** Fact 13: 2 routing infrastructure units (the default) serve 4,000 VMs, each further unit 1,000 more. */
  public static int vmsSupported(int capacity) {
    return 4_000 + (capacity - DEFAULT_CAPACITY) * 1_000;
  }

  /** Fact 13: the fewest units that serve {@code vms} VMs, at most {@link #MAX_CAPACITY}. */
  public static int capacityFor(long vms) {
    return (int) Math.min(MAX_CAPACITY, DEFAULT_CAPACITY + Math.max(0, Math.ceilDiv(vms - 4_000, 1_000)));
  }
}
