package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.PeerPolicy;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.TunnelPeering;
import org.routesrv.dsl.network.VpnGateway;

/**
 * An NVA's side of BGP: what it holds from each peer (its BGP table after its import policy), its sessions, and what
 * it sends each site behind it: its advertisements for that site's neighbour line (without one, those written without
 * {@code to}), and unless it is ExaBGP its best path per other prefix, with its own ASN in front and as next hop the
 * address of the line's NIC (else its router ID).
 */
final class NvaBgpView {

  private final Simulation simulation;
  private final Topology topology;

  NvaBgpView(Simulation simulation, Topology topology) {
    this.simulation = simulation;
    this.topology = topology;
  }

  /** Everything the NVA holds from its peers; nothing while it is down. */
  List<NvaBgpRoute> routes(Nva nva) {
    if (simulation.state().isDown(nva.name())) {
      return List.of();
    }
    List<NvaBgpRoute> routes = new ArrayList<>();
    for (Simulation.ReceivedFromRouteServer received : simulation.receivedFromRouteServers(nva)) {
      BgpRoute route = received.route();
      routes.add(new NvaBgpRoute(route.prefix(), route.asPath(), route.nextHop(), received.peering().routeServer(),
          route.communities()));
    }
    for (NeighborRoutes.Learned learned : simulation.neighborRoutes().learnedBy(nva.name())) {
      BgpRoute route = learned.route();
      routes.add(new NvaBgpRoute(route.prefix(), route.asPath(), route.nextHop(), learned.fromNva(), route.communities()));
    }
    for (Simulation.ReceivedOverTunnel received : simulation.receivedOverTunnels(nva)) {
      BgpRoute route = received.route();
      routes.add(new NvaBgpRoute(route.prefix(), route.asPath(), route.nextHop(), received.tunnel().gateway(),
          route.communities()));
    }
    for (Site site : topology.sitesVia(nva.name())) {
      List<BgpRoute> announced = new ArrayList<>();
      site.prefixes().forEach(prefix -> announced.add(new BgpRoute(prefix.prefix(), site.bgpIp(), site.pathOf(prefix),
          List.of())));
      BgpNeighbor line = nva.neighborLineFor(site).orElse(null);
      for (BgpRoute route : SessionPolicies.received(nva.asn(), line == null ? PeerPolicy.NONE : line.policy(),
          announced)) {
        routes.add(new NvaBgpRoute(route.prefix(), route.asPath(), route.nextHop(), site.name(), route.communities()));
      }
    }
    return routes;
  }

  /** The NVA's BGP sessions: with each Route Server instance, each neighbour line, each BGP site behind it. */
  List<NvaSession> sessions(Nva nva) {
    List<NvaSession> sessions = new ArrayList<>();
    for (RouteServerPeer peer : simulation.peeringsOf(nva.name())) {
      for (BgpSession session : peer.sessions()) {
        sessions.add(new NvaSession(peer.routeServer() + " " + session.instance().role(), session.localAddress(),
            org.routesrv.dsl.azure.AzureAsns.ROUTE_SERVER, session.state().azureName(), session.reason()));
      }
    }
    boolean down = simulation.state().isDown(nva.name());
    List<NeighborRoutes.Session> established = NeighborRoutes.sessions(simulation.state(), topology);
    for (TunnelPeering tunnel : nva.bgp().tunnels()) {
      Gateway gateway = topology.gateway(tunnel.gateway());
      if (gateway instanceof VpnGateway vpn) {
        for (Ipv4Address instance : vpn.bgpIps()) {
          sessions.add(new NvaSession(vpn.name() + " (tunnel)", instance, vpn.asn(), down ? "Idle" : "Established",
              down ? "the NVA is down" : null));
        }
      }
    }
    List<BgpNeighbor> siteLines = new ArrayList<>();
    for (Site site : topology.sitesVia(nva.name())) {
      if (site.speaksBgp()) {
        BgpNeighbor line = nva.neighborLineFor(site).orElse(null);
        if (line != null) {
          siteLines.add(line);
        }
        sessions.add(new NvaSession(site.name(), site.bgpIp(), site.asn(), down ? "Idle" : "Established",
            down ? "the NVA is down" : null));
      }
    }
    for (BgpNeighbor neighbor : nva.bgp().neighbors()) {
      if (siteLines.contains(neighbor)) {
        continue;
      }
      boolean up = established.stream().anyMatch(s -> s.receiver().name().equals(nva.name()) && s.neighbor() == neighbor);
      sessions.add(new NvaSession(neighbor.name(), neighbor.ip(), neighbor.asn(), up ? "Established" : "Idle",
          up ? null : down ? "the NVA is down" : "no NVA or site at " + neighbor.ip() + " with AS " + neighbor.asn()
              + " peers back"));
    }
    return sessions;
  }

  /** What the site receives from the NVA it is connected by, after the site's own loop check. */
  List<SiteLearnedRoute> sentToSite(Nva nva, Site site) {
    if (!site.speaksBgp() || simulation.state().isDown(nva.name())) {
      return List.of();
    }
    NetworkState state = simulation.state();
    NeighborRoutes neighborRoutes = simulation.neighborRoutes();
    List<NeighborRoutes.Learned> fromNeighbors = neighborRoutes.learnedBy(nva.name());
    List<NeighborRoutes.FromRouteServer> fromServers = new ArrayList<>();
    simulation.receivedFromRouteServers(nva).forEach(received ->
        fromServers.add(new NeighborRoutes.FromRouteServer(received.peering().routeServer(), received.route())));
    BgpNeighbor line = nva.neighborLineFor(site).orElse(null);
    Ipv4Address self = line != null && line.nic() != null ? nva.nic(line.nic()).map(Nic::ip).orElse(nva.bgp().routerId())
        : nva.bgp().routerId();
    Map<Ipv4Prefix, BgpRoute> configured = new LinkedHashMap<>();
    Map<Ipv4Prefix, String> origins = new LinkedHashMap<>();
    for (Advertisement advertisement : nva.bgp().advertisements()) {
      boolean forSite = line == null ? advertisement.toPeer() == null : advertisement.isFor(line.name());
      if (forSite && !advertisement.isForOneInstance() && !state.isWithdrawn(nva.name(), advertisement.prefix())
          && !configured.containsKey(advertisement.prefix())
          && ConditionalAdvertisements.active(advertisement, nva, fromNeighbors, fromServers, topology)) {
        Ipv4Address nextHop = NeighborRoutes.ownsAddress(nva, advertisement.nextHop()) ? self : advertisement.nextHop();
        configured.put(advertisement.prefix(), new BgpRoute(advertisement.prefix(), nextHop, advertisement.asPath(),
            advertisement.communities()));
        origins.put(advertisement.prefix(), nva.name());
      }
    }
    Map<Ipv4Prefix, BgpRoute> passesOn = new LinkedHashMap<>();
    if (VendorProfile.of(nva.vendor()).passesOnLearnedRoutes()) {
      String toSite = "site:" + site.name();
      NeighborRoutes.passable(nva, fromNeighbors, fromServers, topology).forEach((prefix, candidates) -> {
        if (configured.containsKey(prefix) || state.isWithdrawn(nva.name(), prefix)) {
          return;
        }
        for (NeighborRoutes.Candidate candidate : candidates) {
          if (!candidate.from().equals(toSite)) {
            BgpRoute best = candidate.route();
            passesOn.put(prefix, new BgpRoute(prefix, self, best.asPath().prepend(nva.asn()), best.communities()));
            origins.put(prefix, candidate.from().substring(candidate.from().indexOf(':') + 1));
            return;
          }
        }
      });
    }
    List<SiteLearnedRoute> received = new ArrayList<>();
    for (BgpRoute route : SessionPolicies.sent(nva.asn(), site.asn(), line == null ? PeerPolicy.NONE : line.policy(),
        new ArrayList<>(configured.values()), new ArrayList<>(passesOn.values()))) {
      if (!route.asPath().contains(site.asn())) {
        received.add(new SiteLearnedRoute(route.prefix(), route.asPath(), route.nextHop(), nva.name(),
            origins.getOrDefault(route.prefix(), nva.name())));
      }
    }
    return received;
  }
}
