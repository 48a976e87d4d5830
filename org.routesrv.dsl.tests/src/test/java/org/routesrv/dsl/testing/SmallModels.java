package org.routesrv.dsl.testing;

/** Small complete models for tests of what happens around a model rather than inside it. */
public final class SmallModels {

  private SmallModels() {
  }

  /**
   * A hub with a Route Server and one FRR NVA ({@code edge}, AS 65001, 10.0.2.4) advertising
   * 172.16.0.0/12, its session Established; the NVA's block ends on line 15, so callers can add
   * expectations and scenarios from line 16 on.
   */
  public static String hubWithFrrNva(String network) {
    return """
        network %s
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet nva 10.0.2.0/24
        }
        route-server ars in hub
        nva edge vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0
                advertise 172.16.0.0/12
            }
        }
        """.formatted(network);
  }
}
