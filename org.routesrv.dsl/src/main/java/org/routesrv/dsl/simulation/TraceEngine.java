package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.NicForwarding;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.PeeringSide;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Vm;
import org.routesrv.dsl.network.VnetPeering;

/**
 * Follows a packet hop by hop: Azure routes it by the effective routes of the subnet it is sent
 * from; an NVA picks the NIC it leaves by from its own table; a gateway hands it to the site that
 * announced the destination. Every ECMP next hop is followed as its own path.
 *
 * <p>Termination: each path records the routing tables it consulted (a subnet's routes, an NVA, a
 * gateway). The destination never changes, so consulting one of them again repeats the same
 * decision forever: the path ends as a loop. Paths are also capped in length and in number.
 */
final class TraceEngine {

  static final int MAX_HOPS = 64;
  static final int MAX_PATHS = 16;

  private final Simulation simulation;
  private final Topology topology;

  TraceEngine(Simulation simulation, Topology topology) {
    this.simulation = simulation;
    this.topology = topology;
  }

  /** Where a packet starts: a VM, an NVA, a site, or an address in a subnet (a reply's start). */
  sealed interface Start {
    String name();

    Ipv4Address source();
  }

  record FromVm(Vm vm) implements Start {
    public String name() {
      return vm.name();
    }

    public Ipv4Address source() {
      return vm.ip();
    }
  }

  /** An NVA sends from its router ID, else its first NIC's address. */
  record FromNva(Nva nva, Ipv4Address source) implements Start {
    FromNva(Nva nva) {
      this(nva, nva.bgp().routerId() != null ? nva.bgp().routerId() : nva.nics().get(0).ip());
    }

    public String name() {
      return nva.name();
    }
  }

  /** A site's packet comes from the first host of its first prefix, unless it is a reply to another address. */
  record FromSite(Site site, Ipv4Address source) implements Start {
    FromSite(Site site) {
      this(site, site.sampleAddress());
    }

    public String name() {
      return site.name();
    }
  }

  record FromAddress(SubnetRef subnet, Ipv4Address source) implements Start {
    public String name() {
      return source.toString();
    }
  }

  /** The packet from {@code start} to {@code destination}, every ECMP branch followed. */
  Forward forward(Start start, Ipv4Address destination) {
    Run run = new Run(destination);
    Walk walk = new Walk(start.source());
    switch (start) {
      case FromVm vm -> atSubnet(run, walk, vm.vm().subnet(), vm.name(), null);
      case FromNva nva -> atNvaIfUp(run, walk, nva.nva());
      case FromSite site -> fromSite(run, walk, site.site());
      case FromAddress address -> atSubnet(run, walk, address.subnet(), address.name(), null);
    }
    return new Forward(run.paths, run.truncated);
  }

  /** The paths of one direction of a flow. */
  record Forward(List<TracePath> paths, boolean truncated) {
  }

  /**
   * A site's packet enters Azure where the site is connected: a gateway forwards it by its GatewaySubnet's effective
   * routes (so a UDR there steers it), an NVA by its own table.
   */
  private void fromSite(Run run, Walk walk, Site site) {
    Gateway gateway = topology.gateway(site.via());
    if (gateway != null) {
      walk.consult("gateway " + gateway.name());
      SubnetRef gatewaySubnet = new SubnetRef(gateway.vnet(), AzureSubnets.GATEWAY_SUBNET);
      atSubnet(run, walk, gatewaySubnet, gateway.name(), gateway.name());
      return;
    }
    Nva nva = topology.nva(site.via());
    if (nva == null) {
      end(run, walk, TraceResult.DROPPED, site.name() + " is connected by nothing the model has");
      return;
    }
    atNvaIfUp(run, walk, nva);
  }

  private void atNvaIfUp(Run run, Walk walk, Nva nva) {
    if (simulation.state().isDown(nva.name())) {
      end(run, walk, TraceResult.DROPPED, nva.name() + " is down");
      return;
    }
    atNva(run, walk, nva);
  }

  /** The state of one trace: the destination and the finished paths. */
  private static final class Run {
    final Ipv4Address destination;
    final List<TracePath> paths = new ArrayList<>();
    boolean truncated;

    Run(Ipv4Address destination) {
      this.destination = destination;
    }

    boolean full() {
      return paths.size() >= MAX_PATHS;
    }
  }

  /** One path being followed: its hops, the tables it consulted, and the packet's source address. */
  private static final class Walk {
    final List<TraceHop> hops;
    final Set<String> consulted;
    final Ipv4Address source;

    Walk(Ipv4Address source) {
      this(new ArrayList<>(), new HashSet<>(), source);
    }

    private Walk(List<TraceHop> hops, Set<String> consulted, Ipv4Address source) {
      this.hops = hops;
      this.consulted = consulted;
      this.source = source;
    }

    Walk branch(TraceHop hop, Ipv4Address newSource) {
      Walk copy = new Walk(new ArrayList<>(hops), new HashSet<>(consulted), newSource);
      copy.hops.add(hop);
      return copy;
    }

    /** False when this table was already consulted on this path. */
    boolean consult(String table) {
      return consulted.add(table);
    }
  }

  private void end(Run run, Walk walk, TraceResult result, String reason) {
    end(run, walk, result, reason, null);
  }

  private void delivered(Run run, Walk walk, TraceEndpoint endpoint, String reason) {
    end(run, walk, TraceResult.DELIVERED, reason, endpoint);
  }

  private void end(Run run, Walk walk, TraceResult result, String reason, TraceEndpoint endpoint) {
    if (run.full()) {
      run.truncated = true;
      return;
    }
    run.paths.add(new TracePath(result, reason, walk.hops, endpoint, walk.source));
  }

  private boolean stop(Run run, Walk walk) {
    if (run.full()) {
      run.truncated = true;
      return true;
    }
    if (walk.hops.size() >= MAX_HOPS) {
      end(run, walk, TraceResult.DROPPED, "more than " + MAX_HOPS + " hops");
      return true;
    }
    return false;
  }

  private void atSubnet(Run run, Walk walk, SubnetRef subnet, String label, String node) {
    if (stop(run, walk)) {
      return;
    }
    if (!walk.consult("subnet " + subnet)) {
      end(run, walk, TraceResult.LOOP, "loop: the packet is routed by " + subnet + "'s routes again");
      return;
    }
    EffectiveRouteTable table = simulation.effectiveRoutes(subnet);
    if (table == null) {
      end(run, walk, TraceResult.DROPPED, "subnet " + subnet + " does not exist");
      return;
    }
    List<EffectiveRoute> routes = table.lookup(run.destination);
    if (routes.isEmpty()) {
      end(run, walk, TraceResult.DROPPED, subnet + " has no route to " + run.destination);
      return;
    }
    for (EffectiveRoute route : routes) {
      Walk next = walk.branch(new TraceHop(label, subnet, node, route, nextHopText(route, run.destination)),
          walk.source);
      follow(run, next, subnet, route);
    }
  }

  private static String nextHopText(EffectiveRoute route, Ipv4Address destination) {
    if (route.nextHopIp() != null) {
      return route.nextHopIp().toString();
    }
    return switch (route.nextHopType()) {
      case INTERNET -> "internet";
      case NONE -> "none";
      case VIRTUAL_NETWORK_GATEWAY -> "gateway";
      default -> destination.toString();
    };
  }

  private void follow(Run run, Walk walk, SubnetRef from, EffectiveRoute route) {
    switch (route.nextHopType()) {
      case NONE -> end(run, walk, TraceResult.DROPPED, "route " + route.prefix() + " has next hop None");
      case INTERNET -> end(run, walk, TraceResult.INTERNET, "leaves Azure to the internet");
      case VNET_LOCAL, VNET_PEERING, VNET_GLOBAL_PEERING -> deliverInAzure(run, walk, from,
          route.nextHopType() == NextHopType.VNET_LOCAL);
      case VIRTUAL_APPLIANCE, VIRTUAL_NETWORK_GATEWAY -> {
        if (route.nextHopIp() != null) {
          toAddress(run, walk, route.nextHopIp());
        } else {
          toOwnGateway(run, walk, from);
        }
      }
    }
  }

  /**
   * A VNet or peering route: the fabric delivers the packet to whatever holds the destination, in
   * the sender's vnet or the peered vnet whose space holds it (vnets that are not peered may reuse
   * the same addresses).
   */
  private void deliverInAzure(Run run, Walk walk, SubnetRef from, boolean local) {
    Ipv4Address destination = run.destination;
    SubnetRef target = topology.subnetHolding(reachedVnet(from.vnet(), destination, local), destination);
    if (target == null) {
      end(run, walk, TraceResult.DROPPED, "no subnet holds " + destination);
      return;
    }
    String refusal = forwardedTrafficRefusal(from.vnet(), target.vnet(), walk.source);
    if (refusal != null) {
      end(run, walk, TraceResult.DROPPED, refusal);
      return;
    }
    Vm vm = topology.vmAt(destination);
    NicOwner nic = topology.nicAt(destination);
    if (vm != null && vm.subnet().equals(target)) {
      delivered(run, walk, TraceEndpoint.vm(vm.name()), "delivered to vm " + vm.name() + " (" + destination + ")");
    } else if (nic != null && nic.nic().subnet().equals(target)) {
      delivered(run, walk, TraceEndpoint.nva(nic.nva().name()), "delivered to " + nic.label() + " (" + destination + ")");
    } else {
      delivered(run, walk, TraceEndpoint.address(target), "delivered to an address in " + target + " (" + destination
          + ")");
    }
  }

  private String reachedVnet(String fromVnet, Ipv4Address destination, boolean local) {
    if (local) {
      return fromVnet;
    }
    for (VnetPeering peering : topology.peerings(fromVnet)) {
      String remote = peering.remoteOf(fromVnet).orElseThrow().vnet();
      if (topology.vnetContains(remote, destination)) {
        return remote;
      }
    }
    return null;
  }

  /**
   * A peering side with {@code forwarded-traffic off} refuses packets whose source is not in the
   * remote vnet, i.e. traffic an NVA forwarded without source NAT.
   */
  private String forwardedTrafficRefusal(String fromVnet, String toVnet, Ipv4Address source) {
    if (fromVnet.equals(toVnet)) {
      return null;
    }
    for (VnetPeering peering : topology.peerings(fromVnet)) {
      if (peering.involves(toVnet)) {
        PeeringSide receiving = peering.sideOf(toVnet).orElseThrow();
        if (!receiving.allowForwardedTraffic() && !topology.vnetContains(fromVnet, source)) {
          return toVnet + " refuses forwarded traffic from " + fromVnet + " (source " + source + " is not in "
              + fromVnet + ")";
        }
        return null;
      }
    }
    return null;
  }

  private void toAddress(Run run, Walk walk, Ipv4Address nextHop) {
    NicOwner owner = topology.nicAt(nextHop);
    if (owner != null) {
      toNva(run, walk, owner);
      return;
    }
    Gateway gateway = topology.gatewayAt(nextHop);
    if (gateway != null) {
      atGateway(run, walk, gateway, false);
      return;
    }
    Vm vm = topology.vmAt(nextHop);
    if (vm != null) {
      if (vm.ip().equals(run.destination)) {
        delivered(run, walk, TraceEndpoint.vm(vm.name()), "delivered to vm " + vm.name() + " (" + vm.ip() + ")");
      } else {
        end(run, walk, TraceResult.DROPPED, "next hop " + nextHop + " is vm " + vm.name() + ", which does not forward");
      }
      return;
    }
    end(run, walk, TraceResult.DROPPED, "next hop " + nextHop + " is no NIC, gateway or VM of the model");
  }

  private void toNva(Run run, Walk walk, NicOwner owner) {
    Nva nva = owner.nva();
    if (simulation.state().isDown(nva.name())) {
      end(run, walk, TraceResult.DROPPED, nva.name() + " is down");
      return;
    }
    if (nva.nics().stream().anyMatch(n -> n.ip().equals(run.destination))) {
      delivered(run, walk, TraceEndpoint.nva(nva.name()), "delivered to " + nva.name() + " (" + run.destination + ")");
      return;
    }
    Optional<NicForwarding.Drop> refused = NicForwarding.arriving(owner.nic(), run.destination);
    if (refused.isPresent()) {
      end(run, walk, TraceResult.DROPPED, owner.label() + " has IP forwarding off: " + refused.get().reason()
          + " (destination " + run.destination + ")");
      return;
    }
    atNva(run, walk, nva);
  }

  private void atNva(Run run, Walk walk, Nva nva) {
    if (stop(run, walk)) {
      return;
    }
    if (!walk.consult("nva " + nva.name())) {
      end(run, walk, TraceResult.LOOP, "loop: the packet comes back to " + nva.name());
      return;
    }
    if (nva.nics().stream().anyMatch(n -> n.ip().equals(run.destination))) {
      // A packet an NVA sends itself, or a reply to the address it source-NATed with.
      delivered(run, walk, TraceEndpoint.nva(nva.name()), "delivered to " + nva.name() + " (" + run.destination + ")");
      return;
    }
    List<NvaRoute> routes = simulation.nvaRoutes(nva.name()).lookup(run.destination);
    if (routes.isEmpty()) {
      end(run, walk, TraceResult.DROPPED, nva.name() + " has no route to " + run.destination);
      return;
    }
    for (NvaRoute route : routes) {
      if (route.tunnel() != null) {
        Gateway gateway = topology.gateway(route.tunnel());
        Walk next = walk.branch(new TraceHop(nva.name(), null, nva.name(), route, "tunnel to " + route.tunnel()),
            walk.source);
        atGateway(run, next, gateway, true);
        continue;
      }
      if (route.site() != null) {
        Walk next = walk.branch(new TraceHop(nva.name(), null, nva.name(), route, "site " + route.site()), walk.source);
        delivered(run, next, TraceEndpoint.site(route.site()), "delivered to site " + route.site() + " through "
            + nva.name());
        continue;
      }
      Nic egress = nva.nic(route.egressNic()).orElse(null);
      if (egress == null) {
        end(run, walk, TraceResult.DROPPED, nva.name() + " has no NIC " + route.egressNic());
        continue;
      }
      String leaving = route.nextHop() != null ? route.nextHop() + " via " + egress.name() : egress.name();
      Ipv4Address source = NicForwarding.sourceLeaving(nva.snat(), egress.ip(), walk.source);
      Walk next = walk.branch(new TraceHop(nva.name(), null, nva.name(), route, leaving), source);
      Optional<NicForwarding.Drop> refused = NicForwarding.leaving(egress, source);
      if (refused.isPresent()) {
        // Dropped at this NVA's hop, where the validator's ip-forwarding-missing warning points.
        end(run, next, TraceResult.DROPPED, nva.name() + "/" + egress.name() + " has IP forwarding off: "
            + refused.get().reason() + " (source " + source + ")");
        continue;
      }
      atSubnet(run, next, egress.subnet(), nva.name() + "/" + egress.name(), null);
    }
  }

  /** A UDR to {@code gateway}: the VPN gateway of the subnet's vnet or of the hub it uses. */
  private void toOwnGateway(Run run, Walk walk, SubnetRef from) {
    Gateway gateway = topology.gatewayForUdr(from.vnet());
    if (gateway == null) {
      end(run, walk, TraceResult.DROPPED, from.vnet() + " has no virtual network gateway for a UDR to gateway");
      return;
    }
    atGateway(run, walk, gateway, false);
  }

  /**
   * A gateway hands a packet to the on-premises peer whose prefix covers the destination most specifically: a site, or an
   * NVA over its tunnel (the packet then continues at that NVA). A packet that came out of a tunnel and is for none of
   * them enters the vnet: the gateway routes it by its GatewaySubnet's effective routes.
   */
  private void atGateway(Run run, Walk walk, Gateway gateway, boolean fromTunnel) {
    if (!walk.consult("gateway " + gateway.name())) {
      end(run, walk, TraceResult.LOOP, "loop: the packet comes back to " + gateway.name());
      return;
    }
    SiteRoute best = null;
    for (Site site : topology.sitesVia(gateway.name())) {
      for (SitePrefix prefix : site.prefixes()) {
        if (prefix.prefix().contains(run.destination)
            && (best == null || prefix.prefix().length() > best.prefix().length())) {
          best = new SiteRoute(site.name(), prefix.prefix());
        }
      }
    }
    TunnelRoute tunnel = null;
    for (TunnelRoute route : simulation.tunnelRoutes(gateway.name())) {
      if (route.prefix().contains(run.destination) && (best == null || route.prefix().length() > best.prefix().length())
          && (tunnel == null || route.prefix().length() > tunnel.prefix().length())) {
        tunnel = route;
      }
    }
    if (tunnel != null) {
      Nva nva = topology.nva(tunnel.nva());
      Walk next = walk.branch(new TraceHop(gateway.name(), null, gateway.name(),
          new SiteRoute(nva.name() + " (tunnel)", tunnel.prefix()), "tunnel to " + nva.name()), walk.source);
      atNvaIfUp(run, next, nva);
      return;
    }
    if (best == null && fromTunnel) {
      atSubnet(run, walk, new SubnetRef(gateway.vnet(), AzureSubnets.GATEWAY_SUBNET), gateway.name(), gateway.name());
      return;
    }
    if (best == null) {
      end(run, walk, TraceResult.DROPPED, gateway.name() + " has no on-premises route to " + run.destination);
      return;
    }
    Walk next = walk.branch(new TraceHop(gateway.name(), null, gateway.name(), best, "site " + best.site()),
        walk.source);
    delivered(run, next, TraceEndpoint.site(best.site()), "delivered to site " + best.site() + " through "
        + gateway.name());
  }
}
