package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.routesrv.dsl.azure.AzureCommunities;
import org.routesrv.dsl.azure.InboundAcceptance;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;

/**
 * What a Route Server instance advertises to each NVA (section F). Each instance is an independent
 * BGP speaker: it passes on what it learned itself, so an NVA peering with one instance only is
 * seen by peers of that instance only (fact 42). The per-instance set of offered routes is built
 * once and then filtered per NVA, so listing all NVAs costs one pass per NVA, not one per pair.
 */
final class RouteAdvertising {

  private final RouteServer server;
  private final Domain domain;
  private final List<RouteServerPeer> peers;
  private final Topology topology;
  /** What NVAs send the gateways over tunnels, per gateway: gateway routes like their sites'. */
  private final Map<String, List<TunnelRoute>> tunnels;
  private final Map<RouteServerInstance, TreeMap<Ipv4Prefix, List<BgpCandidate>>> offered =
      new EnumMap<>(RouteServerInstance.class);

  RouteAdvertising(RouteServer server, Domain domain, List<RouteServerPeer> peers, Topology topology,
      Map<String, List<TunnelRoute>> tunnels) {
    this.server = server;
    this.domain = domain;
    this.peers = peers;
    this.topology = topology;
    this.tunnels = tunnels;
  }

  /**
   * To {@code target} on {@code instance}: every address space of the hub and its transit spokes
   * with path 65515 (fact 45 a, b); per other prefix the best path learned from the other NVAs
   * (45 c, 46) and, with branch-to-branch, from the hub's gateways (45 d, 53), with 65515 prepended
   * (fact 48). Never the target's own routes (fact 46) nor NO_ADVERTISE routes (fact 43). The export map
   * to the target, if any, applies to the passed-on routes (fact 89).
   */
  synchronized List<AdvertisedRoute> advertisedTo(RouteServerPeer target, RouteServerInstance instance) {
    BgpSession session = target.session(instance);
    if (session == null || !session.established()) {
      return List.of();
    }
    List<AdvertisedRoute> routes = new ArrayList<>();
    if (domain != null) {
      for (String member : domain.members()) {
        topology.vnet(member).addressSpaces().forEach(space ->
            routes.add(new AdvertisedRoute(space, AsPath.of(AzureAsns.ROUTE_SERVER), List.of())));
      }
    }
    List<BgpRoute> passedOn = passedOnTo(target, instance, session);
    RouteMap exportMap = server.exportMap(target.nva());
    if (exportMap != null) {
      // The vnet spaces above cannot be filtered or changed (fact 89); the map sees paths before 65515 is added.
      passedOn = RouteMapEvaluation.apply(exportMap, passedOn);
    }
    for (BgpRoute route : passedOn) {
      routes.add(new AdvertisedRoute(route.prefix(), route.asPath().prepend(AzureAsns.ROUTE_SERVER), route.communities()));
    }
    return routes;
  }

  /** What the export map to {@code target} sees on {@code instance}: the routes passed on, before 65515 is added. */
  synchronized List<BgpRoute> passedOnBeforeExportMap(RouteServerPeer target, RouteServerInstance instance) {
    BgpSession session = target.session(instance);
    return session == null || !session.established() ? List.of() : passedOnTo(target, instance, session);
  }

  private List<BgpRoute> passedOnTo(RouteServerPeer target, RouteServerInstance instance, BgpSession session) {
    List<BgpRoute> passedOn = new ArrayList<>();
    for (Map.Entry<Ipv4Prefix, List<BgpCandidate>> entry : offered(instance).entrySet()) {
      List<BgpCandidate> others = new ArrayList<>(entry.getValue().size());
      for (BgpCandidate candidate : entry.getValue()) {
        if (!(candidate.kind() == RouteOriginKind.NVA && candidate.origin().equals(target.nva()))) {
          others.add(candidate);
        }
      }
      if (!others.isEmpty()) {
        passedOn.add(passedOn(RouteSelection.best(others, server.routingPreference()).get(0), session.localAddress()));
      }
    }
    return passedOn;
  }

  /**
   * To the gateway named {@code gateway} on {@code instance}, over iBGP (fact 94): per prefix the best path learned
   * from the NVAs and the other gateways, as learned (no 65515 prepended, the NVA's next hop kept). Route Server
   * exchanges nothing with its gateways without branch-to-branch (fact 53).
   */
  synchronized List<BgpCandidate> toGateway(String gateway, RouteServerInstance instance) {
    if (!server.branchToBranch()) {
      return List.of();
    }
    List<BgpCandidate> sent = new ArrayList<>();
    for (List<BgpCandidate> paths : offered(instance).values()) {
      List<BgpCandidate> others = new ArrayList<>(paths.size());
      for (BgpCandidate candidate : paths) {
        if (candidate.kind() == RouteOriginKind.NVA || !candidate.origin().equals(gateway)) {
          others.add(candidate);
        }
      }
      if (!others.isEmpty()) {
        sent.add(RouteSelection.best(others, server.routingPreference()).get(0));
      }
    }
    return sent;
  }

  private static BgpRoute passedOn(BgpCandidate best, Ipv4Address instanceIp) {
    List<Community> communities = best.communities();
    if (best.kind() == RouteOriginKind.VPN_GATEWAY && !communities.contains(AzureCommunities.VPN_GATEWAY_ROUTE)) {
      // Azure tags routes learned from a VPN gateway (seed 004, fact 73).
      communities = new ArrayList<>(communities);
      communities.add(AzureCommunities.VPN_GATEWAY_ROUTE);
    }
    return new BgpRoute(best.prefix(), instanceIp, best.asPath(), communities);
  }

  private TreeMap<Ipv4Prefix, List<BgpCandidate>> offered(RouteServerInstance instance) {
    return offered.computeIfAbsent(instance, i -> {
      TreeMap<Ipv4Prefix, List<BgpCandidate>> byPrefix = new TreeMap<>();
      for (RouteServerPeer peer : peers) {
        for (BgpRoute route : peer.accepted(i)) {
          if (!route.noAdvertise()) {
            byPrefix.computeIfAbsent(route.prefix(), k -> new ArrayList<>(2)).add(BgpCandidate.fromNva(peer.nva(), route));
          }
        }
      }
      if (server.branchToBranch() && domain != null) {
        for (Gateway gateway : domain.gateways()) {
          for (BgpCandidate route : GatewayRoutes.of(gateway, topology, tunnels.getOrDefault(gateway.name(), List.of()))) {
            // The gateway still programs a route with 65515 in its path (fact 71, DomainRib); Route Server, which
            // learns it only with branch-to-branch, drops it (fact 40), so no NVA hears of it.
            if (!DomainRib.sameAsVnetSpace(domain, route.prefix()) && !InboundAcceptance.failsLoopCheck(route.asPath())) {
              byPrefix.computeIfAbsent(route.prefix(), k -> new ArrayList<>(2)).add(route);
            }
          }
        }
      }
      return byPrefix;
    });
  }
}
