package org.routesrv.dsl.validation;

import static org.routesrv.dsl.azure.RouteServerLimits.DEFAULT_CAPACITY;
import static org.routesrv.dsl.azure.RouteServerLimits.MAX_CAPACITY;
import static org.routesrv.dsl.azure.RouteServerLimits.MAX_EXPRESSROUTE_PREFIXES;
import static org.routesrv.dsl.azure.RouteServerLimits.MAX_PEERS;
import static org.routesrv.dsl.azure.RouteServerLimits.MAX_ROUTES_PER_PEER;
import static org.routesrv.dsl.azure.RouteServerLimits.MAX_TOTAL_PREFIXES;
import static org.routesrv.dsl.azure.RouteServerLimits.MAX_VNETS;
import static org.routesrv.dsl.azure.RouteServerLimits.capacityFor;
import static org.routesrv.dsl.azure.RouteServerLimits.vmsSupported;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__BRANCH_TO_BRANCH;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__CAPACITY;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__NAME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.ExpressRouteGateway;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.rsnet.VpnGateway;

/** Route Server limits (section C of the facts sheet and fact 13). */
public class LimitRules extends RuleFamily {


  /** Fact 25: at most 8 BGP peers (NVA addresses) per Route Server; the marker lands on the ninth. */
  @Check(CheckType.NORMAL)
  public void peerLimit(RouteServerPeering peering) {
    RouteServer routeServer = peering.getRouteServer();
    if (routeServer == null || routeServer.eIsProxy()) {
      return;
    }
    Map<Nic, RouteServerPeering> firstLineOfPeer = new LinkedHashMap<>();
    for (RouteServerPeering other : network().peeringsTo(routeServer)) {
      firstLineOfPeer.putIfAbsent(other.getNic(), other);
    }
    List<RouteServerPeering> peers = List.copyOf(firstLineOfPeer.values());
    int position = peers.indexOf(peering);
    if (position >= MAX_PEERS) {
      report(IssueCodes.PEER_LIMIT, "This is BGP peer " + (position + 1) + " of Route Server '" + routeServer.getName()
          + "', which supports at most " + MAX_PEERS + " peers: remove peers, or aggregate NVAs behind fewer peers"
          + " (e.g. a load-balanced NVA with next-hop IP).", peering, null);
    }
  }

  /** Facts 25-27: more than 4,000 routes from one peer tears its session down and withdraws all its routes. */
  @Check(CheckType.NORMAL)
  public void routesPerPeer(RouteServerPeering peering) {
    int routes = network().routeCountOver(peering);
    if (routes > MAX_ROUTES_PER_PEER) {
      report(IssueCodes.ROUTES_PER_PEER_LIMIT, "This peer sends " + routes + " routes to Route Server, above its limit"
          + " of " + MAX_ROUTES_PER_PEER + " per peer: Route Server drops the BGP session and withdraws every route"
          + " learned from it. Summarize the routes.", peering, null);
    }
  }

  /** Fact 13: capacity is 2 to 48 routing infrastructure units. */
  @Check(CheckType.FAST)
  public void capacityRange(RouteServer routeServer) {
    if (isWritten(routeServer, ROUTE_SERVER__CAPACITY)
        && (routeServer.getCapacity() < DEFAULT_CAPACITY || routeServer.getCapacity() > MAX_CAPACITY)) {
      report(IssueCodes.CAPACITY_RANGE, "Route Server capacity is " + DEFAULT_CAPACITY + " to " + MAX_CAPACITY
          + " routing infrastructure units (2 = 4,000 VMs, each further unit +1,000, 48 = 50,000).",
          routeServer, ROUTE_SERVER__CAPACITY);
    }
  }

  /** Facts 13 and 25: VMs in the Route Server's VNet and its peered VNets, and the 500-VNet limit. */
  @Check(CheckType.NORMAL)
  public void vmsAndVnets(RouteServer routeServer) {
    Vnet hub = routeServer.getVnet();
    if (hub == null || hub.eIsProxy()) {
      return;
    }
    Set<Vnet> vnets = new LinkedHashSet<>();
    vnets.add(hub);
    vnets.addAll(network().peersOf(hub));
    if (vnets.size() > MAX_VNETS) {
      report(IssueCodes.VNET_LIMIT, "Route Server '" + routeServer.getName() + "' serves " + vnets.size()
          + " VNets (its own and the peered ones), above Azure's limit of " + MAX_VNETS + ".",
          routeServer, ROUTE_SERVER__NAME);
    }
    int capacity = isWritten(routeServer, ROUTE_SERVER__CAPACITY) ? routeServer.getCapacity() : DEFAULT_CAPACITY;
    if (capacity < DEFAULT_CAPACITY || capacity > MAX_CAPACITY) {
      return;
    }
    long vms = network().all(Vm.class).stream().filter(vm -> vnets.contains(vnetOf(vm.getSubnet()))).count()
        + network().all(Nva.class).stream()
            .filter(nva -> nva.getNics().stream().anyMatch(nic -> vnets.contains(vnetOf(nic.getSubnet())))).count();
    if (vms > vmsSupported(capacity)) {
      int needed = capacityFor(vms);
      report(IssueCodes.VM_CAPACITY, vms + " VMs (NVAs included) in '" + hub.getName() + "' and its peered VNets"
          + " exceed Route Server's capacity of " + capacity + " routing infrastructure units ("
          + vmsSupported(capacity) + " VMs): set 'capacity " + needed + "'.", routeServer,
          isWritten(routeServer, ROUTE_SERVER__CAPACITY) ? ROUTE_SERVER__CAPACITY : ROUTE_SERVER__NAME);
    }
  }

  /** Facts 25 and 30: Route Server accepts at most 10,000 prefixes from VNets and all connected sources. */
  @Check(CheckType.NORMAL)
  public void totalPrefixes(RouteServer routeServer) {
    Vnet hub = routeServer.getVnet();
    if (hub == null || hub.eIsProxy()) {
      return;
    }
    boolean branchToBranch = Boolean.TRUE.equals(routeServer.getBranchToBranch());
    int total = vnetPrefixes(hub) + nvaRoutes(routeServer, false) + (branchToBranch ? siteRoutes(hub, false) : 0);
    if (total > MAX_TOTAL_PREFIXES) {
      report(IssueCodes.TOTAL_PREFIX_LIMIT, "Route Server '" + routeServer.getName() + "' would hold " + total
          + " prefixes (VNets, NVAs" + (branchToBranch ? ", gateways" : "") + "), above its limit of "
          + MAX_TOTAL_PREFIXES + ": summarize routes.", routeServer, ROUTE_SERVER__NAME);
    }
  }

  /**
   * Fact 29: with branch-to-branch on, VNet prefixes plus the routes Route Server sends to ExpressRoute must stay
   * within the 1,000-prefix ExpressRoute private-peering limit.
   */
  @Check(CheckType.NORMAL)
  public void expressRoutePrefixes(RouteServer routeServer) {
    Vnet hub = routeServer.getVnet();
    if (hub == null || hub.eIsProxy() || !Boolean.TRUE.equals(routeServer.getBranchToBranch())
        || network().gatewaysIn(hub).stream().noneMatch(ExpressRouteGateway.class::isInstance)) {
      return;
    }
    int total = vnetPrefixes(hub) + nvaRoutes(routeServer, true) + siteRoutes(hub, true);
    if (total > MAX_EXPRESSROUTE_PREFIXES) {
      report(IssueCodes.EXPRESSROUTE_PREFIX_LIMIT, "With branch-to-branch on, Route Server '" + routeServer.getName()
          + "' sends " + total + " prefixes (VNets plus NVA and VPN routes) towards ExpressRoute, above the"
          + " ExpressRoute private-peering limit of " + MAX_EXPRESSROUTE_PREFIXES + ": summarize routes, mark"
          + " local ones 'no-advertise', or turn branch-to-branch off.", routeServer, ROUTE_SERVER__BRANCH_TO_BRANCH);
    }
  }

  private int vnetPrefixes(Vnet hub) {
    return network().servedVnets(hub).stream().mapToInt(vnet -> NetworkView.addressSpace(vnet).size()).sum();
  }

  /** Distinct prefixes each NVA sends this Route Server; towards ExpressRoute without NO_ADVERTISE ones (fact 43). */
  private int nvaRoutes(RouteServer routeServer, boolean towardsExpressRoute) {
    NvaRouteCounts counts = nvaRouteCounts.apply(routeServer);
    return towardsExpressRoute ? counts.towardsExpressRoute() : counts.all();
  }

  private record NvaRouteCounts(int all, int towardsExpressRoute) {
  }

  private final RunFunction<RouteServer, NvaRouteCounts> nvaRouteCounts = perRunByKey(this::countNvaRoutes);

  /**
   * Both counts in one pass: two rules ask, and the NVAs send thousands of prefixes. Distinct prefixes are counted
   * by sorting their numbers, which allocates far less than sets of tens of thousands of entries.
   */
  private NvaRouteCounts countNvaRoutes(RouteServer routeServer) {
    Map<Nva, List<RouteServerPeering>> linesByNva = new LinkedHashMap<>();
    for (RouteServerPeering peering : network().peeringsTo(routeServer)) {
      linesByNva.computeIfAbsent(EcoreUtil2.getContainerOfType(peering, Nva.class), nva -> new ArrayList<>())
          .add(peering);
    }
    int all = 0;
    int towardsExpressRoute = 0;
    for (Map.Entry<Nva, List<RouteServerPeering>> lines : linesByNva.entrySet()) {
      Nva nva = lines.getKey();
      LongStream.Builder sent = LongStream.builder();
      LongStream.Builder advertisable = LongStream.builder();
      if (nva.getBgp() != null) {
        for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
          boolean overTheseLines = advertisement.getTo() == null || lines.getValue().contains(advertisement.getTo());
          if (advertisement.getPrefix() != null && overTheseLines) {
            sent.add(number(advertisement.getPrefix()));
            if (!noAdvertise(advertisement)) {
              advertisable.add(number(advertisement.getPrefix()));
            }
          }
        }
      }
      for (Ipv4Prefix sitePrefix : network().sitePrefixesPassedOnBy(nva)) {
        if (sitePrefix != null) {
          sent.add(number(sitePrefix));
        }
      }
      all += distinct(sent.build().toArray());
      towardsExpressRoute += distinct(advertisable.build().toArray());
    }
    return new NvaRouteCounts(all, towardsExpressRoute);
  }

  /** A prefix as one number: its address bits, then its length. */
  private static long number(Ipv4Prefix prefix) {
    return Integer.toUnsignedLong(prefix.address().bits()) << 6 | prefix.length();
  }

  private static int distinct(long[] numbers) {
    Arrays.sort(numbers);
    int count = 0;
    for (int i = 0; i < numbers.length; i++) {
      if (i == 0 || numbers[i] != numbers[i - 1]) {
        count++;
      }
    }
    return count;
  }

  /** On-premises prefixes of sites behind the hub's gateways (only VPN sites go towards ExpressRoute). */
  private int siteRoutes(Vnet hub, boolean vpnOnly) {
    return network().all(Site.class).stream()
        .filter(site -> site.getVia() instanceof Gateway gateway && gateway.getVnet() == hub
            && (!vpnOnly || gateway instanceof VpnGateway))
        .mapToInt(site -> site.getPrefixes().size()).sum();
  }

  private static boolean noAdvertise(Advertisement advertisement) {
    return advertisement.isNoAdvertise() || advertisement.getCommunities().contains(Community.NO_ADVERTISE);
  }

  private static Vnet vnetOf(Subnet subnet) {
    return subnet == null || subnet.eIsProxy() ? null : NetworkView.vnetOf(subnet);
  }
}
