package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.routesrv.dsl.azure.RouteServerLimits;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RouteServerPeering;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.Subnet;
import org.routesrv.dsl.network.TunnelPeering;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Vm;
import org.routesrv.dsl.network.Vnet;

/**
 * What Azure does with one state of a network: sessions, learned and advertised routes, effective
 * routes per subnet, NVA forwarding tables and traces. Sessions, learned routes and each domain's
 * programmed routes are computed up front; advertised routes, NVA tables and traces on first use,
 * so a large model costs only what is asked of it. When NVAs peer with each other, what Route
 * Servers learn and what the NVAs pass on depend on each other and are first iterated to a fixed
 * point ({@link NeighborRoutes#converge}); without such sessions that costs nothing.
 */
public final class Simulation {

  private final NetworkState state;
  private final Topology topology;
  private final Map<String, List<RouteServerPeer>> peersByServer = new LinkedHashMap<>();
  private final Map<String, RouteAdvertising> advertisingByServer = new LinkedHashMap<>();
  private final Map<SubnetRef, EffectiveRouteTable> effective = new LinkedHashMap<>();
  private final Map<String, NvaForwardingTable> nvaTables = new ConcurrentHashMap<>();
  private final Map<AdvertisedKey, List<AdvertisedRoute>> advertised = new ConcurrentHashMap<>();
  private final NeighborRoutes.RouteServerSide routeServerSide;
  private final NeighborRoutes neighborRoutes;
  private final FlowTracer flows;
  private final GatewayBgp gatewayBgp;
  private final NvaBgpView nvaBgp;
  private final Map<String, GatewayTables> gatewayTables = new ConcurrentHashMap<>();
  /** What NVAs send the VPN gateways over their tunnels, per gateway; rebuilt with every round of the NVA fixed point. */
  private Map<String, List<TunnelRoute>> tunnelRoutes = Map.of();

  private record AdvertisedKey(String routeServer, String nva, RouteServerInstance instance) {
  }

  Simulation(NetworkState state) {
    this.state = state;
    this.topology = new Topology(state.network());
    this.routeServerSide = new NeighborRoutes.RouteServerSide() {
      @Override
      public void rebuild(NeighborRoutes routes) {
        buildRouteServers(routes);
      }

      @Override
      public List<AdvertisedRoute> advertisedTo(String routeServer, String nva, RouteServerInstance instance) {
        return advertisedRoutes(routeServer, nva, instance);
      }

      @Override
      public Map<String, Integer> overRouteLimit() {
        Map<String, Integer> over = new LinkedHashMap<>();
        peersByServer.forEach((server, peers) -> peers.stream()
            .filter(p -> p.announced().size() > RouteServerLimits.MAX_ROUTES_PER_PEER)
            .forEach(p -> over.put(NeighborRoutes.peerKey(server, p.nva()), p.announced().size())));
        return over;
      }
    };
    this.neighborRoutes = NeighborRoutes.converge(state, topology, routeServerSide);
    Map<String, DomainRib> ribByHub = new LinkedHashMap<>();
    for (Domain domain : topology.domains()) {
      List<RouteServerPeer> peers = domain.routeServer() == null ? List.of()
          : peersByServer.getOrDefault(domain.routeServer().name(), List.of());
      ribByHub.put(domain.hub(), DomainRib.build(domain, peers, topology, tunnelRoutes));
    }
    for (Vnet vnet : topology.vnets()) {
      SystemRoutes system = new SystemRoutes(vnet, topology);
      Domain domain = topology.domainOf(vnet.name());
      for (Subnet subnet : vnet.subnets()) {
        SubnetRef ref = vnet.ref(subnet);
        var table = topology.routeTable(subnet.routeTable());
        boolean propagates = table == null || table.bgpPropagation();
        DomainRib rib = domain != null && propagates ? ribByHub.get(domain.hub()) : null;
        effective.putIfAbsent(ref, new EffectiveRouteTable(ref, system, table, rib));
      }
    }
    this.flows = new FlowTracer(new TraceEngine(this, topology), topology);
    this.gatewayBgp = new GatewayBgp(this, topology);
    this.nvaBgp = new NvaBgpView(this, topology);
  }

  /**
   * What every Route Server learns when the NVAs hold {@code routes}; advertised routes are
   * forgotten, to be recomputed on demand. Called once per round of the NVA fixed point.
   */
  private void buildRouteServers(NeighborRoutes routes) {
    peersByServer.clear();
    advertisingByServer.clear();
    advertised.clear();
    tunnelRoutes = TunnelAnnouncements.of(state, topology, routes);
    for (RouteServer server : topology.routeServers()) {
      List<RouteServerPeer> peers = peersOf(server, routes);
      peersByServer.put(server.name(), peers);
      advertisingByServer.put(server.name(),
          new RouteAdvertising(server, topology.domainOf(server.vnet()), peers, topology, tunnelRoutes));
    }
  }

  /** NVAs peering with {@code server}, by name, each with its sessions and what it announces. */
  private List<RouteServerPeer> peersOf(RouteServer server, NeighborRoutes routes) {
    List<RouteServerPeer> peers = new ArrayList<>();
    Domain domain = topology.domainOf(server.vnet());
    for (Nva nva : topology.nvas()) {
      RouteServerPeering firstLine = nva.peeringWith(server.name()).orElse(null);
      if (firstLine == null) {
        continue;
      }
      InstanceAnnouncements announced = InstanceAnnouncements.of(nva, server,
          instance -> NvaAnnouncements.toRouteServer(nva, nva.peeringWith(server.name(), instance).orElseThrow(),
              instance, state, topology, routes));
      List<String> rejections = new ArrayList<>(announced.routes().size());
      announced.routes().forEach(route -> rejections.add(RouteAcceptance.rejection(route, domain)));
      // A session the route limit tore down in an earlier round of the NVA fixed point stays down.
      Integer tornDown = routes.tornDownByRouteLimit(server.name(), nva.name());
      int counted = tornDown == null ? announced.routes().size() : Math.max(tornDown, announced.routes().size());
      List<BgpSession> sessions = SessionCalculator.sessions(server, nva, counted, state, topology);
      peers.add(new RouteServerPeer(server.name(), nva.name(), firstLine.peerIp(), nva.asn(),
          InstanceAnnouncements.peeredInstances(nva, server.name()), sessions, announced.routes(), announced.heardBy(),
          rejections, server.importMap(nva.name())));
    }
    peers.sort(Comparator.comparing(RouteServerPeer::nva));
    return List.copyOf(peers);
  }

  public Network network() {
    return state.network();
  }

  public NetworkState state() {
    return state;
  }

  Topology topology() {
    return topology;
  }

  /** What the NVAs learn from each other, and how many rounds that took. */
  NeighborRoutes neighborRoutes() {
    return neighborRoutes;
  }

  public List<RouteServer> routeServers() {
    List<RouteServer> servers = new ArrayList<>();
    topology.routeServers().forEach(servers::add);
    return servers;
  }

  /** The NVAs peering with {@code routeServer}, by name. */
  public List<RouteServerPeer> peers(String routeServer) {
    return peersByServer.getOrDefault(routeServer, List.of());
  }

  public RouteServerPeer peer(String routeServer, String nva) {
    return peers(routeServer).stream().filter(p -> p.nva().equals(nva)).findFirst().orElse(null);
  }

  /** Every Route Server peering of {@code nva}. */
  public List<RouteServerPeer> peeringsOf(String nva) {
    List<RouteServerPeer> found = new ArrayList<>();
    peersByServer.values().forEach(list -> list.stream().filter(p -> p.nva().equals(nva)).forEach(found::add));
    return found;
  }

  /** {@code list-advertised-routes} of {@code nva} for one instance; empty when the session is not Established. */
  public List<AdvertisedRoute> advertisedRoutes(String routeServer, String nva, RouteServerInstance instance) {
    RouteServerPeer peer = peer(routeServer, nva);
    if (peer == null) {
      return List.of();
    }
    return advertised.computeIfAbsent(new AdvertisedKey(routeServer, nva, instance),
        key -> List.copyOf(advertisingByServer.get(routeServer).advertisedTo(peer, instance)));
  }

  /**
   * Every route map the Route Servers apply to their NVA peerings, with what each rule did, on the first instance
   * with an Established session; a peering without one has nothing to show.
   */
  public List<RouteMapUse> routeMapUses() {
    List<RouteMapUse> uses = new ArrayList<>();
    for (RouteServer server : topology.routeServers()) {
      for (RouteServerPeer peer : peers(server.name())) {
        RouteServerInstance instance = peer.sessions().stream().filter(BgpSession::established).map(BgpSession::instance)
            .findFirst().orElse(null);
        if (instance == null) {
          continue;
        }
        if (server.importMap(peer.nva()) != null) {
          uses.add(new RouteMapUse(server.name(), false, peer.nva(), server.importMap(peer.nva()), instance,
              RouteMapEvaluation.explain(server.importMap(peer.nva()), peer.acceptedBeforeImportMap(instance))));
        }
        if (server.exportMap(peer.nva()) != null) {
          uses.add(new RouteMapUse(server.name(), true, peer.nva(), server.exportMap(peer.nva()), instance,
              RouteMapEvaluation.explain(server.exportMap(peer.nva()),
                  advertisingByServer.get(server.name()).passedOnBeforeExportMap(peer, instance))));
        }
      }
    }
    return uses;
  }

  /** Every subnet, in model order. */
  public List<SubnetRef> subnets() {
    return List.copyOf(effective.keySet());
  }

  /** The subnet's effective routes, null for an unknown subnet. */
  public EffectiveRouteTable effectiveRoutes(SubnetRef subnet) {
    return effective.get(subnet);
  }

  /** A VM's effective routes: those of its subnet. Null for an unknown VM. */
  public EffectiveRouteTable effectiveRoutesOfVm(String vm) {
    Vm found = topology.vm(vm);
    return found == null ? null : effective.get(found.subnet());
  }

  /** The NVA's own forwarding table, null for an unknown NVA. */
  public NvaForwardingTable nvaRoutes(String nva) {
    Nva found = topology.nva(nva);
    if (found == null) {
      return null;
    }
    return nvaTables.computeIfAbsent(nva, name -> NvaForwardingTable.build(found, routesFromRouteServers(found),
        neighborRoutes.learnedBy(name), routesOverTunnels(found), topology));
  }

  private List<NvaRoute> routesFromRouteServers(Nva nva) {
    VendorProfile profile = VendorProfile.of(nva.vendor());
    List<NvaRoute> routes = new ArrayList<>();
    for (ReceivedFromRouteServer received : receivedFromRouteServers(nva)) {
      BgpRoute route = received.route();
      routes.add(new NvaRoute(route.prefix(), NvaRouteProtocol.BGP, profile.ebgpDistance(), received.peering().nic(),
          route.nextHop(), null, route.asPath()));
    }
    return routes;
  }

  private List<NvaRoute> routesOverTunnels(Nva nva) {
    int distance = VendorProfile.of(nva.vendor()).ebgpDistance();
    List<NvaRoute> routes = new ArrayList<>();
    for (ReceivedOverTunnel received : receivedOverTunnels(nva)) {
      BgpRoute route = received.route();
      routes.add(new NvaRoute(route.prefix(), NvaRouteProtocol.BGP, distance, null, route.nextHop(), null,
          route.asPath(), received.tunnel().gateway()));
    }
    return routes;
  }

  /** A route {@code nva} kept of what a VPN gateway advertised to it over its tunnel. */
  record ReceivedOverTunnel(TunnelPeering tunnel, BgpRoute route) {
  }

  /**
   * What {@code nva} keeps of what each VPN gateway it has a tunnel to advertises to it (as to a site): after its loop
   * check and the tunnel's import policy. Nothing while the NVA is down.
   */
  List<ReceivedOverTunnel> receivedOverTunnels(Nva nva) {
    List<ReceivedOverTunnel> received = new ArrayList<>();
    if (state.isDown(nva.name())) {
      return received;
    }
    for (TunnelPeering tunnel : nva.bgp().tunnels()) {
      GatewayTables tables = gatewayTables(tunnel.gateway());
      if (tables != null) {
        for (BgpRoute route : SessionPolicies.received(nva.asn(), tunnel.policy(),
            GatewayBgp.sentOverTunnel(tunnel, tables))) {
          received.add(new ReceivedOverTunnel(tunnel, route));
        }
      }
    }
    return received;
  }

  /** A route {@code nva} kept of what one Route Server instance advertised to it over {@code peering}. */
  record ReceivedFromRouteServer(RouteServerPeering peering, RouteServerInstance instance, BgpRoute route) {
  }

  /** Everything {@code nva} keeps of what the Route Servers advertise to it, instance by instance. */
  List<ReceivedFromRouteServer> receivedFromRouteServers(Nva nva) {
    List<ReceivedFromRouteServer> received = new ArrayList<>();
    NeighborRoutes.receivedFromRouteServers(nva, routeServerSide, topology, (peering, instance, route) ->
        received.add(new ReceivedFromRouteServer(peering, instance, route)));
    return received;
  }

  /** What {@code gateway} learns over the tunnels of NVAs. */
  List<TunnelRoute> tunnelRoutes(String gateway) {
    return tunnelRoutes.getOrDefault(gateway, List.of());
  }

  /** How {@code server} advertises to its peers, null for an unknown Route Server. */
  RouteAdvertising routeAdvertising(String server) {
    return advertisingByServer.get(server);
  }

  /** Every gateway, in model order. */
  public List<Gateway> gateways() {
    return state.network().gateways();
  }

  /** A gateway's BGP peers, learned and advertised routes (fact 94); null for an unknown gateway. */
  public GatewayTables gatewayTables(String gateway) {
    Gateway found = topology.gateway(gateway);
    return found == null ? null : gatewayTables.computeIfAbsent(gateway, name -> gatewayBgp.tables(found));
  }

  /** What on-premises receives over BGP from the gateway or NVA the site is connected by; empty for an unknown site. */
  public List<SiteLearnedRoute> siteRoutes(String site) {
    Site found = state.network().sites().stream().filter(s -> s.name().equals(site)).findFirst().orElse(null);
    if (found == null) {
      return List.of();
    }
    Gateway gateway = topology.gateway(found.via());
    if (gateway != null) {
      return GatewayBgp.receivedBy(found, gatewayTables(gateway.name()));
    }
    Nva nva = topology.nva(found.via());
    return nva == null ? List.of() : nvaBgp.sentToSite(nva, found);
  }

  /** The NVA's BGP table: what it holds from each peer after its import policy; empty for an unknown NVA. */
  public List<NvaBgpRoute> nvaBgpRoutes(String nva) {
    Nva found = topology.nva(nva);
    return found == null ? List.of() : nvaBgp.routes(found);
  }

  /** The NVA's BGP sessions with Route Servers, neighbours and sites; empty for an unknown NVA. */
  public List<NvaSession> nvaSessions(String nva) {
    Nva found = topology.nva(nva);
    return found == null ? List.of() : nvaBgp.sessions(found);
  }

  /**
   * The packet from {@code from} (a VM, an NVA or a site) to {@code to}, hop by hop, and its reply; null for an
   * unknown name. A site's packet enters through the gateway or NVA it is connected by.
   */
  public Trace trace(String from, Destination to) {
    Vm vm = topology.vm(from);
    if (vm != null) {
      return flows.trace(new TraceEngine.FromVm(vm), to);
    }
    Nva nva = topology.nva(from);
    if (nva != null && !nva.nics().isEmpty()) {
      return flows.trace(new TraceEngine.FromNva(nva), to);
    }
    Site site = state.network().sites().stream().filter(s -> s.name().equals(from)).findFirst().orElse(null);
    return site == null ? null : flows.trace(new TraceEngine.FromSite(site), to);
  }

  /**
   * The packet from the address {@code source} to {@code to}: sent by the VM or NVA that holds it, from the site whose
   * prefix holds it most specifically (entering where the site is connected), or from an address of a subnet; null
   * when nothing of the model holds it.
   */
  public Trace traceFrom(Ipv4Address source, Destination to) {
    Vm vm = topology.vmAt(source);
    if (vm != null) {
      return flows.trace(new TraceEngine.FromVm(vm), to);
    }
    NicOwner nic = topology.nicAt(source);
    if (nic != null) {
      return flows.trace(new TraceEngine.FromNva(nic.nva(), source), to);
    }
    Site best = null;
    int bestLength = -1;
    for (Site site : state.network().sites()) {
      for (var prefix : site.prefixes()) {
        if (prefix.prefix().contains(source) && prefix.prefix().length() > bestLength) {
          best = site;
          bestLength = prefix.prefix().length();
        }
      }
    }
    if (best != null) {
      return flows.trace(new TraceEngine.FromSite(best, source), to);
    }
    for (Vnet vnet : topology.vnets()) {
      SubnetRef subnet = topology.subnetHolding(vnet.name(), source);
      if (subnet != null) {
        return flows.trace(new TraceEngine.FromAddress(subnet, source), to);
      }
    }
    return null;
  }
}
