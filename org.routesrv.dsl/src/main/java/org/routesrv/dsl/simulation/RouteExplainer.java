package org.routesrv.dsl.simulation;

import java.util.List;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.SubnetRef;

/**
 * Says why an NVA or gateway is not where a subnet's traffic for a prefix goes, in the terms an
 * engineer would check: propagation, peering flags, sessions, filters, prefix length, AS path,
 * routing preference.
 */
final class RouteExplainer {

  private final Simulation simulation;

  RouteExplainer(Simulation simulation) {
    this.simulation = simulation;
  }

  String whyNot(String node, SubnetRef subnet, Ipv4Prefix asked, List<EffectiveRoute> chosen) {
    EffectiveRouteTable table = simulation.effectiveRoutes(subnet);
    if (!table.receivesBgpRoutes()) {
      return table.bgpPropagationDisabled()
          ? "route table " + table.routeTable().name() + " has bgp-propagation off, so " + subnet
              + " gets no BGP routes (fact 63)"
          : "vnet " + subnet.vnet() + " gets no Route Server or gateway routes: it is no hub and uses no hub's "
              + "gateways through a transit peering (fact 32)";
    }
    DomainRib rib = table.bgp();
    BgpCandidate offered = mostSpecificOffer(rib, node, asked);
    String filtered = filteredMoreSpecific(node, rib.domain().routeServer(), asked,
        offered == null ? -1 : offered.prefix().length());
    if (filtered != null) {
      return filtered;
    }
    if (offered == null) {
      return simulation.topology().gateway(node) != null
          ? node + " brings no on-premises route covering " + asked
          : whyNvaOffersNothing(node, rib.domain().routeServer(), asked);
    }
    Ipv4Prefix chosenPrefix = chosen.isEmpty() ? null : chosen.get(0).prefix();
    if (chosenPrefix != null && offered.prefix().length() < chosenPrefix.length()) {
      return "the more specific route " + chosenPrefix + " wins over " + node + "'s " + offered.prefix()
          + " (longest prefix match)";
    }
    EffectiveRoute udr = table.userRoute(offered.prefix());
    if (udr != null) {
      return "user-defined route " + udr.name() + " " + udr.prefix() + " overrides BGP routes for the same prefix (fact 62)";
    }
    EffectiveRoute system = table.systemOverride(offered.prefix());
    if (system != null) {
      return "the system route " + system.prefix() + " (" + system.nextHopType().azureName()
          + ") beats BGP routes inside vnet and peered address space (fact 62)";
    }
    BgpCandidate winner = chosen.isEmpty() ? null : chosen.get(0).origin();
    if (winner == null) {
      return node + "'s route " + offered.prefix() + " is not programmed";
    }
    if (offered.asPath().length() > winner.asPath().length()) {
      return node + "'s route has AS path " + offered.asPath() + ", longer than " + winner.asPath() + " of "
          + winner.origin() + " (the shortest AS path wins, fact 55)";
    }
    RouteServer server = rib.domain().routeServer();
    String preference = server == null ? "ExpressRoute" : server.routingPreference().azureName();
    return "routing preference " + preference + " prefers " + winner.origin() + "'s " + kindName(winner.kind())
        + " route over " + node + "'s " + kindName(offered.kind()) + " route (fact 57)";
  }

  private static String kindName(RouteOriginKind kind) {
    return switch (kind) {
      case NVA -> "NVA";
      case VPN_GATEWAY -> "VPN";
      case EXPRESS_ROUTE_GATEWAY -> "ExpressRoute";
    };
  }

  /** The origin's own candidate for the most specific programmed prefix covering {@code asked}. */
  private static BgpCandidate mostSpecificOffer(DomainRib rib, String origin, Ipv4Prefix asked) {
    for (int length = asked.length(); length >= 0; length--) {
      Ipv4Prefix prefix = new Ipv4Prefix(asked.address(), length).network();
      for (BgpCandidate candidate : rib.candidates(prefix)) {
        if (candidate.origin().equals(origin)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private String whyNvaOffersNothing(String nva, RouteServer server, Ipv4Prefix asked) {
    if (server == null) {
      return "the hub has no Route Server to learn " + nva + "'s routes";
    }
    RouteServerPeer peer = simulation.peer(server.name(), nva);
    if (peer == null) {
      return nva + " does not peer with " + server.name();
    }
    if (!peer.anyEstablished()) {
      return nva + "'s sessions with " + server.name() + " are Idle: " + peer.sessions().get(0).reason();
    }
    return nva + " does not advertise a route covering " + asked;
  }

  /** A route of the NVA covering {@code asked}, more specific than what it got programmed, that Route Server dropped. */
  private String filteredMoreSpecific(String nva, RouteServer server, Ipv4Prefix asked, int programmedLength) {
    RouteServerPeer peer = server == null ? null : simulation.peer(server.name(), nva);
    if (peer == null || !peer.anyEstablished()) {
      return null;
    }
    int best = -1;
    for (int i = 0; i < peer.announced().size(); i++) {
      BgpRoute route = peer.announced().get(i);
      if (peer.rejections().get(i) != null && route.prefix().covers(asked)
          && route.prefix().length() > programmedLength && (best < 0
              || route.prefix().length() > peer.announced().get(best).prefix().length())) {
        best = i;
      }
    }
    return best < 0 ? null : server.name() + " filters " + nva + "'s " + peer.announced().get(best).prefix() + ": "
        + peer.rejections().get(best);
  }
}
