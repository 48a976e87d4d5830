package org.routesrv.dsl.azure;

import java.util.List;

import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/** The subnets Azure's services need, by name and size, and where in them services take addresses. */
public final class AzureSubnets {

  /** The subnet a Route Server lives in; the name is fixed (fact 2). */
  public static final String ROUTE_SERVER_SUBNET = "RouteServerSubnet";

  /** The subnet VPN and ExpressRoute gateways live in; Azure deploys them only into a subnet of this name (facts 5, 63). */
  public static final String GATEWAY_SUBNET = "GatewaySubnet";

  /** The names Azure reserves for its own services' subnets. */
  public static final List<String> RESERVED_NAMES = List.of(ROUTE_SERVER_SUBNET, GATEWAY_SUBNET);

  /** Azure reserves the first four addresses of every subnet; services start at + 4 (fact 7). */
  public static final int FIRST_SERVICE_OFFSET = 4;

  private AzureSubnets() {
  }

  /** The addresses of a Route Server's two instances: the 4th and 5th of its subnet (facts 7 and 8). */
  public static List<Ipv4Address> routeServerInstanceIps(Ipv4Prefix routeServerSubnet) {
    Ipv4Address first = routeServerSubnet.first();
    return List.of(first.plus(FIRST_SERVICE_OFFSET), first.plus(FIRST_SERVICE_OFFSET + 1));
  }

  /**
   * The instance addresses in the order Azure lists them ({@code virtualRouterIps}, the first being
   * {@code RouteServiceRole_IN_0}). Which comes first is not fixed (fact 86: {@code [".5", ".4"]} was
   * seen), so a model of a deployed Route Server may give the order it saw; without one the 4th
   * address comes first.
   */
  public static List<Ipv4Address> routeServerInstanceIps(Ipv4Prefix routeServerSubnet, List<Ipv4Address> order) {
    return order.isEmpty() ? routeServerInstanceIps(routeServerSubnet) : List.copyOf(order);
  }

  /**
   * Why {@code order} cannot be the order of the instances in {@code routeServerSubnet}, or null when
   * it can: it names the two instance addresses (fact 7), each once.
   */
  public static String instanceOrderProblem(Ipv4Prefix routeServerSubnet, List<Ipv4Address> order) {
    List<Ipv4Address> instances = routeServerInstanceIps(routeServerSubnet);
    if (order.size() == 2 && order.containsAll(instances)) {
      return null;
    }
    return "the instance order must name the two instance addresses of RouteServerSubnet " + routeServerSubnet.network()
        + ", " + instances.get(0) + " and " + instances.get(1) + ", each once (fact 86)";
  }
}
