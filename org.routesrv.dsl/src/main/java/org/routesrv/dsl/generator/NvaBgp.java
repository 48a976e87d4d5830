package org.routesrv.dsl.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.Bgp;
import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.PeerPolicy;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RouteServerPeering;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.Subnet;
import org.routesrv.dsl.network.TunnelPeering;
import org.routesrv.dsl.network.VpnGateway;

/**
 * An NVA's BGP configuration as every vendor needs it: its sessions grouped by peer, each with the
 * advertisements meant for it, and the addresses the model only implies (Route Server instance IPs,
 * the local address of a neighbour session).
 */
public final class NvaBgp {

  /** One Route Server instance the NVA opens a session to. */
  public record Instance(RouteServerInstance instance, Ipv4Address ip) {
    /** As {@code az network routeserver peering list-learned-routes} names it. */
    public String role() {
      return instance.role();
    }
  }

  /** {@code peer ROUTESERVER via NIC}: a peer group with one member per selected instance. */
  public record RouteServerPeers(RouteServer server, RouteServerPeering peering, Nic nic, int nicNumber,
      Subnet subnet, List<Instance> instances, List<Advertisement> advertisements) {

    public String name() {
      return server.name();
    }

    public Ipv4Address localAddress() {
      return peering.peerIp();
    }

    public long holdSeconds() {
      return peering.hold().toSeconds();
    }

    public long keepaliveSeconds() {
      return peering.keepalive().toSeconds();
    }

    /**
     * What this instance hears, one advertisement per prefix: one written for it alone (fact 88) before one for
     * both instances, as the simulator chooses.
     */
    public List<Advertisement> advertisementsFor(Instance instance) {
      return Bgp.towards(advertisements, server.name(), instance.instance());
    }

    /** Whether the two instances hear different advertisements, so that each session needs its own policy. */
    public boolean differsPerInstance() {
      return advertisements.stream().anyMatch(Advertisement::isForOneInstance);
    }
  }

  /**
   * {@code peer NAME IP asn ASN}: a session with another router (also a BGP site behind the NVA, and each instance of a
   * VPN gateway it has a tunnel to).
   *
   * @param source the address the session runs from when it is not the NIC's: a tunnel's BGP address; null otherwise
   */
  public record NeighborPeer(BgpNeighbor neighbor, Nic nic, int nicNumber, Subnet subnet,
      List<Advertisement> advertisements, Ipv4Address source) {

    public String name() {
      return neighbor.name();
    }

    public Ipv4Address localAddress() {
      return source != null ? source : nic.ip();
    }
  }

  /** The parts of a session's policy ({@code peer} line options) a configuration may or may not write. */
  public enum PolicyOption {
    IMPORT_MAP("import"), EXPORT_MAP("export"), AS_OVERRIDE("as-override"), REMOVE_PRIVATE_AS("remove-private-as"),
    ALLOWAS_IN("allowas-in");

    private final String keyword;

    PolicyOption(String keyword) {
      this.keyword = keyword;
    }
  }

  /** The eBGP TTL towards Route Server: its instances sit in another subnet, one routed hop away. */
  public static final int ROUTE_SERVER_MULTIHOP = 2;

  private final Nva nva;
  private final List<RouteServerPeers> routeServerPeers;
  private final List<NeighborPeer> neighborPeers;
  /** BGP sites behind the NVA that no {@code peer} line names: their sessions are written from the site. */
  private final List<Site> sitesWithoutLine;

  private NvaBgp(Nva nva, List<RouteServerPeers> routeServerPeers, List<NeighborPeer> neighborPeers,
      List<Site> sitesWithoutLine) {
    this.nva = nva;
    this.routeServerPeers = List.copyOf(routeServerPeers);
    this.neighborPeers = List.copyOf(neighborPeers);
    this.sitesWithoutLine = List.copyOf(sitesWithoutLine);
  }

  public static NvaBgp of(Network network, Nva nva) {
    List<RouteServerPeers> servers = new ArrayList<>();
    for (RouteServerPeering peering : nva.bgp().routeServerPeerings()) {
      RouteServer server = network.routeServer(peering.routeServer()).orElseThrow(
          () -> new GenerationException("NVA " + nva.name() + " peers with unknown route server " + peering.routeServer()));
      Nic nic = nicNamed(nva, peering.nic());
      List<Instance> instances = new ArrayList<>();
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        if (peering.instances().includes(instance)) {
          instances.add(new Instance(instance, server.instanceIp(instance)));
        }
      }
      servers.add(new RouteServerPeers(server, peering, nic, nicNumber(nva, nic), subnetOf(network, nic), instances,
          advertisementsFor(nva, server.name())));
    }
    List<BgpNeighbor> lines = new ArrayList<>(nva.bgp().neighbors());
    List<Site> sitesWithoutLine = new ArrayList<>();
    for (Site site : network.sites()) {
      if (site.via().equals(nva.name()) && site.speaksBgp() && nva.neighborLineFor(site).isEmpty()) {
        // The simulation peers the NVA with every BGP site behind it; the configuration must as well.
        lines.add(new BgpNeighbor(site.name(), site.bgpIp(), site.asn(), null, 0, PeerPolicy.NONE));
        sitesWithoutLine.add(site);
      }
    }
    List<NeighborPeer> neighbors = new ArrayList<>();
    for (BgpNeighbor neighbor : lines) {
      Nic nic = neighbor.nic() != null ? nicNamed(nva, neighbor.nic()) : defaultNic(nva, servers);
      neighbors.add(new NeighborPeer(neighbor, nic, nicNumber(nva, nic), subnetOf(network, nic),
          advertisementsFor(nva, neighbor.name()), null));
    }
    for (TunnelPeering tunnel : nva.bgp().tunnels()) {
      Gateway gateway = network.gateway(tunnel.gateway()).orElse(null);
      if (!(gateway instanceof VpnGateway vpn)) {
        continue;
      }
      Nic nic = defaultNic(nva, servers);
      if (nic == null) {
        continue;
      }
      for (int i = 0; i < vpn.bgpIps().size(); i++) {
        // One session per gateway instance, each named apart for the configuration's per-peer policies.
        String name = vpn.bgpIps().size() == 1 ? vpn.name() : vpn.name() + "-" + i;
        BgpNeighbor session = new BgpNeighbor(name, vpn.bgpIps().get(i), vpn.asn(), nic.name(),
            ROUTE_SERVER_MULTIHOP, tunnel.policy());
        neighbors.add(new NeighborPeer(session, nic, nicNumber(nva, nic), subnetOf(network, nic),
            advertisementsFor(nva, vpn.name()), tunnel.bgpIp()));
      }
    }
    return new NvaBgp(nva, servers, neighbors, sitesWithoutLine);
  }

  /** Without {@code via}, a neighbour session leaves from the NIC the NVA peers with Route Server through. */
  private static Nic defaultNic(Nva nva, List<RouteServerPeers> servers) {
    if (!servers.isEmpty()) {
      return servers.get(0).nic();
    }
    if (nva.nics().isEmpty()) {
      throw new GenerationException("NVA " + nva.name() + " has a BGP neighbour but no NIC to reach it from");
    }
    return nva.nics().get(0);
  }

  private static Nic nicNamed(Nva nva, String name) {
    return nva.nic(name).orElseThrow(() -> new GenerationException("NVA " + nva.name() + " has no NIC " + name));
  }

  private static Subnet subnetOf(Network network, Nic nic) {
    return network.subnet(nic.subnet())
        .orElseThrow(() -> new GenerationException("NIC " + nic.name() + " is in unknown subnet " + nic.subnet()));
  }

  /** 1-based position of the NIC, which is also its PAN-OS port (ethernet1/N). */
  public static int nicNumber(Nva nva, Nic nic) {
    return nva.nics().indexOf(nic) + 1;
  }

  private static List<Advertisement> advertisementsFor(Nva nva, String peerName) {
    return nva.bgp().advertisements().stream().filter(a -> a.isFor(peerName)).toList();
  }

  public Nva nva() {
    return nva;
  }

  public List<RouteServerPeers> routeServerPeers() {
    return routeServerPeers;
  }

  public List<NeighborPeer> neighborPeers() {
    return neighborPeers;
  }

  /** A note per session option the model sets that a vendor's configuration, writing only {@code written}, leaves out. */
  public List<String> policyLeftOut(String vendor, Set<PolicyOption> written) {
    List<String> notes = new ArrayList<>();
    for (RouteServerPeers peers : routeServerPeers) {
      notes.addAll(policyLeftOut(vendor, peers.name(), peers.peering().policy(), written));
    }
    for (NeighborPeer peer : neighborPeers) {
      notes.addAll(policyLeftOut(vendor, peer.name(), peer.neighbor().policy(), written));
    }
    return notes;
  }

  private static List<String> policyLeftOut(String vendor, String peer, PeerPolicy policy, Set<PolicyOption> written) {
    Map<PolicyOption, Boolean> set = new LinkedHashMap<>();
    set.put(PolicyOption.IMPORT_MAP, policy.importMap() != null);
    set.put(PolicyOption.EXPORT_MAP, policy.exportMap() != null);
    set.put(PolicyOption.AS_OVERRIDE, policy.asOverride());
    set.put(PolicyOption.REMOVE_PRIVATE_AS, policy.removePrivateAs() != PeerPolicy.PrivateAsRemoval.KEEP);
    set.put(PolicyOption.ALLOWAS_IN, policy.allowAsIn() > 0);
    List<String> notes = new ArrayList<>();
    set.forEach((option, isSet) -> {
      if (isSet && !written.contains(option)) {
        notes.add("peer " + peer + " " + option.keyword + " is left out: RSNet does not yet write it for " + vendor
            + "; configure it by hand");
      }
    });
    return notes;
  }

  /**
   * A note per BGP site whose session the configuration writes from the {@code site} alone: the tunnel that carries
   * it is not part of the model, and a placeholder address must be replaced by the router's.
   */
  public List<String> sitesWithoutPeerLine() {
    List<String> notes = new ArrayList<>();
    for (Site site : sitesWithoutLine) {
      notes.add("site " + site.name() + ": the BGP session with " + site.bgpIp() + " (AS " + site.asn() + ") is written,"
          + " the tunnel or link that carries it is not: configure it and a route to " + site.bgpIp()
          + (Site.PLACEHOLDER_BGP_IPS.contains(site.bgpIp()) ? ", and write the router's real address with"
              + " 'bgp-ip' (this one is a documentation placeholder)" : ""));
    }
    return notes;
  }

  /** A note per tunnel: its BGP sessions are written, the IPsec tunnel and Azure's side of it are not. */
  public List<String> tunnelsLeftOut() {
    return nva.bgp().tunnels().stream().map(tunnel -> "peer " + tunnel.gateway() + " via tunnel: the BGP sessions with"
        + " the gateway are written, the IPsec tunnel is not: configure it, and in Azure a local network gateway with BGP"
        + " address " + tunnel.bgpIp() + " and AS " + nva.asn() + " with a connection to " + tunnel.gateway()).toList();
  }

  /** A note per conditional advertisement, for a vendor that announces it whatever it has learned. */
  public List<String> conditionsWrittenUnconditionally(String vendor) {
    return nva.bgp().advertisements().stream().filter(Advertisement::isConditional)
        .map(a -> "advertise " + a.prefix() + " when-learned " + a.whenLearned() + " is announced unconditionally: "
            + vendor + " cannot wait for a learned route here")
        .toList();
  }

  /** The addresses the NVA's peer called {@code name} speaks from: a Route Server's instances, or a neighbour's IP. */
  public List<Ipv4Address> addressesOf(String name) {
    for (RouteServerPeers peers : routeServerPeers) {
      if (peers.name().equals(name)) {
        return peers.instances().stream().map(Instance::ip).toList();
      }
    }
    return neighborPeers.stream().filter(peer -> peer.name().equals(name)).map(peer -> peer.neighbor().ip()).toList();
  }

  public boolean isEmpty() {
    return routeServerPeers.isEmpty() && neighborPeers.isEmpty();
  }

  /** Every prefix the NVA originates, once, in model order. */
  public List<Ipv4Prefix> advertisedPrefixes() {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    nva.bgp().advertisements().forEach(a -> prefixes.add(a.prefix()));
    return List.copyOf(prefixes);
  }

  public boolean advertisesDefaultRoute() {
    return advertisedPrefixes().contains(Ipv4Prefix.DEFAULT_ROUTE);
  }

  /**
   * The ASNs a router that prepends to its own AS must add for {@code advertisement}: the AS path
   * after its own leading ASN. Null when the path does not start with the NVA's ASN, which such a
   * router cannot send.
   */
  public List<Long> asnsAfterOwn(Advertisement advertisement) {
    List<Long> path = advertisement.asPath().asns();
    if (path.isEmpty() || path.get(0) != nva.asn()) {
      return null;
    }
    return path.subList(1, path.size());
  }

  /** How often the NVA's own ASN is prepended; -1 when the path holds other ASNs (PAN-OS cannot send it). */
  public int ownPrepends(Advertisement advertisement) {
    List<Long> after = asnsAfterOwn(advertisement);
    if (after == null || after.stream().anyMatch(asn -> asn != nva.asn())) {
      return -1;
    }
    return after.size();
  }
}
