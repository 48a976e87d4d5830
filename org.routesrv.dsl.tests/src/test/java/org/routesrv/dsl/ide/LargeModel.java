package org.routesrv.dsl.ide;

/**
 * A hub-and-spoke model of a given number of spokes, about 13 lines each: what a big real design
 * looks like to the editor (two firewalls peering with the Route Server, a route table, a VM and an
 * expectation per spoke). 380 spokes make the 5,000-line model of the latency benchmark.
 */
final class LargeModel {

  static final int SPOKES_FOR_5000_LINES = 380;

  private LargeModel() {
  }

  static String generate(String network, int spokes) {
    StringBuilder out = new StringBuilder();
    out.append("network ").append(network).append("\n\n");
    out.append("""
        vnet hub {
            address-space 10.0.0.0/16
            subnet GatewaySubnet 10.0.0.0/27
            subnet RouteServerSubnet 10.0.1.0/26
            subnet untrusted 10.0.2.0/24 route-table rt-untrusted
            subnet trusted 10.0.3.0/24 route-table rt-trusted
        }

        route-table rt-untrusted { bgp-propagation off }
        route-table rt-trusted { bgp-propagation off }

        route-server ars in hub

        """);
    for (int fw = 1; fw <= 2; fw++) {
      out.append("nva fw").append(fw).append(" vendor panos asn 6550").append(fw).append(" {\n")
          .append("    nic untrusted hub.untrusted 10.0.2.").append(3 + fw).append('\n')
          .append("    nic trusted hub.trusted 10.0.3.").append(3 + fw).append(" ip-forwarding\n")
          .append("    snat on\n")
          .append("    static 0.0.0.0/0 via untrusted\n")
          .append("    static 10.0.0.0/8 via trusted\n")
          .append("    static 10.0.1.0/26 via trusted\n")
          .append("    bgp {\n")
          .append("        peer ars via trusted keepalive 20s hold 60s\n")
          .append("        advertise 0.0.0.0/0\n");
      for (int site = 0; site < 40; site++) {
        out.append("        advertise 172.16.").append(site).append(".0/24\n");
      }
      out.append("    }\n}\n\n");
    }
    for (int spoke = 0; spoke < spokes; spoke++) {
      String name = "spoke" + spoke;
      int second = 1 + spoke / 64;
      int third = (spoke % 64) * 4;
      String base = "10." + second + ".";
      out.append("vnet ").append(name).append(" {\n")
          .append("    address-space ").append(base).append(third).append(".0/22\n")
          .append("    subnet app ").append(base).append(third).append(".0/24 route-table rt-").append(name).append('\n')
          .append("    subnet data ").append(base).append(third + 1).append(".0/24\n")
          .append("}\n")
          .append("peering hub <-> ").append(name).append(" { transit via hub }\n")
          .append("route-table rt-").append(name).append(" {\n")
          .append("    route onprem 192.168.").append(spoke % 256).append(".0/24 -> appliance 10.0.3.4\n")
          .append("}\n")
          .append("vm vm").append(spoke).append(" in ").append(name).append(".app ").append(base).append(third)
          .append(".4\n")
          .append("expect route ").append(name).append(".data 0.0.0.0/0 via fw1, fw2\n")
          .append("expect route ").append(name).append(".app 192.168.").append(spoke % 256).append(".0/24 via fw1\n\n");
    }
    return out.toString();
  }
}
