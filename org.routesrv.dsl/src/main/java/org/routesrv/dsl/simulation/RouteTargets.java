package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Target;
import org.routesrv.dsl.network.Vm;

/** Names an effective route's next hop the way expectations name targets. */
final class RouteTargets {

  private final Topology topology;

  RouteTargets(Topology topology) {
    this.topology = topology;
  }

  /** The target the route sends traffic to: an NVA or gateway name, or a keyword; else the raw address. */
  String target(EffectiveRoute route, SubnetRef subnet) {
    return switch (route.nextHopType()) {
      case VNET_LOCAL -> Target.Keyword.VNET_LOCAL.keyword();
      case VNET_PEERING, VNET_GLOBAL_PEERING -> Target.Keyword.PEERING.keyword();
      case INTERNET -> Target.Keyword.INTERNET.keyword();
      case NONE -> Target.Keyword.NONE.keyword();
      case VIRTUAL_APPLIANCE, VIRTUAL_NETWORK_GATEWAY -> {
        if (route.nextHopIp() != null) {
          yield owner(route.nextHopIp());
        }
        Gateway gateway = topology.gatewayForUdr(subnet.vnet());
        yield gateway != null ? gateway.name() : "gateway";
      }
    };
  }

  /**
   * Whether an expectation's target names this route's next hop: an NVA or gateway by its name or a
   * keyword as {@link #target} says it; {@code ip IP} by the exact address; {@code GATEWAY instance
   * first|second} by the next hop Azure programs for that instance (fact 83: one public IP for a
   * gateway that is not active-active, so only {@code first} names it).
   */
  boolean names(Target expected, EffectiveRoute route, SubnetRef subnet) {
    return switch (expected) {
      case Target.Node node -> target(route, subnet).equals(node.name());
      case Target.Keyword keyword -> target(route, subnet).equals(keyword.keyword());
      case Target.Address address -> address.ip().equals(route.nextHopIp());
      case Target.GatewayInstance instance -> {
        Gateway gateway = topology.gateway(instance.gateway());
        yield gateway != null && route.nextHopIp() != null && instance.index() < gateway.programmedNextHops().size()
            && gateway.programmedNextHops().get(instance.index()).equals(route.nextHopIp());
      }
    };
  }

  /** As {@link #target}, with the address where there is one: {@code nva2 (10.0.2.5)}. */
  String describe(EffectiveRoute route, SubnetRef subnet) {
    String target = target(route, subnet);
    return route.nextHopIp() != null && !target.equals(route.nextHopIp().toString())
        ? target + " (" + route.nextHopIp() + ")" : target;
  }

  String owner(Ipv4Address ip) {
    NicOwner nic = topology.nicAt(ip);
    if (nic != null) {
      return nic.nva().name();
    }
    Gateway gateway = topology.gatewayAt(ip);
    if (gateway != null) {
      return gateway.name();
    }
    Vm vm = topology.vmAt(ip);
    return vm != null ? vm.name() : ip.toString();
  }
}
