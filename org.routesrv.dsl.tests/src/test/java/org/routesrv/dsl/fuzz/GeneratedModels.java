package org.routesrv.dsl.fuzz;

import java.util.SplittableRandom;

/**
 * Models the examples do not cover: random hub-and-spoke designs of any size, and the repetitive
 * shapes that stress rules comparing elements pairwise (issue 22, item 10: duplicate transit peerings).
 */
final class GeneratedModels {

  private static final String[] VENDORS = {"panos", "frr", "exabgp"};

  private GeneratedModels() {
  }

  /** A valid-looking hub with a Route Server, {@code nvas} NVAs and {@code spokes} spokes. */
  static String hubAndSpokes(SplittableRandom random, int spokes, int nvas) {
    StringBuilder out = new StringBuilder("network generated.n").append(random.nextInt(1000)).append("\n\n");
    out.append("vnet hub {\n    address-space 10.0.0.0/16\n    subnet RouteServerSubnet 10.0.1.0/26\n")
        .append("    subnet GatewaySubnet 10.0.0.0/27\n    subnet nva 10.0.2.0/24 route-table rt-nva\n}\n")
        .append("route-table rt-nva { bgp-propagation off }\n")
        .append("route-server ars in hub { branch-to-branch on")
        .append(random.nextBoolean() ? " instance-order 10.0.1.5, 10.0.1.4" : "")
        .append(random.nextBoolean() ? " programming-delay 5s to 30s" : "")
        .append(random.nextInt(4) == 0 ? " programmed-from second" : "")
        .append(random.nextInt(4) == 0 && nvas > 0 ? " import tag from fw1" : "").append(" }\n")
        .append("route-map tag {\n    rule all continue {\n        match prefix contains 172.16.0.0/12\n")
        .append("        add community 64500:").append(random.nextInt(100)).append("\n    }\n")
        .append("    rule longer {\n        prepend 64500\n    }\n}\n");
    if (random.nextBoolean()) {
      out.append("vpn-gateway vpngw in hub active-active { public-ip 20.0.").append(random.nextInt(256)).append(".1 }\n")
          .append("site onprem asn 65400 via vpngw { prefix 192.168.0.0/16 }\n");
    }
    for (int n = 1; n <= nvas; n++) {
      out.append("nva fw").append(n).append(" vendor ").append(VENDORS[random.nextInt(VENDORS.length)])
          .append(" asn ").append(65000 + n).append(" {\n")
          .append("    nic eth0 hub.nva 10.0.2.").append(3 + n).append(" ip-forwarding\n")
          .append("    static 10.0.1.0/26 via eth0\n")
          .append("    bgp {\n        peer ars via eth0 keepalive 20s hold 60s")
          .append(random.nextInt(6) == 0 ? " export tag as-override allowas-in 2" : "").append('\n');
      int advertised = 1 + random.nextInt(4);
      for (int a = 0; a < advertised; a++) {
        out.append("        advertise 172.").append(16 + random.nextInt(16)).append('.').append(random.nextInt(256))
            .append(".0/24");
        if (random.nextBoolean()) {
          out.append(" prepend ").append(random.nextInt(4));
        }
        if (random.nextInt(8) == 0) {
          out.append(" to ars instance ").append(random.nextBoolean() ? "first" : "second");
        }
        out.append('\n');
      }
      out.append("    }\n}\n");
    }
    for (int s = 0; s < spokes; s++) {
      String spoke = "spoke" + s;
      String base = "10." + (1 + s / 250) + "." + (s % 250) + ".";
      out.append("vnet ").append(spoke).append(" {\n    address-space ").append(base).append("0/24\n")
          .append("    subnet app ").append(base).append("0/25\n}\n")
          .append("peering hub <-> ").append(spoke).append(" { transit via hub }\n")
          .append("vm vm").append(s).append(" in ").append(spoke).append(".app ").append(base).append("4\n");
      switch (random.nextInt(8)) {
        case 0 -> out.append("expect route ").append(spoke).append(".app 0.0.0.0/0 via fw1\n");
        case 1 -> out.append("expect route ").append(spoke).append(".app 0.0.0.0/0 via ip 10.0.2.4\n");
        case 2 -> out.append("expect route ").append(spoke).append(".app 0.0.0.0/0 state absent\n");
        case 3 -> out.append("expect learned ars count ").append(random.nextInt(5)).append(" from fw1\n");
        case 4 -> out.append("expect no-learned ars 192.0.2.0/24\n");
        default -> { }
      }
    }
    if (nvas > 0 && random.nextBoolean()) {
      out.append("scenario fw1-down {\n    fail fw1 crash\n    expect route hub.nva 0.0.0.0/0 via internet\n}\n");
    }
    return out.toString();
  }

  /** One spoke peered {@code count} times with the hub, each peering with gateway transit. */
  static String duplicateTransitPeerings(int count) {
    StringBuilder out = new StringBuilder("network generated.transit\n")
        .append("vnet hub {\n    address-space 10.0.0.0/16\n    subnet GatewaySubnet 10.0.0.0/27\n}\n")
        .append("vpn-gateway vpngw in hub asn 65515\n")
        .append("vnet spoke {\n    address-space 10.1.0.0/16\n}\n");
    for (int i = 0; i < count; i++) {
      out.append("peering hub <-> spoke { transit via hub }\n");
    }
    return out.toString();
  }
}
