package org.routesrv.dsl.simulation;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.UserRouteNextHop;

/** The conventions of the worked examples (azure-route-server.md) and helpers to read results. */
final class Fixtures {

  static final SubnetRef HUB_WORKLOAD = SubnetRef.parse("hub/workload");
  static final SubnetRef NVA_SUBNET = SubnetRef.parse("hub/nva-subnet");
  static final SubnetRef SPOKE1 = SubnetRef.parse("spoke1/workload");
  static final SubnetRef SPOKE2 = SubnetRef.parse("spoke2/workload");

  private Fixtures() {
  }

  /**
   * Hub 10.0.0.0/16 with RouteServerSubnet 10.0.1.0/26 (route server {@code ars}), nva-subnet
   * 10.0.2.0/24, workload 10.0.3.0/24 with hubvm 10.0.3.4; spoke1 10.1.0.0/16 with transit, spoke2
   * 10.2.0.0/16 without.
   */
  static NetworkBuilder hubAndSpokes(Consumer<NetworkBuilder.VnetSpec> hubExtras,
      Consumer<NetworkBuilder.RouteServerSpec> routeServer) {
    return NetworkBuilder.network("examples")
        .vnet("hub", v -> {
          v.addressSpace("10.0.0.0/16")
              .subnet("RouteServerSubnet", "10.0.1.0/26")
              .subnet("nva-subnet", "10.0.2.0/24", "rt-nva")
              .subnet("workload", "10.0.3.0/24");
          hubExtras.accept(v);
        })
        .vnet("spoke1", v -> v.addressSpace("10.1.0.0/16").subnet("workload", "10.1.0.0/24"))
        .vnet("spoke2", v -> v.addressSpace("10.2.0.0/16").subnet("workload", "10.2.0.0/24"))
        .peering("hub", "spoke1", p -> p.transitVia("hub"))
        .peering("hub", "spoke2")
        .routeTable("rt-nva", t -> t.route("to-internet", "0.0.0.0/0", UserRouteNextHop.INTERNET))
        .routeServer("ars", "hub", routeServer)
        .vm("hubvm", "hub.workload", "10.0.3.4")
        .vm("spoke1vm", "spoke1.workload", "10.1.0.4")
        .vm("spoke2vm", "spoke2.workload", "10.2.0.4");
  }

  static NetworkBuilder hubAndSpokes() {
    return hubAndSpokes(v -> { }, r -> { });
  }

  /** A row as the examples write it: {@code source | state | prefix | nextHopType | nextHopIp}. */
  static String row(EffectiveRoute route) {
    return route.source().azureName() + " | " + route.state().azureName() + " | " + route.prefix() + " | "
        + route.nextHopType().azureName() + " | " + (route.nextHopIp() == null ? "-" : route.nextHopIp());
  }

  /** The Active rows without the reserved None rows, which the examples omit (fact 66). */
  static List<String> activeRows(Simulation simulation, SubnetRef subnet) {
    return simulation.effectiveRoutes(subnet).rows().stream()
        .filter(r -> r.state() == RouteState.ACTIVE)
        .filter(r -> !(r.source() == RouteSource.DEFAULT && r.nextHopType() == NextHopType.NONE))
        .map(Fixtures::row)
        .sorted()
        .collect(Collectors.toList());
  }

  static List<String> sorted(String... rows) {
    return java.util.Arrays.stream(rows).sorted().toList();
  }

  /** Advertised routes on one instance as {@code prefix asPath} strings. */
  static List<String> advertised(Simulation simulation, String nva, RouteServerInstance instance) {
    return simulation.advertisedRoutes("ars", nva, instance).stream()
        .map(r -> r.prefix() + " " + r.asPath().toAzureString())
        .sorted()
        .toList();
  }

  static Trace trace(Simulation simulation, String vm, String ip) {
    return simulation.trace(vm, Destination.ip(ip));
  }
}
