package org.routesrv.dsl.simulation;

import java.util.List;
import java.util.Random;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;
import org.routesrv.dsl.network.UserRouteNextHop;

/**
 * Random but valid-looking hub-and-spoke networks for property tests: prefixes come from a small
 * pool so that NVAs, gateways and vnets overlap, compete and loop.
 */
final class RandomNetworks {

  private static final List<String> POOL = List.of("0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.1.0.0/24",
      "172.16.0.0/24", "172.16.1.0/24", "172.16.0.0/16", "192.168.1.0/24", "192.168.0.0/16", "100.64.0.0/10");

  private RandomNetworks() {
  }

  /** @param withGateways false keeps every BGP route an NVA route, for the ECMP property */
  static Network generate(long seed, boolean withGateways) {
    Random random = new Random(seed);
    int spokes = random.nextInt(4);
    int nvas = 1 + random.nextInt(4);
    boolean nvaRouteTable = random.nextBoolean();
    NetworkBuilder builder = NetworkBuilder.network("random" + seed)
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16")
            .subnet("GatewaySubnet", "10.0.0.0/27")
            .subnet("RouteServerSubnet", "10.0.1.0/26")
            .subnet("nva", "10.0.2.0/24", nvaRouteTable ? "rt-nva" : null)
            .subnet("workload", "10.0.3.0/24"))
        .routeTable("rt-nva", t -> {
          if (random.nextBoolean()) {
            t.route("internet", "0.0.0.0/0", UserRouteNextHop.INTERNET);
          } else {
            t.bgpPropagation(false);
          }
        })
        .routeTable("rt-spoke", t -> t.routeToAppliance("default", "0.0.0.0/0", "10.0.2." + (4 + random.nextInt(nvas))))
        .routeServer("ars", "hub", r -> r.branchToBranch(random.nextBoolean())
            .routingPreference(RoutingPreference.values()[random.nextInt(3)]))
        .vm("hubvm", "hub.workload", "10.0.3.4");
    for (int i = 1; i <= spokes; i++) {
      String name = "spoke" + i;
      String routeTable = random.nextInt(4) == 0 ? "rt-spoke" : null;
      builder.vnet(name, v -> v.location(random.nextInt(4) == 0 ? "eastus" : null)
          .addressSpace("10." + name.charAt(5) + ".0.0/16").subnet("workload", "10." + name.charAt(5) + ".0.0/24",
              routeTable));
      int flags = random.nextInt(4);
      builder.peering("hub", name, p -> {
        if (flags == 0) {
          p.transitVia("hub");
        } else if (flags == 1) {
          p.useRemoteGateways(name);
        }
        p.forwardedTraffic(random.nextInt(4) != 0);
      });
      builder.vm(name + "vm", name + ".workload", "10." + name.charAt(5) + ".0.4");
    }
    NvaVendor[] vendors = NvaVendor.values();
    long[] asns = new long[nvas];
    for (int i = 0; i < nvas; i++) {
      asns[i] = random.nextInt(8) == 0 ? 65515 : 65001 + random.nextInt(3);
    }
    // BGP between NVAs: nva i names nva i+1 (a ring when there are several), usually on both ends
    // so that the session comes up; shared ASNs exercise the loop check, rings the fixed point.
    boolean[] namesNext = new boolean[nvas];
    boolean[] namesPrevious = new boolean[nvas];
    if (nvas > 1 && random.nextInt(3) == 0) {
      for (int i = 0; i < nvas; i++) {
        boolean linked = random.nextInt(3) != 0;
        namesNext[i] = linked;
        namesPrevious[(i + 1) % nvas] = linked && random.nextInt(6) != 0;
      }
    }
    for (int i = 0; i < nvas; i++) {
      long asn = asns[i];
      String ip = "10.0.2." + (4 + i);
      int next = (i + 1) % nvas;
      int previous = (i + nvas - 1) % nvas;
      boolean neighborNext = namesNext[i];
      boolean neighborPrevious = namesPrevious[i];
      builder.nva("nva" + i, vendors[random.nextInt(vendors.length)], asn, n -> {
        n.nic("eth0", "hub.nva", ip, random.nextInt(5) != 0);
        if (neighborNext) {
          n.neighbor("nva" + next, "10.0.2." + (4 + next), asns[next]);
        }
        if (neighborPrevious && previous != next) {
          n.neighbor("nva" + previous, "10.0.2." + (4 + previous), asns[previous]);
        }
        if (random.nextBoolean()) {
          n.staticVia("0.0.0.0/0", "eth0");
        }
        if (random.nextBoolean()) {
          n.staticVia("10.0.0.0/8", "eth0");
        }
        n.peer("ars", "eth0", p -> p.instances(random.nextInt(6) == 0 ? InstanceSelection.FIRST : InstanceSelection.BOTH));
        int advertisements = random.nextInt(4);
        for (int a = 0; a < advertisements; a++) {
          int prepend = random.nextInt(3);
          boolean noAdvertise = random.nextInt(5) == 0;
          n.advertise(POOL.get(random.nextInt(POOL.size())), spec -> {
            spec.prepend(prepend);
            if (noAdvertise) {
              spec.noAdvertise();
            }
          });
        }
      });
    }
    if (withGateways && random.nextBoolean()) {
      builder.vpnGateway("vpngw", "hub", g -> g.activeActive());
      builder.site("branch", 65100, "vpngw", s -> s.prefix(POOL.get(1 + random.nextInt(POOL.size() - 1)), 65101));
    }
    if (withGateways && random.nextBoolean()) {
      builder.expressRouteGateway("ergw", "hub");
      builder.site("dc", 65200, "ergw", s -> s.prefix(POOL.get(1 + random.nextInt(POOL.size() - 1))));
    }
    if (random.nextBoolean()) {
      builder.site("sdwan", 65300, "nva0", s -> s.prefix("192.168.77.0/24"));
    }
    builder.scenario("chaos", s -> {
      s.fail("nva0", random.nextBoolean() ? FailureMode.CRASH : FailureMode.GRACEFUL);
      if (random.nextBoolean()) {
        s.failInstance("ars", org.routesrv.dsl.network.RouteServerInstance.SECOND);
      }
      s.withdraw("nva" + random.nextInt(nvas), POOL.get(random.nextInt(POOL.size())));
      s.advertise("nva" + random.nextInt(nvas), POOL.get(random.nextInt(POOL.size())));
      if (random.nextBoolean()) {
        s.restore("nva0");
      }
    });
    return builder.build();
  }
}
