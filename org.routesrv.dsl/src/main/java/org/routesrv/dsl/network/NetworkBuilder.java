package org.routesrv.dsl.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.azure.RouteServerLimits;
import org.routesrv.dsl.azure.VendorProfile;

/**
 * Builds a {@link Network} in code with the defaults of language.md applied in {@link #build()}, the
 * same way the lowering from the editor's model does: tests and generators write only what an RSNet
 * file would say. Each value comes typed (as the lowering passes what the grammar's converters made)
 * or as text (for code and tests), which is parsed here, once.
 *
 * <pre>{@code
 * Network net = NetworkBuilder.network("demo")
 *     .vnet("hub", v -> v.addressSpace("10.0.0.0/16").subnet("RouteServerSubnet", "10.0.1.0/26"))
 *     .routeServer("ars", "hub")
 *     .nva("nva1", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva", "10.0.2.4", true)
 *         .peer("ars", "eth0").advertise("0.0.0.0/0"))
 *     .build();
 * }</pre>
 */
public final class NetworkBuilder {

  /** Route Server's BGP timers, the defaults of a peering that does not set its own (fact 20). */
  public static final Duration ROUTE_SERVER_KEEPALIVE = Duration.ofSeconds(60);
  public static final Duration ROUTE_SERVER_HOLD = Duration.ofSeconds(180);
  public static final ProgrammingDelay DEFAULT_PROGRAMMING_DELAY = ProgrammingDelay.MEASURED;


  private final String name;
  private String defaultLocation;
  private final List<VnetSpec> vnets = new ArrayList<>();
  private final List<VnetPeering> peerings = new ArrayList<>();
  private final List<RouteTable> routeTables = new ArrayList<>();
  private final List<String> nsgs = new ArrayList<>();
  private final List<RouteServerSpec> routeServers = new ArrayList<>();
  private final List<NvaSpec> nvas = new ArrayList<>();
  private final List<GatewaySpec> gateways = new ArrayList<>();
  private final List<SiteSpec> sites = new ArrayList<>();
  private final List<VmSpec> vms = new ArrayList<>();
  private final List<Expectation> expectations = new ArrayList<>();
  private final List<ScenarioSpec> scenarios = new ArrayList<>();

  private NetworkBuilder(String name) {
    this.name = name;
  }

  public static NetworkBuilder network(String name) {
    return new NetworkBuilder(name);
  }

  public NetworkBuilder location(String location) {
    this.defaultLocation = location;
    return this;
  }

  public NetworkBuilder vnet(String vnetName, Consumer<VnetSpec> spec) {
    VnetSpec vnet = new VnetSpec(vnetName);
    spec.accept(vnet);
    vnets.add(vnet);
    return this;
  }

  /** A plain peering: each side sees the other's address space and nothing else. */
  public NetworkBuilder peering(String left, String right) {
    return peering(left, right, p -> { });
  }

  public NetworkBuilder peering(String left, String right, Consumer<PeeringSpec> spec) {
    PeeringSpec peering = new PeeringSpec(left, right);
    spec.accept(peering);
    peerings.add(peering.build());
    return this;
  }

  public NetworkBuilder routeTable(String tableName, Consumer<RouteTableSpec> spec) {
    RouteTableSpec table = new RouteTableSpec();
    spec.accept(table);
    routeTables.add(new RouteTable(tableName, table.bgpPropagation, table.routes));
    return this;
  }

  public NetworkBuilder nsg(String nsgName) {
    nsgs.add(nsgName);
    return this;
  }

  public NetworkBuilder routeServer(String serverName, String vnet) {
    return routeServer(serverName, vnet, r -> { });
  }

  public NetworkBuilder routeServer(String serverName, String vnet, Consumer<RouteServerSpec> spec) {
    RouteServerSpec server = new RouteServerSpec(serverName, vnet);
    spec.accept(server);
    routeServers.add(server);
    return this;
  }

  public NetworkBuilder nva(String nvaName, NvaVendor vendor, long asn, Consumer<NvaSpec> spec) {
    NvaSpec nva = new NvaSpec(nvaName, vendor, asn);
    spec.accept(nva);
    nvas.add(nva);
    return this;
  }

  public NetworkBuilder vpnGateway(String gatewayName, String vnet, Consumer<GatewaySpec> spec) {
    GatewaySpec gateway = new GatewaySpec(gatewayName, vnet, true);
    spec.accept(gateway);
    gateways.add(gateway);
    return this;
  }

  public NetworkBuilder expressRouteGateway(String gatewayName, String vnet) {
    gateways.add(new GatewaySpec(gatewayName, vnet, false));
    return this;
  }

  public NetworkBuilder expressRouteGateway(String gatewayName, String vnet, Consumer<GatewaySpec> spec) {
    GatewaySpec gateway = new GatewaySpec(gatewayName, vnet, false);
    spec.accept(gateway);
    gateways.add(gateway);
    return this;
  }

  /** A site; {@code asn} {@link Site#STATIC} for a local network gateway with static prefixes. */
  public NetworkBuilder site(String siteName, long asn, String via, Consumer<SiteSpec> spec) {
    SiteSpec site = new SiteSpec(siteName, asn, via);
    spec.accept(site);
    sites.add(site);
    return this;
  }

  /** A VM in {@code subnet}, written {@code hub.workload} as in RSNet. */
  public NetworkBuilder vm(String vmName, String subnet, String ip) {
    return vm(vmName, subnet, Ipv4Address.parse(ip));
  }

  public NetworkBuilder vm(String vmName, String subnet, Ipv4Address ip) {
    vms.add(new VmSpec(vmName, subnet, ip));
    return this;
  }

  public NetworkBuilder expect(Expectation expectation) {
    expectations.add(expectation);
    return this;
  }

  public NetworkBuilder scenario(String scenarioName, Consumer<ScenarioSpec> spec) {
    ScenarioSpec scenario = new ScenarioSpec(scenarioName);
    spec.accept(scenario);
    scenarios.add(scenario);
    return this;
  }

  public Network build() {
    List<Vnet> builtVnets = vnets.stream()
        .map(v -> new Vnet(v.name, v.location != null ? v.location : defaultLocation, v.addressSpaces, v.subnets))
        .toList();
    Map<String, Vnet> vnetsByName = new HashMap<>();
    builtVnets.forEach(v -> vnetsByName.put(v.name(), v));
    Map<String, NvaSpec> nvasByName = new LinkedHashMap<>();
    nvas.forEach(n -> nvasByName.put(n.name, n));
    List<Nva> builtNvas = nvas.stream().map(n -> n.build(vnetsByName)).toList();
    List<Scenario> builtScenarios = scenarios.stream().map(s -> s.build(nvasByName)).toList();
    List<Vm> builtVms = vms.stream()
        .map(v -> new Vm(v.name, SubnetRef.parse(v.subnet), v.ip))
        .toList();
    return new Network(name, builtVnets, peerings, routeTables, nsgs,
        routeServers.stream().map(r -> r.build(vnetsByName)).toList(), builtNvas, buildGateways(vnetsByName),
        buildSites(builtNvas), builtVms, expectations, builtScenarios);
  }

  /**
   * A site behind an NVA whose {@code bgp-ip} is not written peers from the address of the NVA's neighbour line with
   * the site's ASN, when there is one; other sites get placeholders.
   */
  private List<Site> buildSites(List<Nva> builtNvas) {
    int placeholders = 0;
    List<Site> built = new ArrayList<>();
    for (SiteSpec spec : sites) {
      Ipv4Address bgpIp = spec.bgpIp != null ? spec.bgpIp : neighborLineFor(spec, builtNvas);
      if (bgpIp == null) {
        bgpIp = Site.PLACEHOLDER_BGP_IPS.first().plus(++placeholders);
      }
      built.add(new Site(spec.name, spec.asn, spec.via, bgpIp, spec.prefixes));
    }
    return built;
  }

  private static Ipv4Address neighborLineFor(SiteSpec site, List<Nva> builtNvas) {
    for (Nva nva : builtNvas) {
      if (nva.name().equals(site.via) && site.asn != Site.STATIC) {
        for (BgpNeighbor neighbor : nva.bgp().neighbors()) {
          if (neighbor.asn() == site.asn) {
            return neighbor.ip();
          }
        }
      }
    }
    return null;
  }

  private List<Gateway> buildGateways(Map<String, Vnet> vnetsByName) {
    Map<String, Integer> nextOffsetByVnet = new HashMap<>();
    int placeholders = 0;
    List<Gateway> built = new ArrayList<>();
    for (GatewaySpec spec : gateways) {
      List<Ipv4Address> ips = spec.bgpIps;
      if (ips.isEmpty()) {
        int count = spec.vpn && !spec.activeActive ? 1 : 2;
        int offset = nextOffsetByVnet.getOrDefault(spec.vnet, AzureSubnets.FIRST_SERVICE_OFFSET);
        Ipv4Address start = reservedSubnet(vnetsByName, spec.vnet, AzureSubnets.GATEWAY_SUBNET, spec.name).prefix().first();
        ips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          ips.add(start.plus(offset + i));
        }
        nextOffsetByVnet.put(spec.vnet, offset + count);
      }
      if (!spec.vpn) {
        built.add(new ExpressRouteGateway(spec.name, spec.vnet, ips));
        continue;
      }
      Ipv4Address publicIp = spec.publicIp;
      if (publicIp == null) {
        publicIp = VpnGateway.PLACEHOLDER_PUBLIC_IPS.first().plus(++placeholders);
      }
      built.add(new VpnGateway(spec.name, spec.vnet, spec.activeActive, spec.asn, ips, publicIp));
    }
    return built;
  }

  private static Subnet reservedSubnet(Map<String, Vnet> vnetsByName, String vnet, String subnet, String user) {
    Vnet found = vnetsByName.get(vnet);
    if (found == null) {
      throw new IllegalArgumentException(user + " is in vnet " + vnet + ", which is not declared");
    }
    return found.subnet(subnet).orElseThrow(
        () -> new IllegalArgumentException(user + " needs subnet " + subnet + " in vnet " + vnet));
  }

  private record VmSpec(String name, String subnet, Ipv4Address ip) {
  }

  private record NicSpec(String name, String subnet, Ipv4Address ip, boolean ipForwarding) {
  }

  /** Exactly one of {@code nic} and {@code nextHopIp} is set, as in {@code static P via NIC|IP}. */
  private record StaticSpec(Ipv4Prefix prefix, String nic, Ipv4Address nextHopIp) {
  }

  private record PendingAnnouncement(String nva, AdvertisementSpec spec) {
  }

  private static Subnet subnetOf(Map<String, Vnet> vnetsByName, SubnetRef ref) {
    return reservedSubnet(vnetsByName, ref.vnet(), ref.subnet(), "subnet reference " + ref);
  }

  public static final class VnetSpec {
    private final String name;
    private String location;
    private final List<Ipv4Prefix> addressSpaces = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();

    private VnetSpec(String name) {
      this.name = name;
    }

    public VnetSpec location(String vnetLocation) {
      this.location = vnetLocation;
      return this;
    }

    public VnetSpec addressSpace(String... prefixes) {
      for (String prefix : prefixes) {
        addressSpace(Ipv4Prefix.parse(prefix));
      }
      return this;
    }

    public VnetSpec addressSpace(Ipv4Prefix... prefixes) {
      for (Ipv4Prefix prefix : prefixes) {
        addressSpaces.add(prefix.network());
      }
      return this;
    }

    public VnetSpec subnet(String subnetName, String prefix) {
      return subnet(subnetName, prefix, null, null);
    }

    public VnetSpec subnet(String subnetName, String prefix, String routeTable) {
      return subnet(subnetName, prefix, routeTable, null);
    }

    public VnetSpec subnet(String subnetName, String prefix, String routeTable, String nsg) {
      return subnet(subnetName, Ipv4Prefix.parse(prefix), routeTable, nsg);
    }

    public VnetSpec subnet(String subnetName, Ipv4Prefix prefix, String routeTable, String nsg) {
      subnets.add(new Subnet(subnetName, prefix.network(), routeTable, nsg));
      return this;
    }
  }

  public static final class PeeringSpec {
    private final String left;
    private final String right;
    private boolean leftAllowsTransit;
    private boolean rightAllowsTransit;
    private boolean leftUsesRemote;
    private boolean rightUsesRemote;
    private boolean forwardedTraffic = true;

    private PeeringSpec(String left, String right) {
      this.left = left;
      this.right = right;
    }

    /** {@code transit via VNET}: VNET allows gateway transit and the other side uses it. */
    public PeeringSpec transitVia(String vnet) {
      allowGatewayTransit(vnet);
      return useRemoteGateways(vnet.equals(left) ? right : left);
    }

    public PeeringSpec allowGatewayTransit(String vnet) {
      if (vnet.equals(left)) {
        leftAllowsTransit = true;
      } else {
        rightAllowsTransit = true;
      }
      return this;
    }

    public PeeringSpec useRemoteGateways(String vnet) {
      if (vnet.equals(left)) {
        leftUsesRemote = true;
      } else {
        rightUsesRemote = true;
      }
      return this;
    }

    public PeeringSpec forwardedTraffic(boolean allowed) {
      this.forwardedTraffic = allowed;
      return this;
    }

    private VnetPeering build() {
      return new VnetPeering(new PeeringSide(left, leftAllowsTransit, leftUsesRemote, forwardedTraffic),
          new PeeringSide(right, rightAllowsTransit, rightUsesRemote, forwardedTraffic));
    }
  }

  public static final class RouteTableSpec {
    private boolean bgpPropagation = true;
    private final List<UserRoute> routes = new ArrayList<>();

    private RouteTableSpec() {
    }

    public RouteTableSpec bgpPropagation(boolean on) {
      this.bgpPropagation = on;
      return this;
    }

    public RouteTableSpec route(String routeName, String prefix, UserRouteNextHop nextHop) {
      return route(routeName, Ipv4Prefix.parse(prefix), nextHop);
    }

    public RouteTableSpec route(String routeName, Ipv4Prefix prefix, UserRouteNextHop nextHop) {
      routes.add(new UserRoute(routeName, prefix.network(), nextHop, null));
      return this;
    }

    public RouteTableSpec routeToAppliance(String routeName, String prefix, String applianceIp) {
      return routeToAppliance(routeName, Ipv4Prefix.parse(prefix), Ipv4Address.parse(applianceIp));
    }

    public RouteTableSpec routeToAppliance(String routeName, Ipv4Prefix prefix, Ipv4Address applianceIp) {
      routes.add(new UserRoute(routeName, prefix.network(), UserRouteNextHop.APPLIANCE, applianceIp));
      return this;
    }

  }

  public static final class RouteServerSpec {
    private final String name;
    private final String vnet;
    private boolean branchToBranch;
    private RoutingPreference routingPreference = RoutingPreference.EXPRESS_ROUTE;
    private ProgrammingDelay programmingDelay = DEFAULT_PROGRAMMING_DELAY;
    private PublicIpSku publicIp = PublicIpSku.STANDARD;
    private int capacity = RouteServerLimits.DEFAULT_CAPACITY;
    private List<Ipv4Address> instanceOrder = List.of();
    private InstanceSelection programmedFrom = InstanceSelection.BOTH;
    private final Map<String, RouteMap> importMaps = new LinkedHashMap<>();
    private final Map<String, RouteMap> exportMaps = new LinkedHashMap<>();

    private RouteServerSpec(String name, String vnet) {
      this.name = name;
      this.vnet = vnet;
    }

    public RouteServerSpec branchToBranch(boolean on) {
      this.branchToBranch = on;
      return this;
    }

    public RouteServerSpec routingPreference(RoutingPreference preference) {
      this.routingPreference = preference;
      return this;
    }

    public RouteServerSpec programmingDelay(Duration delay) {
      this.programmingDelay = ProgrammingDelay.exactly(delay);
      return this;
    }

    public RouteServerSpec programmingDelay(Duration shortest, Duration longest) {
      this.programmingDelay = new ProgrammingDelay(shortest, longest);
      return this;
    }

    public RouteServerSpec publicIp(PublicIpSku sku) {
      this.publicIp = sku;
      return this;
    }

    public RouteServerSpec capacity(int units) {
      this.capacity = units;
      return this;
    }

    /** Which instance address Azure lists first, as read from a deployment (fact 86). */
    public RouteServerSpec instanceOrder(Ipv4Address first, Ipv4Address second) {
      this.instanceOrder = List.of(first, second);
      return this;
    }

    public RouteServerSpec instanceOrder(String first, String second) {
      return instanceOrder(Ipv4Address.parse(first), Ipv4Address.parse(second));
    }

    /** {@code import MAP from PEER} (fact 89). */
    public RouteServerSpec importMap(RouteMap map, String peer) {
      importMaps.put(peer, map);
      return this;
    }

    /** {@code export MAP to PEER} (fact 89). */
    public RouteServerSpec exportMap(RouteMap map, String peer) {
      exportMaps.put(peer, map);
      return this;
    }

    /** Whose learned routes Azure programs when the instances heard different attributes (fact 88). */
    public RouteServerSpec programmedFrom(InstanceSelection instances) {
      this.programmedFrom = instances;
      return this;
    }

    private RouteServer build(Map<String, Vnet> vnetsByName) {
      Ipv4Prefix subnet = reservedSubnet(vnetsByName, vnet, AzureSubnets.ROUTE_SERVER_SUBNET, "route-server " + name)
          .prefix();
      String orderProblem = instanceOrder.isEmpty() ? null : AzureSubnets.instanceOrderProblem(subnet, instanceOrder);
      if (orderProblem != null) {
        throw new IllegalArgumentException("route-server " + name + ": " + orderProblem);
      }
      return new RouteServer(name, vnet, AzureSubnets.routeServerInstanceIps(subnet, instanceOrder),
          branchToBranch, routingPreference, programmingDelay, publicIp, capacity, programmedFrom, importMaps, exportMaps);
    }
  }

  public static final class NvaSpec {
    private final String name;
    private final NvaVendor vendor;
    private final long asn;
    private final List<NicSpec> nics = new ArrayList<>();
    private final List<StaticSpec> statics = new ArrayList<>();
    private boolean snat;
    private Boolean stateful;
    private Ipv4Address routerId;
    private final List<PeerSpec> peers = new ArrayList<>();
    private final List<BgpNeighbor> neighbors = new ArrayList<>();
    private final List<TunnelSpec> tunnels = new ArrayList<>();
    private final List<AdvertisementSpec> advertisements = new ArrayList<>();

    private NvaSpec(String name, NvaVendor vendor, long asn) {
      this.name = name;
      this.vendor = vendor;
      this.asn = asn;
    }

    public NvaSpec nic(String nicName, String subnet, String ip) {
      return nic(nicName, subnet, ip, false);
    }

    public NvaSpec nic(String nicName, String subnet, String ip, boolean ipForwarding) {
      return nic(nicName, subnet, Ipv4Address.parse(ip), ipForwarding);
    }

    public NvaSpec nic(String nicName, String subnet, Ipv4Address ip, boolean ipForwarding) {
      nics.add(new NicSpec(nicName, subnet, ip, ipForwarding));
      return this;
    }

    public NvaSpec staticVia(String prefix, String nicName) {
      return staticVia(Ipv4Prefix.parse(prefix), nicName);
    }

    public NvaSpec staticVia(Ipv4Prefix prefix, String nicName) {
      statics.add(new StaticSpec(prefix, nicName, null));
      return this;
    }

    public NvaSpec staticTo(String prefix, String nextHopIp) {
      return staticTo(Ipv4Prefix.parse(prefix), Ipv4Address.parse(nextHopIp));
    }

    public NvaSpec staticTo(Ipv4Prefix prefix, Ipv4Address nextHopIp) {
      statics.add(new StaticSpec(prefix, null, nextHopIp));
      return this;
    }

    /** {@code stateful on|off}; without it, the vendor's default. */
    public NvaSpec stateful(boolean on) {
      this.stateful = on;
      return this;
    }

    public NvaSpec snat(boolean on) {
      this.snat = on;
      return this;
    }

    public NvaSpec routerId(String ip) {
      return routerId(Ipv4Address.parse(ip));
    }

    public NvaSpec routerId(Ipv4Address ip) {
      this.routerId = ip;
      return this;
    }

    public NvaSpec peer(String routeServer, String nicName) {
      return peer(routeServer, nicName, p -> { });
    }

    public NvaSpec peer(String routeServer, String nicName, Consumer<PeerSpec> spec) {
      PeerSpec peer = new PeerSpec(routeServer, nicName);
      spec.accept(peer);
      peers.add(peer);
      return this;
    }

    public NvaSpec neighbor(String neighborName, String ip, long neighborAsn) {
      return neighbor(neighborName, Ipv4Address.parse(ip), neighborAsn, null, 1);
    }

    public NvaSpec neighbor(String neighborName, String ip, long neighborAsn, String nicName, int multihop) {
      return neighbor(neighborName, Ipv4Address.parse(ip), neighborAsn, nicName, multihop);
    }

    public NvaSpec neighbor(String neighborName, Ipv4Address ip, long neighborAsn, String nicName, int multihop) {
      return neighbor(neighborName, ip, neighborAsn, nicName, multihop, PeerPolicy.NONE);
    }

    public NvaSpec neighbor(String neighborName, Ipv4Address ip, long neighborAsn, String nicName, int multihop,
        PeerPolicy policy) {
      neighbors.add(new BgpNeighbor(neighborName, ip, neighborAsn, nicName, multihop, policy));
      return this;
    }

    /** {@code peer GATEWAY via tunnel [bgp-ip IP]}; {@code bgpIp} null for the NVA's router ID. */
    public NvaSpec tunnel(String gateway, Ipv4Address bgpIp, PeerPolicy policy) {
      tunnels.add(new TunnelSpec(gateway, bgpIp, policy));
      return this;
    }

    public NvaSpec tunnel(String gateway) {
      return tunnel(gateway, null, PeerPolicy.NONE);
    }

    private record TunnelSpec(String gateway, Ipv4Address bgpIp, PeerPolicy policy) {
    }

    public NvaSpec advertise(String prefix) {
      return advertise(prefix, a -> { });
    }

    public NvaSpec advertise(String prefix, Consumer<AdvertisementSpec> spec) {
      return advertise(Ipv4Prefix.parse(prefix), spec);
    }

    public NvaSpec advertise(Ipv4Prefix prefix, Consumer<AdvertisementSpec> spec) {
      AdvertisementSpec advertisement = new AdvertisementSpec(prefix);
      spec.accept(advertisement);
      advertisements.add(advertisement);
      return this;
    }

    private Ipv4Address nicIp(String nicName) {
      for (NicSpec nic : nics) {
        if (nic.name.equals(nicName)) {
          return nic.ip;
        }
      }
      throw new IllegalArgumentException("nva " + name + " has no nic " + nicName);
    }

    /**
     * One peering per Route Server and NIC, as Azure has one peering per peer IP: lines that name the
     * two instances separately from the same NIC are the sessions of one peering (fact 42).
     */
    private List<RouteServerPeering> peerings() {
      Map<List<String>, RouteServerPeering> byPeer = new LinkedHashMap<>();
      for (PeerSpec p : peers) {
        RouteServerPeering line = new RouteServerPeering(p.routeServer, p.nic, nicIp(p.nic), p.keepalive, p.hold,
            p.instances, p.policy);
        byPeer.merge(List.of(p.routeServer, p.nic), line, (first, next) -> new RouteServerPeering(first.routeServer(),
            first.nic(), first.peerIp(), first.keepalive(), first.hold(), first.instances().and(next.instances()),
            first.policy()));
      }
      return List.copyOf(byPeer.values());
    }

    /** The next hop of its advertisements and its router id: the NIC it peers with Route Server through. */
    private Ipv4Address defaultSourceIp() {
      if (!peers.isEmpty()) {
        return nicIp(peers.get(0).nic);
      }
      return nics.isEmpty() ? null : nics.get(0).ip;
    }

    Advertisement resolve(AdvertisementSpec spec) {
      return spec.build(asn, defaultSourceIp(), new AsPaths());
    }

    private Nva build(Map<String, Vnet> vnetsByName) {
      List<Nic> builtNics = nics.stream()
          .map(n -> new Nic(n.name, SubnetRef.parse(n.subnet), n.ip, n.ipForwarding))
          .toList();
      List<StaticRoute> builtStatics = new ArrayList<>();
      for (StaticSpec route : statics) {
        Ipv4Prefix prefix = route.prefix.network();
        if (route.nic != null) {
          Nic nic = builtNics.stream().filter(n -> n.name().equals(route.nic)).findFirst()
              .orElseThrow(() -> new IllegalArgumentException("nva " + name + " has no nic " + route.nic));
          builtStatics.add(new StaticRoute(prefix, nic.name(), subnetOf(vnetsByName, nic.subnet()).azureGateway()));
        } else {
          builtStatics.add(new StaticRoute(prefix, null, route.nextHopIp));
        }
      }
      List<RouteServerPeering> builtPeers = peerings();
      Ipv4Address builtRouterId = routerId != null ? routerId : defaultSourceIp();
      Ipv4Address source = defaultSourceIp();
      AsPaths paths = new AsPaths();
      List<Advertisement> builtAdvertisements = advertisements.stream().map(a -> a.build(asn, source, paths)).toList();
      return new Nva(name, vendor, asn, builtNics, builtStatics, snat,
          stateful != null ? stateful : VendorProfile.of(vendor).statefulByDefault(),
          new Bgp(builtRouterId, builtPeers, neighbors, tunnels.stream().map(t -> new TunnelPeering(t.gateway(),
              t.bgpIp() != null ? t.bgpIp() : builtRouterId, t.policy())).toList(), builtAdvertisements));
    }
  }

  public static final class PeerSpec {
    private final String routeServer;
    private final String nic;
    private Duration keepalive = ROUTE_SERVER_KEEPALIVE;
    private Duration hold = ROUTE_SERVER_HOLD;
    private InstanceSelection instances = InstanceSelection.BOTH;
    private PeerPolicy policy = PeerPolicy.NONE;

    private PeerSpec(String routeServer, String nic) {
      this.routeServer = routeServer;
      this.nic = nic;
    }

    public PeerSpec timers(Duration keepaliveTime, Duration holdTime) {
      this.keepalive = keepaliveTime;
      this.hold = holdTime;
      return this;
    }

    public PeerSpec instances(InstanceSelection selection) {
      this.instances = selection;
      return this;
    }

    public PeerSpec policy(PeerPolicy sessionPolicy) {
      this.policy = sessionPolicy;
      return this;
    }
  }

  public static final class AdvertisementSpec {
    private final Ipv4Prefix prefix;
    private Ipv4Address nextHop;
    private int prepend;
    private long[] asPath;
    /** Made on the first community: most of the thousands of advertisements of a large network have none. */
    private List<Community> communities = List.of();
    private boolean noAdvertise;
    private String toPeer;
    private RouteServerInstance toInstance;
    private Ipv4Prefix whenLearned;
    private String whenLearnedFrom;

    private AdvertisementSpec(Ipv4Prefix prefix) {
      this.prefix = prefix;
    }

    public AdvertisementSpec nextHop(String ip) {
      return nextHop(Ipv4Address.parse(ip));
    }

    public AdvertisementSpec nextHop(Ipv4Address ip) {
      this.nextHop = ip;
      return this;
    }

    /** {@code prepend N}: the path becomes the NVA's ASN written N+1 times. */
    public AdvertisementSpec prepend(int times) {
      this.prepend = times;
      return this;
    }

    /** {@code as-path ASN+}: the whole path exactly as the peer receives it. */
    public AdvertisementSpec asPath(long... asns) {
      this.asPath = asns.clone();
      return this;
    }

    public AdvertisementSpec community(String... values) {
      return community(Arrays.stream(values).map(Community::parse).toList());
    }

    public AdvertisementSpec community(List<Community> values) {
      if (communities.isEmpty()) {
        communities = new ArrayList<>(values.size());
      }
      communities.addAll(values);
      return this;
    }

    public AdvertisementSpec noAdvertise() {
      this.noAdvertise = true;
      return this;
    }

    public AdvertisementSpec to(String peer) {
      this.toPeer = peer;
      return this;
    }

    /** {@code when-learned PREFIX [from PEER]}: announced only while the NVA's BGP table has PREFIX (from PEER). */
    public AdvertisementSpec whenLearned(Ipv4Prefix prefix, String fromPeer) {
      this.whenLearned = prefix.network();
      this.whenLearnedFrom = fromPeer;
      return this;
    }

    /** {@code to ROUTESERVER instance first|second}: only that instance hears the route (fact 88). */
    public AdvertisementSpec to(String routeServer, RouteServerInstance instance) {
      this.toPeer = routeServer;
      this.toInstance = instance;
      return this;
    }

    private Advertisement build(long ownAsn, Ipv4Address defaultNextHop, AsPaths paths) {
      long[] path = asPath;
      if (path == null) {
        path = new long[prepend + 1];
        Arrays.fill(path, ownAsn);
      }
      List<Community> all = communities;
      if (noAdvertise && !all.contains(Community.NO_ADVERTISE)) {
        all = new ArrayList<>(communities);
        all.add(Community.NO_ADVERTISE);
      }
      return new Advertisement(prefix.network(), nextHop != null ? nextHop : defaultNextHop, paths.of(path), all,
          toPeer, toInstance, whenLearned, whenLearnedFrom);
    }
  }

  /**
   * One AS path object per distinct path of an NVA's advertisements: thousands of advertisements usually share a
   * handful of paths, and each path object is several small objects.
   */
  private static final class AsPaths {
    private final Map<PathKey, AsPath> known = new HashMap<>();

    AsPath of(long[] asns) {
      return known.computeIfAbsent(new PathKey(asns), key -> AsPath.of(key.asns));
    }

    private record PathKey(long[] asns) {
      @Override
      public boolean equals(Object other) {
        return other instanceof PathKey key && Arrays.equals(asns, key.asns);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(asns);
      }

      @Override
      public String toString() {
        return Arrays.toString(asns);
      }
    }
  }

  public static final class GatewaySpec {
    private final String name;
    private final String vnet;
    private final boolean vpn;
    private boolean activeActive;
    private long asn = AzureAsns.VPN_GATEWAY_DEFAULT;
    private final List<Ipv4Address> bgpIps = new ArrayList<>();
    private Ipv4Address publicIp;

    private GatewaySpec(String name, String vnet, boolean vpn) {
      this.name = name;
      this.vnet = vnet;
      this.vpn = vpn;
    }

    public GatewaySpec activeActive() {
      this.activeActive = true;
      return this;
    }

    public GatewaySpec asn(long gatewayAsn) {
      this.asn = gatewayAsn;
      return this;
    }

    public GatewaySpec bgpIps(String... ips) {
      return bgpIps(Arrays.stream(ips).map(Ipv4Address::parse).toList());
    }

    public GatewaySpec bgpIps(List<Ipv4Address> ips) {
      bgpIps.addAll(ips);
      return this;
    }

    /** A VPN gateway's public IP, the next hop of its routes unless it is active-active (fact 83). */
    public GatewaySpec publicIp(Ipv4Address ip) {
      this.publicIp = ip;
      return this;
    }

    public GatewaySpec publicIp(String ip) {
      return publicIp(Ipv4Address.parse(ip));
    }
  }

  public static final class SiteSpec {
    private final String name;
    private final long asn;
    private final String via;
    private Ipv4Address bgpIp;
    private final List<SitePrefix> prefixes = new ArrayList<>();

    private SiteSpec(String name, long asn, String via) {
      this.name = name;
      this.asn = asn;
      this.via = via;
    }

    public SiteSpec bgpIp(Ipv4Address ip) {
      this.bgpIp = ip;
      return this;
    }

    public SiteSpec bgpIp(String ip) {
      return bgpIp(Ipv4Address.parse(ip));
    }

    public SiteSpec prefix(String prefix, long... asPathBehind) {
      return prefix(Ipv4Prefix.parse(prefix), asPathBehind);
    }

    public SiteSpec prefix(Ipv4Prefix prefix, long... asPathBehind) {
      prefixes.add(new SitePrefix(prefix.network(), AsPath.of(asPathBehind)));
      return this;
    }
  }

  public static final class ScenarioSpec {
    private final String name;
    private final List<Object> events = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();

    private ScenarioSpec(String name) {
      this.name = name;
    }

    public ScenarioSpec fail(String nva, ScenarioEvent.FailureMode mode) {
      events.add(new ScenarioEvent.NvaFailure(nva, mode));
      return this;
    }

    public ScenarioSpec failInstance(String routeServer, RouteServerInstance instance) {
      events.add(new ScenarioEvent.InstanceFailure(routeServer, instance));
      return this;
    }

    public ScenarioSpec restore(String nva) {
      events.add(new ScenarioEvent.NvaRestore(nva));
      return this;
    }

    public ScenarioSpec withdraw(String nva, String prefix) {
      return withdraw(nva, Ipv4Prefix.parse(prefix));
    }

    public ScenarioSpec withdraw(String nva, Ipv4Prefix prefix) {
      events.add(new ScenarioEvent.Withdrawal(nva, prefix.network()));
      return this;
    }

    public ScenarioSpec advertise(String nva, String prefix) {
      return advertise(nva, prefix, a -> { });
    }

    public ScenarioSpec advertise(String nva, String prefix, Consumer<AdvertisementSpec> spec) {
      return advertise(nva, Ipv4Prefix.parse(prefix), spec);
    }

    public ScenarioSpec advertise(String nva, Ipv4Prefix prefix, Consumer<AdvertisementSpec> spec) {
      AdvertisementSpec advertisement = new AdvertisementSpec(prefix);
      spec.accept(advertisement);
      events.add(new PendingAnnouncement(nva, advertisement));
      return this;
    }

    public ScenarioSpec set(String routeServer, Boolean branchToBranch, RoutingPreference preference) {
      events.add(new ScenarioEvent.RouteServerSetting(routeServer, branchToBranch, preference));
      return this;
    }

    public ScenarioSpec attach(String routeServer, boolean export, RouteMap map, String peer) {
      events.add(new ScenarioEvent.MapAttachment(routeServer, export, map, peer));
      return this;
    }

    public ScenarioSpec detach(String routeServer, boolean export, String peer) {
      events.add(new ScenarioEvent.MapDetachment(routeServer, export, peer));
      return this;
    }

    public ScenarioSpec expect(Expectation expectation) {
      expectations.add(expectation);
      return this;
    }

    private Scenario build(Map<String, NvaSpec> nvasByName) {
      List<ScenarioEvent> built = new ArrayList<>();
      for (Object event : events) {
        if (event instanceof PendingAnnouncement pending) {
          NvaSpec owner = nvasByName.get(pending.nva);
          if (owner == null) {
            throw new IllegalArgumentException("scenario " + name + " advertises from unknown nva " + pending.nva);
          }
          built.add(new ScenarioEvent.Announcement(pending.nva, owner.resolve(pending.spec)));
        } else {
          built.add((ScenarioEvent) event);
        }
      }
      return new Scenario(name, built, expectations);
    }
  }
}
