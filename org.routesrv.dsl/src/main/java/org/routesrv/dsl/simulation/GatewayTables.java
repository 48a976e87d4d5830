package org.routesrv.dsl.simulation;

import java.util.List;
import java.util.Map;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;

/**
 * What {@code az network vnet-gateway list-bgp-peer-status}, {@code list-learned-routes} and
 * {@code list-advertised-routes --peer IP} would show for one gateway (fact 94).
 *
 * @param advertised per peer address, in the order of {@code peers}
 */
public record GatewayTables(Gateway gateway, List<GatewayPeer> peers, List<GatewayRoute> learned,
    Map<Ipv4Address, List<GatewayRoute>> advertised) {

  public GatewayTables {
    peers = List.copyOf(peers);
    learned = List.copyOf(learned);
  }
}
