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
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
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
    for (Ipv4Address local : gateway.bgpIps()) {
      vnetSpaces(gateway, domain).forEach((space, vnet) ->
          learned.add(new GatewayRoute(space, AsPath.EMPTY, null, local, local, NETWORK, gateway.name(), vnet, List.of())));
      learned.addAll(siteRoutes(gateway, domain, local));
      Map<Ipv4Prefix, GatewayRoute> fromRouteServer = new LinkedHashMap<>();
      if (server != null) {
        for (RouteServerInstance instance : RouteServerInstance.values()) {
          fromInstance(gateway, server, instance, local, peers, learned, advertised, fromRouteServer);
        }
      }
      for (Site site : topology.sitesVia(gateway.name())) {
        if (site.speaksBgp()) {
          peers.add(new GatewayPeer(site.name(), site.bgpIp(), onPremisesPeerAsn(gateway, site), local, "Connected", null,
              (int) learned.stream().filter(r -> r.peer().equals(site.name()) && r.localAddress().equals(local)).count()));
          advertised.computeIfAbsent(site.bgpIp(), ip -> new ArrayList<>())
              .addAll(toSite(gateway, domain, site, local, fromRouteServer.values()));
        }
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
      for (BgpCandidate route : GatewayRoutes.of(gateway, topology)) {
        sent.add(new GatewayRoute(route.prefix(), route.asPath(), local, local, local, IGP, server.name(),
            gateway.name(), List.of()));
      }
    }
  }

  /** The NVA a route started at, or for another gateway's route, the site behind that gateway that announced it. */
  private String originOf(BgpCandidate route) {
    if (route.kind() != RouteOriginKind.NVA) {
      for (Site site : topology.sitesVia(route.origin())) {
        for (SitePrefix prefix : site.prefixes()) {
          if (prefix.prefix().equals(route.prefix())) {
            return site.name();
          }
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
   * The sites' prefixes as the gateway instance at {@code local} learns them: from a BGP site with its path (behind
   * 12076 over ExpressRoute, fact 49), from a local network gateway as static {@code Network} routes. A prefix equal
   * to a vnet space is dropped (fact 51).
   */
  private List<GatewayRoute> siteRoutes(Gateway gateway, Domain domain, Ipv4Address local) {
    List<GatewayRoute> routes = new ArrayList<>();
    for (Site site : topology.sitesVia(gateway.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        if (domain != null && DomainRib.sameAsVnetSpace(domain, prefix.prefix())) {
          continue;
        }
        if (site.speaksBgp()) {
          AsPath path = gateway instanceof ExpressRouteGateway ? site.pathOf(prefix).prepend(AzureAsns.EXPRESS_ROUTE)
              : site.pathOf(prefix);
          routes.add(new GatewayRoute(prefix.prefix(), path, site.bgpIp(), site.bgpIp(), local, EBGP, site.name(),
              site.name(), List.of()));
        } else {
          routes.add(new GatewayRoute(prefix.prefix(), AsPath.EMPTY, site.bgpIp(), local, local, NETWORK, site.name(),
              site.name(), List.of()));
        }
      }
    }
    return routes;
  }

  /** Over ExpressRoute the gateway's BGP peers are the circuit's MSEEs, in Microsoft's AS. */
  private static long onPremisesPeerAsn(Gateway gateway, Site site) {
    return gateway instanceof ExpressRouteGateway ? AzureAsns.EXPRESS_ROUTE : site.asn();
  }

  /**
   * What the gateway instance at {@code local} advertises to a BGP site (fact 94): its vnet's and transit spokes'
   * spaces, the other sites' prefixes (a VPN gateway is a transit between its sites; an ExpressRoute gateway does not
   * connect one circuit to another, fact 54), and with branch-to-branch what Route Server passed on; each with the
   * gateway's ASN in front, and never 0.0.0.0/0 from a VPN gateway (fact 52).
   */
  private List<GatewayRoute> toSite(Gateway gateway, Domain domain, Site site, Ipv4Address local,
      Iterable<GatewayRoute> fromRouteServer) {
    long ownAsn = gateway instanceof VpnGateway vpn ? vpn.asn() : AzureAsns.ROUTE_SERVER;
    Map<Ipv4Prefix, GatewayRoute> sent = new LinkedHashMap<>();
    vnetSpaces(gateway, domain).forEach((space, vnet) -> sent.putIfAbsent(space,
        new GatewayRoute(space, AsPath.of(ownAsn), local, local, local, IGP, site.name(), vnet, List.of())));
    if (gateway instanceof VpnGateway) {
      for (GatewayRoute route : siteRoutes(gateway, domain, local)) {
        if (!route.peer().equals(site.name())) {
          sent.putIfAbsent(route.network(), new GatewayRoute(route.network(), route.asPath().prepend(ownAsn), local,
              local, local, IGP, site.name(), route.originNode(), List.of()));
        }
      }
    }
    for (GatewayRoute route : fromRouteServer) {
      sent.putIfAbsent(route.network(), new GatewayRoute(route.network(), route.asPath().prepend(ownAsn), local, local,
          local, IGP, site.name(), route.originNode(), route.communities()));
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
