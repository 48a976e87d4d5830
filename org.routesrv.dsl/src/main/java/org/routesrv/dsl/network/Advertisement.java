package org.routesrv.dsl.network;

import java.util.List;

/**
 * A route the NVA originates ({@code advertise}). Resolved: {@code nextHop} = the IP of the NIC the
 * NVA peers with the Route Server through (its first NIC without such a peering) unless
 * {@code next-hop} is written; {@code asPath} is the whole path as the peer receives it: the NVA's
 * ASN written {@code prepend}+1 times, or the {@code as-path} exactly as written;
 * {@code communities} include NO_ADVERTISE (65535:65282) when {@code no-advertise} is written;
 * {@code toPeer} is the peer's name (a Route Server or a neighbour), null for every peer;
 * {@code toInstance} the one Route Server instance it goes to ({@code to ROUTESERVER instance first|second},
 * fact 88), null for both; {@code whenLearned} the prefix whose presence in the NVA's BGP table the route
 * waits for ({@code when-learned PREFIX [from PEER]}), null for always, and {@code whenLearnedFrom} the peer it
 * must come from, null for any.
 */
public record Advertisement(Ipv4Prefix prefix, Ipv4Address nextHop, AsPath asPath, List<Community> communities,
    String toPeer, RouteServerInstance toInstance, Ipv4Prefix whenLearned, String whenLearnedFrom) {

  public Advertisement {
    communities = List.copyOf(communities);
  }

  public boolean noAdvertise() {
    return communities.contains(Community.NO_ADVERTISE);
  }

  public boolean isFor(String peerName) {
    return toPeer == null || toPeer.equals(peerName);
  }

  /** For one instance of the Route Server named {@code routeServer}. */
  public boolean isFor(String routeServer, RouteServerInstance instance) {
    return isFor(routeServer) && (toInstance == null || toInstance == instance);
  }

  public boolean isConditional() {
    return whenLearned != null;
  }

  /** Whether it goes to one instance only, so that the two instances hear different routes (fact 88). */
  public boolean isForOneInstance() {
    return toInstance != null;
  }
}
