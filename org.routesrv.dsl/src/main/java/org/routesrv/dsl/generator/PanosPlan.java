package org.routesrv.dsl.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.StaticRoute;
import org.routesrv.dsl.network.Subnet;
import org.routesrv.dsl.generator.NvaBgp.NeighborPeer;
import org.routesrv.dsl.generator.NvaBgp.RouteServerPeers;

/**
 * One PAN-OS firewall (legacy virtual router) as both the set-command and the XML generator write
 * it: every name, in one place, so the two files describe the same configuration. Object names
 * follow the web interface's rule for names (up to 31 letters, digits, hyphens and underscores).
 */
public final class PanosPlan {

  public static final String VIRTUAL_ROUTER = "default";
  public static final String REDISTRIBUTION_PROFILE = "rsnet-advertised";

  public record Interface(Nic nic, String name, String zone, String address) {
  }

  public record Route(String name, Ipv4Prefix destination, String interfaceName, Ipv4Address nextHop) {
  }

  public record Peer(String name, long asn, Interface localInterface, Ipv4Address peerAddress, int multihop,
      Long keepaliveSeconds, Long holdSeconds) {
  }

  public record PeerGroup(String name, List<Peer> peers) {
  }

  /** An export rule: allow with updates, or deny a prefix to the groups it is not meant for. */
  public record ExportRule(String name, List<String> usedBy, Ipv4Prefix prefix, boolean allow, int prepend,
      List<String> communities, Ipv4Address nextHop) {
  }

  public record NatRule(String name, String toZone, String interfaceName) {
  }

  private final NvaConfigInput input;
  private final NvaBgp bgp;
  private final List<Interface> interfaces = new ArrayList<>();
  private final List<Route> routes = new ArrayList<>();
  private final List<PeerGroup> peerGroups = new ArrayList<>();
  private final List<ExportRule> exportRules = new ArrayList<>();
  private final List<Ipv4Prefix> redistributed = new ArrayList<>();
  private final Set<String> redistributedTypes = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();

  public PanosPlan(NvaConfigInput input) {
    this.input = input;
    this.bgp = input.bgp();
    Nva nva = input.nva();
    for (Nic nic : nva.nics()) {
      Subnet subnet = input.network().subnet(nic.subnet()).orElseThrow();
      interfaces.add(new Interface(nic, "ethernet1/" + NvaBgp.nicNumber(nva, nic), nic.name(),
          nic.ip() + "/" + subnet.prefix().length()));
    }
    Set<String> routeNames = new HashSet<>();
    for (StaticRoute route : nva.statics()) {
      String interfaceName = route.nic() == null ? null : interfaceOf(route.nic()).name();
      routes.add(new Route(unique("to-" + token(route.prefix()), routeNames), route.prefix(), interfaceName,
          route.nextHop()));
    }
    notes.addAll(bgp.policyLeftOut("PAN-OS", EnumSet.noneOf(NvaBgp.PolicyOption.class)));
    notes.addAll(bgp.conditionsWrittenUnconditionally("PAN-OS"));
    notes.addAll(bgp.sitesWithoutPeerLine());
    notes.addAll(bgp.tunnelsLeftOut());
    planPeerGroups();
    planRedistribution();
    planExportRules();
  }

  private void planPeerGroups() {
    for (RouteServerPeers server : bgp.routeServerPeers()) {
      List<Peer> peers = new ArrayList<>();
      for (NvaBgp.Instance instance : server.instances()) {
        peers.add(new Peer(server.name() + "-in" + instance.instance().index(), AzureAsns.ROUTE_SERVER,
            interfaceOf(server.nic().name()), instance.ip(), NvaBgp.ROUTE_SERVER_MULTIHOP, server.keepaliveSeconds(),
            server.holdSeconds()));
      }
      peerGroups.add(new PeerGroup(server.name(), peers));
    }
    for (NeighborPeer neighbor : bgp.neighborPeers()) {
      int multihop = neighbor.neighbor().multihop();
      peerGroups.add(new PeerGroup(neighbor.name(), List.of(new Peer(neighbor.name(), neighbor.neighbor().asn(),
          interfaceOf(neighbor.nic().name()), neighbor.neighbor().ip(), multihop > 1 ? multihop : 0, null, null))));
    }
  }

  /**
   * PAN-OS advertises only routes of its own table: a prefix is redistributed when a static route
   * or a NIC's subnet has exactly that prefix.
   */
  private void planRedistribution() {
    for (Ipv4Prefix prefix : bgp.advertisedPrefixes()) {
      boolean isStatic = input.nva().statics().stream().anyMatch(r -> r.prefix().equals(prefix));
      boolean isConnected = interfaces.stream()
          .anyMatch(i -> input.network().subnet(i.nic().subnet()).orElseThrow().prefix().equals(prefix));
      if (isStatic || isConnected) {
        redistributed.add(prefix);
        redistributedTypes.add(isStatic ? "static" : "connect");
      } else {
        notes.add("advertise " + prefix + " needs a route in the firewall's table to redistribute: add 'static "
            + prefix + " via NIC' to the model");
      }
    }
  }

  private void planExportRules() {
    Set<String> ruleNames = new HashSet<>();
    Map<Ipv4Prefix, Set<String>> groupsPerPrefix = new LinkedHashMap<>();
    for (Advertisement advertisement : input.nva().bgp().advertisements()) {
      if (!redistributed.contains(advertisement.prefix())) {
        continue;
      }
      int prepend = bgp.ownPrepends(advertisement);
      if (prepend < 0) {
        notes.add("advertise " + advertisement.prefix() + " as-path " + advertisement.asPath()
            + " is left out: PAN-OS export rules can only prepend the firewall's own AS " + input.nva().asn());
        continue;
      }
      if (advertisement.isForOneInstance()) {
        notes.add("advertise " + advertisement.prefix() + " to " + advertisement.toPeer() + " instance "
            + advertisement.toInstance().keyword() + " is left out: PAN-OS export rules apply to a whole peer group,"
            + " so one Route Server instance cannot get its own attributes (fact 88)");
        continue;
      }
      List<String> usedBy = new ArrayList<>();
      Ipv4Address localAddress = null;
      for (RouteServerPeers server : bgp.routeServerPeers()) {
        if (server.advertisements().contains(advertisement)) {
          usedBy.add(server.name());
          localAddress = localAddress == null ? server.localAddress() : localAddress;
        }
      }
      for (NeighborPeer neighbor : bgp.neighborPeers()) {
        if (neighbor.advertisements().contains(advertisement)) {
          usedBy.add(neighbor.name());
          localAddress = localAddress == null ? neighbor.localAddress() : localAddress;
        }
      }
      if (usedBy.isEmpty()) {
        continue;
      }
      groupsPerPrefix.computeIfAbsent(advertisement.prefix(), p -> new LinkedHashSet<>()).addAll(usedBy);
      Ipv4Address nextHop = advertisement.nextHop().equals(localAddress) ? null : advertisement.nextHop();
      if (prepend > 0 || !advertisement.communities().isEmpty() || nextHop != null) {
        exportRules.add(new ExportRule(unique("adv-" + token(advertisement.prefix()), ruleNames), usedBy,
            advertisement.prefix(), true, prepend, communities(advertisement.communities()), nextHop));
      }
    }
    // Redistribution offers each prefix to every peer group; `to PEER` keeps it from the others.
    for (Map.Entry<Ipv4Prefix, Set<String>> entry : groupsPerPrefix.entrySet()) {
      List<String> others = peerGroups.stream().map(PeerGroup::name).filter(g -> !entry.getValue().contains(g)).toList();
      if (!others.isEmpty()) {
        exportRules.add(new ExportRule(unique("deny-" + token(entry.getKey()), ruleNames), others, entry.getKey(),
            false, 0, List.of(), null));
      }
    }
    // Whether a redistribution destination also matches longer prefixes is not spelled out in the
    // documentation; the routes the model keeps local are denied by name, so either reading sends
    // exactly the advertised prefixes.
    List<String> allGroups = peerGroups.stream().map(PeerGroup::name).toList();
    for (Ipv4Prefix local : localRoutes()) {
      if (!allGroups.isEmpty() && redistributed.stream().anyMatch(r -> r.covers(local))) {
        exportRules.add(new ExportRule(unique("local-" + token(local), ruleNames), allGroups, local, false, 0,
            List.of(), null));
      }
    }
  }

  /** The prefixes of the redistributed route types that the model does not advertise. */
  private List<Ipv4Prefix> localRoutes() {
    Set<Ipv4Prefix> local = new LinkedHashSet<>();
    if (redistributedTypes.contains("static")) {
      input.nva().statics().forEach(route -> local.add(route.prefix()));
    }
    if (redistributedTypes.contains("connect")) {
      interfaces.forEach(i -> local.add(input.network().subnet(i.nic().subnet()).orElseThrow().prefix()));
    }
    local.removeAll(redistributed);
    return List.copyOf(local);
  }

  private static List<String> communities(List<Community> communities) {
    return communities.stream().map(Community::toString).toList();
  }

  public Interface interfaceOf(String nicName) {
    return interfaces.stream().filter(i -> i.nic().name().equals(nicName)).findFirst().orElseThrow();
  }

  /** A prefix as a name fragment: 10.0.0.0/8 becomes 10_0_0_0-8. */
  static String token(Ipv4Prefix prefix) {
    return prefix.address().toString().replace('.', '_') + "-" + prefix.length();
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + "-" + i;
    }
    return candidate;
  }

  public NvaConfigInput input() {
    return input;
  }

  public Nva nva() {
    return input.nva();
  }

  public List<Interface> interfaces() {
    return interfaces;
  }

  public List<Route> routes() {
    return routes;
  }

  public boolean hasBgp() {
    return !bgp.isEmpty();
  }

  public Ipv4Address routerId() {
    return input.nva().bgp().routerId();
  }

  public List<PeerGroup> peerGroups() {
    return peerGroups;
  }

  public List<Ipv4Prefix> redistributed() {
    return redistributed;
  }

  public List<String> redistributedTypes() {
    return List.copyOf(redistributedTypes);
  }

  public boolean redistributesDefaultRoute() {
    return redistributed.contains(Ipv4Prefix.DEFAULT_ROUTE);
  }

  public List<ExportRule> exportRules() {
    return exportRules;
  }

  /** One source NAT rule per zone, to the address of the interface the packet leaves from. */
  public List<NatRule> natRules() {
    if (!input.nva().snat()) {
      return List.of();
    }
    return interfaces.stream().map(i -> new NatRule("snat-" + i.zone(), i.zone(), i.name())).toList();
  }

  public List<String> notes() {
    return notes;
  }
}
