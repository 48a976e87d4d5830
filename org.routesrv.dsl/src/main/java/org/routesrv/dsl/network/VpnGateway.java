package org.routesrv.dsl.network;

import java.util.List;

/**
 * A VPN gateway. Resolved: {@code asn} 65515 unless written (fact 68); {@code bgpIps} as written,
 * else the next free addresses of GatewaySubnet from start + 4 (two when active-active, one
 * otherwise), gateways of one vnet taking them in the order they are written; {@code publicIp} as
 * written, else a placeholder from 192.0.2.0/24 (TEST-NET-1, RFC 5737): the VPN gateways without
 * one get 192.0.2.1, .2, ... in the order they are written.
 */
public record VpnGateway(String name, String vnet, boolean activeActive, long asn, List<Ipv4Address> bgpIps,
    Ipv4Address publicIp) implements Gateway {

  /** Where the placeholder public IPs come from: a range reserved for documentation, never a real address. */
  public static final Ipv4Prefix PLACEHOLDER_PUBLIC_IPS = Ipv4Prefix.parse("192.0.2.0/24");

  public VpnGateway {
    bgpIps = List.copyOf(bgpIps);
  }

  /**
   * Fact 83: a gateway that is not active-active has its routes programmed with its public IP as the
   * next hop; an active-active one with its two BGP addresses.
   */
  @Override
  public List<Ipv4Address> programmedNextHops() {
    return activeActive ? bgpIps : List.of(publicIp);
  }
}
