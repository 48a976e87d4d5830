package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.routesrv.dsl.azure.GatewayTransit;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.PeeringSide;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteTable;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.Subnet;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Vm;
import org.routesrv.dsl.network.Vnet;
import org.routesrv.dsl.network.VnetPeering;
import org.routesrv.dsl.network.VpnGateway;

/**
 * Name and address indexes over one {@link Network}, and which vnets share a hub's routes. Built once
 * per network state so that the rest of the simulator never scans the model's lists.
 */
final class Topology {

  private final Network network;
  private final Map<String, Vnet> vnets = new LinkedHashMap<>();
  private final Map<SubnetRef, Subnet> subnets = new LinkedHashMap<>();
  private final Map<String, List<VnetPeering>> peeringsByVnet = new HashMap<>();
  private final Map<String, Nva> nvas = new LinkedHashMap<>();
  private final Map<String, RouteServer> routeServers = new LinkedHashMap<>();
  private final Map<String, Gateway> gateways = new LinkedHashMap<>();
  private final Map<String, RouteTable> routeTables = new HashMap<>();
  private final Map<String, List<Site>> sitesByVia = new HashMap<>();
  private final Map<String, Vm> vms = new LinkedHashMap<>();
  private final Map<Ipv4Address, Vm> vmsByIp = new HashMap<>();
  private final Map<Ipv4Address, NicOwner> nicOwners = new HashMap<>();
  private final Map<Ipv4Address, Gateway> gatewaysByIp = new HashMap<>();
  private final PrefixTable<SubnetRef> subnetIndex = new PrefixTable<>();
  private final Map<String, Domain> domainsByHub = new LinkedHashMap<>();
  private final Map<String, Domain> domainByVnet = new HashMap<>();

  Topology(Network network) {
    this.network = network;
    for (Vnet vnet : network.vnets()) {
      vnets.putIfAbsent(vnet.name(), vnet);
      for (Subnet subnet : vnet.subnets()) {
        SubnetRef ref = vnet.ref(subnet);
        subnets.putIfAbsent(ref, subnet);
        if (subnetIndex.get(subnet.prefix()) == null) {
          subnetIndex.put(subnet.prefix(), ref);
        }
      }
    }
    for (VnetPeering peering : network.peerings()) {
      peeringsByVnet.computeIfAbsent(peering.left().vnet(), k -> new ArrayList<>()).add(peering);
      peeringsByVnet.computeIfAbsent(peering.right().vnet(), k -> new ArrayList<>()).add(peering);
    }
    network.routeTables().forEach(t -> routeTables.putIfAbsent(t.name(), t));
    network.routeServers().forEach(r -> routeServers.putIfAbsent(r.name(), r));
    for (Gateway gateway : network.gateways()) {
      gateways.putIfAbsent(gateway.name(), gateway);
      gateway.bgpIps().forEach(ip -> gatewaysByIp.putIfAbsent(ip, gateway));
      gateway.programmedNextHops().forEach(ip -> gatewaysByIp.putIfAbsent(ip, gateway));
    }
    for (Nva nva : network.nvas()) {
      nvas.putIfAbsent(nva.name(), nva);
      for (Nic nic : nva.nics()) {
        nicOwners.putIfAbsent(nic.ip(), new NicOwner(nva, nic));
      }
    }
    network.sites().forEach(s -> sitesByVia.computeIfAbsent(s.via(), k -> new ArrayList<>()).add(s));
    for (Vm vm : network.vms()) {
      vms.putIfAbsent(vm.name(), vm);
      vmsByIp.putIfAbsent(vm.ip(), vm);
    }
    buildDomains();
  }

  /**
   * A vnet with a Route Server or a gateway is a hub; which other vnets join its domain is
   * {@link GatewayTransit#spokeJoinsHub}'s rule (facts 32-34), over the first peering that qualifies.
   */
  private void buildDomains() {
    Set<String> hubs = new HashSet<>();
    network.routeServers().forEach(r -> hubs.add(r.vnet()));
    network.gateways().forEach(g -> hubs.add(g.vnet()));
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (Vnet vnet : vnets.values()) {
      boolean isHub = hubs.contains(vnet.name());
      if (isHub) {
        members.computeIfAbsent(vnet.name(), k -> new ArrayList<>()).add(0, vnet.name());
      }
      for (VnetPeering peering : peerings(vnet.name())) {
        PeeringSide own = peering.sideOf(vnet.name()).orElseThrow();
        PeeringSide remote = peering.remoteOf(vnet.name()).orElseThrow();
        if (hubs.contains(remote.vnet())
            && GatewayTransit.spokeJoinsHub(own.useRemoteGateways(), remote.allowGatewayTransit(), isHub)) {
          members.computeIfAbsent(remote.vnet(), k -> new ArrayList<>()).add(vnet.name());
          break;
        }
      }
    }
    for (Map.Entry<String, List<String>> entry : members.entrySet()) {
      String hub = entry.getKey();
      if (!vnets.containsKey(hub)) {
        continue;
      }
      PrefixTable<Domain.VnetSpace> known = new PrefixTable<>();
      for (String member : entry.getValue()) {
        for (Ipv4Prefix space : vnets.get(member).addressSpaces()) {
          if (known.get(space) == null) {
            known.put(space, new Domain.VnetSpace(member, space));
          }
        }
      }
      RouteServer server = network.routeServers().stream().filter(r -> r.vnet().equals(hub)).findFirst().orElse(null);
      List<Gateway> hubGateways = network.gateways().stream().filter(g -> g.vnet().equals(hub)).toList();
      Domain domain = new Domain(hub, server, hubGateways, List.copyOf(entry.getValue()), known);
      domainsByHub.put(hub, domain);
      entry.getValue().forEach(member -> domainByVnet.put(member, domain));
    }
  }

  Network network() {
    return network;
  }

  Iterable<Vnet> vnets() {
    return vnets.values();
  }

  Vnet vnet(String name) {
    return vnets.get(name);
  }

  Map<SubnetRef, Subnet> subnets() {
    return subnets;
  }

  Subnet subnet(SubnetRef ref) {
    return subnets.get(ref);
  }

  List<VnetPeering> peerings(String vnet) {
    return peeringsByVnet.getOrDefault(vnet, List.of());
  }

  /** Global when both vnets name a location and the locations differ. */
  boolean isGlobal(String vnetA, String vnetB) {
    Vnet a = vnets.get(vnetA);
    Vnet b = vnets.get(vnetB);
    return a != null && b != null && a.location() != null && b.location() != null
        && !Objects.equals(a.location(), b.location());
  }

  Nva nva(String name) {
    return nvas.get(name);
  }

  Iterable<Nva> nvas() {
    return nvas.values();
  }

  RouteServer routeServer(String name) {
    return routeServers.get(name);
  }

  Iterable<RouteServer> routeServers() {
    return routeServers.values();
  }

  Gateway gateway(String name) {
    return gateways.get(name);
  }

  RouteTable routeTable(String name) {
    return name == null ? null : routeTables.get(name);
  }

  List<Site> sitesVia(String connector) {
    return sitesByVia.getOrDefault(connector, List.of());
  }

  Vm vm(String name) {
    return vms.get(name);
  }

  Vm vmAt(Ipv4Address ip) {
    return vmsByIp.get(ip);
  }

  NicOwner nicAt(Ipv4Address ip) {
    return nicOwners.get(ip);
  }

  Gateway gatewayAt(Ipv4Address ip) {
    return gatewaysByIp.get(ip);
  }

  /** The subnet of {@code vnet} that holds {@code ip}; any subnet holding it when {@code vnet} is null or has none. */
  SubnetRef subnetHolding(String vnet, Ipv4Address ip) {
    Vnet found = vnet == null ? null : vnets.get(vnet);
    if (found != null) {
      for (Subnet subnet : found.subnets()) {
        if (subnet.prefix().contains(ip)) {
          return found.ref(subnet);
        }
      }
    }
    return subnetIndex.longestMatch(ip);
  }

  Iterable<Domain> domains() {
    return domainsByHub.values();
  }

  Domain domainOf(String vnet) {
    return domainByVnet.get(vnet);
  }

  /** Where a UDR with next hop {@code gateway} sends traffic: the domain's VPN gateway, else its first. */
  Gateway gatewayForUdr(String vnet) {
    Domain domain = domainOf(vnet);
    if (domain == null || domain.gateways().isEmpty()) {
      return null;
    }
    return domain.gateways().stream().filter(g -> g instanceof VpnGateway).findFirst()
        .orElse(domain.gateways().get(0));
  }

  boolean vnetContains(String vnet, Ipv4Address ip) {
    Vnet found = vnets.get(vnet);
    return found != null && found.addressSpaces().stream().anyMatch(p -> p.contains(ip));
  }
}
