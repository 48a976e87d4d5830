package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.RouteServerInstance;

/**
 * One session between an NVA and one Route Server instance.
 *
 * @param reason why the session is Idle, null when Established
 * @param holdTimeSeconds the negotiated hold time, null when Idle
 */
public record BgpSession(String routeServer, String nva, RouteServerInstance instance, Ipv4Address localAddress,
    Ipv4Address peerIp, SessionState state, String reason, Integer holdTimeSeconds) {

  public boolean established() {
    return state == SessionState.ESTABLISHED;
  }
}
