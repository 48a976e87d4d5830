package org.routesrv.dsl.simulation;

import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.UserRouteNextHop;

/**
 * The largest network Route Server supports (fact 25), for benchmarks: one Route Server with 8
 * NVA peers advertising 4,000 prefixes each, 500 transit spokes with 4 subnets each, 4,000 VMs, VPN
 * and ExpressRoute gateways with 2,000 on-premises prefixes, branch-to-branch on.
 *
 * <p>NVAs come in pairs announcing the same 4,000 prefixes with equal paths (ECMP); the gateways'
 * first 100 prefixes overlap the first pair's so that routing preference has work to do.
 */
public final class MaxScaleNetwork {

  public static final int NVAS = 8;
  public static final int PREFIXES_PER_NVA = 4000;
  public static final int SPOKES = 500;
  public static final int SUBNETS_PER_SPOKE = 4;
  public static final int VMS_PER_SUBNET = 2;
  public static final int ON_PREMISES_PREFIXES = 2000;

  private MaxScaleNetwork() {
  }

  public static Network generate() {
    NetworkBuilder builder = NetworkBuilder.network("maxscale")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16")
            .subnet(AzureSubnets.GATEWAY_SUBNET, "10.0.0.0/26")
            .subnet(AzureSubnets.ROUTE_SERVER_SUBNET, "10.0.1.0/26")
            .subnet("nva", "10.0.2.0/24", "rt-nva")
            .subnet("workload", "10.0.3.0/24"))
        .routeTable("rt-nva", t -> t.route("internet", "0.0.0.0/0", UserRouteNextHop.INTERNET))
        .routeServer("ars", "hub", r -> r.branchToBranch(true).routingPreference(RoutingPreference.AS_PATH))
        .vpnGateway("vpngw", "hub", g -> g.activeActive())
        .expressRouteGateway("ergw", "hub")
        .vm("hubvm", "hub.workload", "10.0.3.4");
    for (int spoke = 0; spoke < SPOKES; spoke++) {
      String name = "spoke" + spoke;
      String base = "10." + (1 + spoke / 64) + "." + (spoke % 64) * 4;
      builder.vnet(name, v -> {
        v.addressSpace(base + ".0/22");
        for (int subnet = 0; subnet < SUBNETS_PER_SPOKE; subnet++) {
          v.subnet("snet" + subnet, subnetPrefix(base, subnet) + ".0/24");
        }
      });
      builder.peering("hub", name, p -> p.transitVia("hub"));
      for (int subnet = 0; subnet < SUBNETS_PER_SPOKE; subnet++) {
        for (int vm = 0; vm < VMS_PER_SUBNET; vm++) {
          builder.vm(name + "-vm" + subnet + "-" + vm, name + ".snet" + subnet,
              subnetPrefix(base, subnet) + "." + (4 + vm));
        }
      }
    }
    for (int nva = 0; nva < NVAS; nva++) {
      int set = nva / 2;
      String ip = "10.0.2." + (4 + nva);
      builder.nva("nva" + nva, NvaVendor.FRR, 65001 + set, n -> {
        // Pairs share prefixes in ECMP, so they source-NAT (as seed 000's active/active pair does) and
        // reach the Route Server by a static route: a clean design, which validates without warnings.
        n.nic("eth0", "hub.nva", ip, true).snat(true).staticVia("0.0.0.0/0", "eth0").staticVia("10.0.1.0/26", "eth0")
            .peer("ars", "eth0");
        for (int prefix = 0; prefix < PREFIXES_PER_NVA; prefix++) {
          n.advertise(nvaPrefix(set, prefix));
        }
      });
    }
    builder.site("branches", 65100, "vpngw", s -> {
      for (int i = 0; i < ON_PREMISES_PREFIXES / 2; i++) {
        s.prefix(onPremisesPrefix(i, 0), 65101);
      }
    });
    builder.site("datacenter", 65200, "ergw", s -> {
      for (int i = 0; i < ON_PREMISES_PREFIXES / 2; i++) {
        s.prefix(onPremisesPrefix(i, 1));
      }
    });
    return builder.build();
  }

  private static String subnetPrefix(String spokeBase, int subnet) {
    String[] octets = spokeBase.split("\\.");
    return octets[0] + "." + octets[1] + "." + (Integer.parseInt(octets[2]) + subnet);
  }

  /** Set {@code set}'s prefix {@code n}: 20+set.x.y.0/24. */
  static String nvaPrefix(int set, int n) {
    return (20 + set) + "." + (n / 256) + "." + (n % 256) + ".0/24";
  }

  /** The first 100 of the VPN gateway's prefixes are also announced by the first NVA pair. */
  static String onPremisesPrefix(int n, int gateway) {
    if (gateway == 0 && n < 100) {
      return nvaPrefix(0, n);
    }
    return (30 + gateway) + "." + (n / 256) + "." + (n % 256) + ".0/24";
  }
}
