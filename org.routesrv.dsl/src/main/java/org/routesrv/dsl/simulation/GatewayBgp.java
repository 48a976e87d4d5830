package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.ExpressRouteGateway;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.TunnelPeering;
import org.routesrv.dsl.network.VpnGateway;

/**
 * The gateways of a simulated network as BGP speakers, and what each site behind a gateway receives from it. Each
 * gateway instance (one BGP address) holds its own sessions: with both Route Server instances of its vnet over iBGP
 * (fact 69), and with each on-premises BGP peer. It learns its vnet's and transit spokes' spaces (origin
 * {@code Network}), its sites' prefixes, and, with branch-to-branch only (facts 53, 94), what Route Server passes on
 * from the NVAs and the other gateways. Nothing here feeds back into what Route Server programs: a gateway's site
 * routes reach it through {@link GatewayRoutes}.
 */
final class GatewayBgp {

  private static final String NETWORK = "Network";
  private static final String EBGP = "EBgp";
  private static final String IBGP = "IBgp";
  private static final String IGP = "Igp";
  private static final Ipv4Prefix DEFAULT_ROUTE = Ipv4Prefix.parse("0.0.0.0/0");

  private final Simulation simulation;
  private final Topology topology;

  GatewayBgp(Simulation simulation, Topology topology) {
    this.simulation = simulation;
    this.topology = topology;
  }

  GatewayTables tables(Gateway gateway) {
    Domain domain = topology.domainOf(gateway.vnet());
    RouteServer server = domain == null ? null : domain.routeServer();
    List<GatewayPeer> peers = new ArrayList<>();
    List<GatewayRoute> learned = new ArrayList<>();
    Map<Ipv4Address, List<GatewayRoute>> advertised = new LinkedHashMap<>();
    // Built once: what each on-premises peer and site sends does not depend on the gateway instance.
    List<OnPremisesPeer> onPremises = onPremisesPeers(gateway);
    for (Ipv4Address local : gateway.bgpIps()) {
      vnetSpaces(gateway, domain).forEach((space, vnet) ->
          learned.add(new GatewayRoute(space, AsPath.EMPTY, null, local, local, NETWORK, gateway.name(), vnet, List.of())));
      List<GatewayRoute> fromSites = siteRoutes(gateway, domain, local, onPremises);
      learned.addAll(fromSites);
      Map<Ipv4Prefix, GatewayRoute> fromRouteServer = new LinkedHashMap<>();
      if (server != null) {
        for (RouteServerInstance instance : RouteServerInstance.values()) {
          fromInstance(gateway, server, instance, local, peers, learned, advertised, fromRouteServer);
        }
      }
      for (OnPremisesPeer peer : onPremises) {
        peers.add(new GatewayPeer(peer.name(), peer.bgpIp(), peer.asn(), local, "Connected", null,
            (int) learned.stream().filter(r -> r.peer().equals(peer.name()) && r.localAddress().equals(local)).count()));
        advertised.computeIfAbsent(peer.bgpIp(), ip -> new ArrayList<>())
            .addAll(toSite(gateway, domain, peer.name(), local, fromSites, fromRouteServer.values()));
      }
    }
    Map<Ipv4Address, List<GatewayRoute>> frozen = new LinkedHashMap<>();
    advertised.forEach((peer, routes) -> frozen.put(peer, List.copyOf(routes)));
    return new GatewayTables(gateway, peers, learned, Collections.unmodifiableMap(frozen));
  }

  /** The session of the gateway instance at {@code local} with one Route Server instance, and what crosses it. */
  private void fromInstance(Gateway gateway, RouteServer server, RouteServerInstance instance, Ipv4Address local,
      List<GatewayPeer> peers, List<GatewayRoute> learned, Map<Ipv4Address, List<GatewayRoute>> advertised,
      Map<Ipv4Prefix, GatewayRoute> bestFromRouteServer) {
    Ipv4Address instanceIp = server.instanceIp(instance);
    String name = server.name() + " " + instance.role();
    if (simulation.state().isFailed(server.name(), instance)) {
      peers.add(new GatewayPeer(name, instanceIp, AzureAsns.ROUTE_SERVER, local, "Idle", "the instance is down", 0));
      advertised.computeIfAbsent(instanceIp, ip -> new ArrayList<>());
      return;
    }
    RouteAdvertising advertising = simulation.routeAdvertising(server.name());
    List<BgpCandidate> received = advertising == null ? List.of() : advertising.toGateway(gateway.name(), instance);
    peers.add(new GatewayPeer(name, instanceIp, AzureAsns.ROUTE_SERVER, local, "Connected", null, received.size()));
    for (BgpCandidate route : received) {
      GatewayRoute row = new GatewayRoute(route.prefix(), route.asPath(), route.nextHops().get(0), instanceIp, local,
          IBGP, server.name(), originOf(route), route.communities());
      learned.add(row);
      GatewayRoute kept = bestFromRouteServer.get(route.prefix());
      if (kept == null || row.asPath().length() < kept.asPath().length()) {
        bestFromRouteServer.put(route.prefix(), row);
      }
    }
    List<GatewayRoute> sent = advertised.computeIfAbsent(instanceIp, ip -> new ArrayList<>());
    if (server.branchToBranch()) {
      for (BgpCandidate route : GatewayRoutes.of(gateway, topology, simulation.tunnelRoutes(gateway.name()))) {
        sent.add(new GatewayRoute(route.prefix(), route.asPath(), local, local, local, IGP, server.name(),
            gateway.name(), List.of()));
      }
    }
  }

  /**
   * The NVA a route started at, or for another gateway's route, the site behind that gateway, or the NVA with a tunnel
   * to it, that announced it.
   */
  private String originOf(BgpCandidate route) {
    if (route.kind() != RouteOriginKind.NVA) {
      for (Site site : topology.sitesVia(route.origin())) {
        for (SitePrefix prefix : site.prefixes()) {
          if (prefix.prefix().equals(route.prefix())) {
            return site.name();
          }
        }
      }
      for (TunnelRoute tunnel : simulation.tunnelRoutes(route.origin())) {
        if (tunnel.prefix().equals(route.prefix())) {
          return tunnel.nva();
        }
      }
    }
    return route.origin();
  }

  /** The spaces of the gateway's vnet and of the spokes that use its gateways, with the vnet of each. */
  private Map<Ipv4Prefix, String> vnetSpaces(Gateway gateway, Domain domain) {
    Map<Ipv4Prefix, String> spaces = new LinkedHashMap<>();
    List<String> members = domain == null ? List.of(gateway.vnet()) : domain.members();
    for (String member : members) {
      topology.vnet(member).addressSpaces().forEach(space -> spaces.putIfAbsent(space, member));
    }
    return spaces;
  }

  /**
   * The gateway's BGP peers on the on-premises side: each BGP site it connects (over ExpressRoute the circuit's MSEEs,
   * in AS 12076), then each NVA with a tunnel to it, which it treats as a BGP site.
   */
  private record OnPremisesPeer(String name, long asn, Ipv4Address bgpIp, List<PeerRoute> routes) {
  }

  /** A prefix as the gateway learns it from an on-premises peer, with the peer's path. */
  private record PeerRoute(Ipv4Prefix prefix, AsPath asPath) {
  }

  private List<OnPremisesPeer> onPremisesPeers(Gateway gateway) {
    List<OnPremisesPeer> peers = new ArrayList<>();
    for (Site site : topology.sitesVia(gateway.name())) {
      if (site.speaksBgp()) {
        List<PeerRoute> routes = new ArrayList<>();
        site.prefixes().forEach(prefix -> routes.add(new PeerRoute(prefix.prefix(), site.pathOf(prefix))));
        peers.add(new OnPremisesPeer(site.name(), gateway instanceof ExpressRouteGateway ? AzureAsns.EXPRESS_ROUTE
            : site.asn(), site.bgpIp(), routes));
      }
    }
    Map<String, List<PeerRoute>> overTunnels = new LinkedHashMap<>();
    for (TunnelRoute route : simulation.tunnelRoutes(gateway.name())) {
      overTunnels.computeIfAbsent(route.nva(), nva -> new ArrayList<>()).add(new PeerRoute(route.prefix(), route.asPath()));
    }
    for (Nva nva : topology.nvas()) {
      TunnelPeering tunnel = nva.bgp().tunnelTo(gateway.name());
      if (tunnel != null && !simulation.state().isDown(nva.name())) {
        peers.add(new OnPremisesPeer(nva.name(), nva.asn(), tunnel.bgpIp(),
            overTunnels.getOrDefault(nva.name(), List.of())));
      }
    }
    return peers;
  }

  /**
   * The on-premises prefixes as the gateway instance at {@code local} learns them: from a BGP peer with its path (behind
   * 12076 over ExpressRoute, fact 49), from a local network gateway as static {@code Network} routes. A prefix equal
   * to a vnet space is dropped (fact 51).
   */
  private List<GatewayRoute> siteRoutes(Gateway gateway, Domain domain, Ipv4Address local,
      List<OnPremisesPeer> onPremises) {
    List<GatewayRoute> routes = new ArrayList<>();
    for (OnPremisesPeer peer : onPremises) {
      for (PeerRoute route : peer.routes()) {
        if (domain == null || !DomainRib.sameAsVnetSpace(domain, route.prefix())) {
          AsPath path = gateway instanceof ExpressRouteGateway ? route.asPath().prepend(AzureAsns.EXPRESS_ROUTE)
              : route.asPath();
          routes.add(new GatewayRoute(route.prefix(), path, peer.bgpIp(), peer.bgpIp(), local, EBGP, peer.name(),
              peer.name(), List.of()));
        }
      }
    }
    for (Site site : topology.sitesVia(gateway.name())) {
      if (site.speaksBgp()) {
        continue;
      }
      for (SitePrefix prefix : site.prefixes()) {
        if (domain == null || !DomainRib.sameAsVnetSpace(domain, prefix.prefix())) {
          routes.add(new GatewayRoute(prefix.prefix(), AsPath.EMPTY, site.bgpIp(), local, local, NETWORK, site.name(),
              site.name(), List.of()));
        }
      }
    }
    return routes;
  }

  /**
   * What the gateway instance at {@code local} advertises to a BGP site (fact 94): its vnet's and transit spokes'
   * spaces, the other sites' prefixes (a VPN gateway is a transit between its sites; an ExpressRoute gateway does not
   * connect one circuit to another, fact 54), and with branch-to-branch what Route Server passed on; each with the
   * gateway's ASN in front, and never 0.0.0.0/0 from a VPN gateway (fact 52).
   */
  private List<GatewayRoute> toSite(Gateway gateway, Domain domain, String peerName, Ipv4Address local,
      List<GatewayRoute> fromSites, Iterable<GatewayRoute> fromRouteServer) {
    long ownAsn = gateway instanceof VpnGateway vpn ? vpn.asn() : AzureAsns.ROUTE_SERVER;
    Map<Ipv4Prefix, GatewayRoute> sent = new LinkedHashMap<>();
    vnetSpaces(gateway, domain).forEach((space, vnet) -> sent.putIfAbsent(space,
        new GatewayRoute(space, AsPath.of(ownAsn), local, local, local, IGP, peerName, vnet, List.of())));
    if (gateway instanceof VpnGateway) {
      for (GatewayRoute route : fromSites) {
        if (!route.peer().equals(peerName)) {
          sent.putIfAbsent(route.network(), new GatewayRoute(route.network(), route.asPath().prepend(ownAsn), local,
              local, local, IGP, peerName, route.originNode(), List.of()));
        }
      }
    }
    for (GatewayRoute route : fromRouteServer) {
      sent.putIfAbsent(route.network(), new GatewayRoute(route.network(), route.asPath().prepend(ownAsn), local, local,
          local, IGP, peerName, route.originNode(), route.communities()));
    }
    if (gateway instanceof VpnGateway) {
      sent.remove(DEFAULT_ROUTE);
    }
    return new ArrayList<>(sent.values());
  }

  /**
   * What on-premises receives from the gateway a site is connected by: over VPN each instance's advertisements as
   * sent, over ExpressRoute one route per prefix with 12076 in front of the path without its private ASNs (fact 72).
   * The site's router drops a path holding its own ASN (BGP loop prevention); a local network gateway receives
   * nothing, as it has no BGP.
   */
  /**
   * What an NVA receives over its tunnel: what each gateway instance advertises to its tunnel address, as sent; the NVA
   * applies its own loop check and import policy.
   */
  static List<BgpRoute> sentOverTunnel(TunnelPeering tunnel, GatewayTables tables) {
    List<BgpRoute> routes = new ArrayList<>();
    for (GatewayRoute route : tables.advertised().getOrDefault(tunnel.bgpIp(), List.of())) {
      routes.add(new BgpRoute(route.network(), route.localAddress(), route.asPath(), route.communities()));
    }
    return routes;
  }

  static List<SiteLearnedRoute> receivedBy(Site site, GatewayTables tables) {
    if (!site.speaksBgp()) {
      return List.of();
    }
    Gateway gateway = tables.gateway();
    List<GatewayRoute> advertised = tables.advertised().getOrDefault(site.bgpIp(), List.of());
    List<SiteLearnedRoute> received = new ArrayList<>();
    if (gateway instanceof ExpressRouteGateway) {
      Map<Ipv4Prefix, SiteLearnedRoute> byPrefix = new LinkedHashMap<>();
      for (GatewayRoute route : advertised) {
        AsPath path = route.asPath().withoutPrivateAsns().prepend(AzureAsns.EXPRESS_ROUTE);
        if (!path.contains(site.asn())) {
          byPrefix.putIfAbsent(route.network(),
              new SiteLearnedRoute(route.network(), path, null, gateway.name(), route.originNode()));
        }
      }
      received.addAll(byPrefix.values());
    } else {
      for (GatewayRoute route : advertised) {
        if (!route.asPath().contains(site.asn())) {
          received.add(new SiteLearnedRoute(route.network(), route.asPath(), route.localAddress(), gateway.name(),
              route.originNode()));
        }
      }
    }
    return received;
  }
}
