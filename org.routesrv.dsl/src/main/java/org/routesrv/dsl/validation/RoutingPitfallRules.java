package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__NIC;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NIC__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_PREFIX__AS_PATH;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_PREFIX__PREFIX;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE__ASN;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__ROUTE_TABLE;
import static org.routesrv.dsl.azure.AzureSubnets.GATEWAY_SUBNET;
import static org.routesrv.dsl.azure.AzureSubnets.ROUTE_SERVER_SUBNET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.azure.InboundAcceptance;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.NicForwarding;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Bgp;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.NextHopType;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Route;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.RouteTable;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.SitePrefix;
import org.routesrv.dsl.rsnet.StaticRoute;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vnet;

/**
 * Designs Azure accepts but that do not route as intended (section J and related facts). These apply to the
 * baseline design; the {@code advertise} events of scenarios are deliberate what-ifs and are not warned about.
 */
public class RoutingPitfallRules extends RuleFamily {

  /**
   * The rules on an NVA's advertise lines that look at the network. Scenario events are deliberate what-ifs, so
   * only the bgp block's lines are checked.
   */
  @Check(CheckType.NORMAL)
  public void advertisedRoutes(Bgp bgp) {
    for (Advertisement advertised : bgp.getAdvertisements()) {
      if (advertised.getPrefix() != null) {
        advertisedInsideVnet(advertised, advertised.getPrefix());
        defaultRouteLoop(advertised, advertised.getPrefix());
        ecmpWithoutSnat(advertised, advertised.getPrefix());
      }
    }
  }

  /** Fact 51: Route Server drops learned routes equal to or inside a VNet range it knows. */
  private void advertisedInsideVnet(Advertisement advertisement, Ipv4Prefix prefix) {
    String inside = vnetRangeCovering(prefix, network().routeServersReachedBy(advertisement));
    if (inside != null) {
      report(IssueCodes.ADVERTISED_INSIDE_VNET, insideMessage(prefix, inside), advertisement, null);
    }
  }

  /** Fact 51, for on-premises prefixes an NVA passes on to Route Server. */
  @Check(CheckType.NORMAL)
  public void sitePrefixInsideVnet(SitePrefix sitePrefix) {
    Ipv4Prefix prefix = sitePrefix.getPrefix();
    if (prefix == null || !(sitePrefix.eContainer() instanceof Site site) || !(site.getVia() instanceof Nva nva)
        || nva.getBgp() == null || !VendorProfile.ofKeyword(nva.getVendor()).passesOnLearnedRoutes()) {
      return;
    }
    Set<RouteServer> reached = new LinkedHashSet<>();
    nva.getBgp().getPeers().stream().filter(RouteServerPeering.class::isInstance)
        .map(p -> ((RouteServerPeering) p).getRouteServer()).filter(rs -> rs != null && !rs.eIsProxy())
        .forEach(reached::add);
    String inside = vnetRangeCovering(prefix, List.copyOf(reached));
    if (inside != null) {
      report(IssueCodes.ADVERTISED_INSIDE_VNET, insideMessage(prefix, inside), sitePrefix, SITE_PREFIX__PREFIX);
    }
  }

  private String vnetRangeCovering(Ipv4Prefix prefix, List<RouteServer> routeServers) {
    // Asked for every advertisement: an index loop, which allocates no iterator.
    for (int i = 0; i < routeServers.size(); i++) {
      RouteServer routeServer = routeServers.get(i);
      if (routeServer.getVnet() == null || routeServer.getVnet().eIsProxy()) {
        continue;
      }
      NetworkView.ServedRange range = network().servedRanges(routeServer.getVnet()).covering(prefix);
      if (range != null) {
        return "VNet '" + range.vnet().getName() + "' (" + range.space() + ") of Route Server '" + routeServer.getName() + "'";
      }
    }
    return null;
  }

  private static String insideMessage(Ipv4Prefix prefix, String inside) {
    return prefix + " is equal to or inside " + inside + ": Route Server neither programs nor re-advertises"
        + " learned routes that match or are more specific than a VNet range it knows, so this route has no effect."
        + " Advertise a supernet (e.g. 10.0.0.0/8) or steer that traffic with UDRs.";
  }

  /**
   * Fact 40, for on-premises AS paths that reach a Route Server: through an NVA, or through a gateway beside a Route
   * Server with branch-to-branch on (without it Route Server and the gateways exchange no routes, fact 53). A gateway
   * programs its routes into its VNet itself, with or without a Route Server (fact 71), so a site behind a gateway
   * elsewhere is fine, and the simulator programs its routes.
   */
  @Check(CheckType.NORMAL)
  public void sitePathWith65515(SitePrefix prefix) {
    if (prefix.eContainer() instanceof Site site && reachesRouteServer(site)) {
      reportRouteServerAsnInPath(prefix.getAsPath(), prefix, SITE_PREFIX__AS_PATH);
    }
  }

  private boolean reachesRouteServer(Site site) {
    if (site.getVia() instanceof Gateway gateway) {
      Vnet vnet = gateway.getVnet();
      return vnet != null && !vnet.eIsProxy() && network().routeServersIn(vnet).stream()
          .anyMatch(routeServer -> Boolean.TRUE.equals(routeServer.getBranchToBranch()));
    }
    return site.getVia() instanceof Nva;
  }

  /** Fact 40: a site behind an NVA with ASN 65515 puts 65515 into every path it sends. */
  @Check(CheckType.FAST)
  public void siteAsn65515(Site site) {
    if (site.getAsn() != null && InboundAcceptance.failsLoopCheck(site.getAsn()) && site.getVia() instanceof Nva) {
      report(IssueCodes.AS_PATH_65515, as65515Message(), site, SITE__ASN);
    }
  }

  /** Fact 74: 0.0.0.0/0 from an NVA is programmed into the NVA's own subnet too, looping its internet traffic. */
  private void defaultRouteLoop(Advertisement advertisement, Ipv4Prefix prefix) {
    if (prefix.length() != 0) {
      return;
    }
    List<Subnet> looping = loopingSubnets(advertisement, prefix, network());
    if (!looping.isEmpty()) {
      report(IssueCodes.DEFAULT_ROUTE_LOOP, "Route Server also programs this 0.0.0.0/0 into the NVA's own subnet"
          + (looping.size() > 1 ? "s " : " ") + String.join(", ", looping.stream().map(s -> "'" + s.getName() + "'")
              .toList()) + ", so the NVA's internet traffic loops back to itself. Give "
          + (looping.size() > 1 ? "them" : "it") + " a route table with 'route default 0.0.0.0/0 -> internet' (or"
          + " 'bgp-propagation off').", advertisement, null);
    }
  }

  /**
   * The subnets of the advertising NVA's NICs that would receive its own 0.0.0.0/0 from Route Server (they are in a
   * VNet the Route Server programs) and have no route table overriding it. Empty unless the advertisement is a
   * default route that reaches a Route Server.
   */
  public static List<Subnet> loopingSubnets(Advertisement advertisement, NetworkView network) {
    return loopingSubnets(advertisement, advertisement.getPrefix(), network);
  }

  private static List<Subnet> loopingSubnets(Advertisement advertisement, Ipv4Prefix prefix, NetworkView network) {
    Nva nva = EcoreUtil2.getContainerOfType(advertisement, Nva.class);
    List<Subnet> result = new ArrayList<>();
    if (prefix == null || prefix.length() != 0 || nva == null) {
      return result;
    }
    Set<Vnet> programmed = new LinkedHashSet<>();
    for (RouteServer routeServer : network.routeServersReachedBy(advertisement)) {
      if (routeServer.getVnet() != null && !routeServer.getVnet().eIsProxy()) {
        programmed.addAll(network.servedVnets(routeServer.getVnet()));
      }
    }
    for (Nic nic : nva.getNics()) {
      Subnet subnet = nic.getSubnet();
      if (subnet != null && !subnet.eIsProxy() && !result.contains(subnet)
          && programmed.contains(NetworkView.vnetOf(subnet)) && !overridesDefaultRoute(subnet, nva)) {
        result.add(subnet);
      }
    }
    return result;
  }

  /** A route table that turns BGP propagation off, or has a UDR 0.0.0.0/0 not pointing back at the NVA (fact 62). */
  public static boolean overridesDefaultRoute(Subnet subnet, Nva nva) {
    RouteTable table = subnet.getRouteTable();
    if (table == null || table.eIsProxy()) {
      return false;
    }
    if (Boolean.FALSE.equals(table.getBgpPropagation())) {
      return true;
    }
    Set<Ipv4Address> own = new LinkedHashSet<>();
    nva.getNics().forEach(n -> own.add(n.getIp()));
    for (Route route : table.getRoutes()) {
      Ipv4Prefix prefix = route.getPrefix();
      if (prefix != null && prefix.length() == 0
          && !(route.getNextHopType() == NextHopType.APPLIANCE && own.contains(route.getNextHopIp()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fact 75: the NVA resolves each Route Server instance's address, the BGP next hop of everything Route Server sends
   * it, through its own routes. A static route covering the address keeps that next hop off the session, unless Route
   * Server advertises a more specific range covering it over that same session (the hub's address space): then the
   * longer BGP route wins and the next hop resolves through the session itself. Each instance is judged on its own,
   * so a /32 to each is as good as a route to the whole RouteServerSubnet.
   */
  @Check(CheckType.NORMAL)
  public void recursiveNextHop(RouteServerPeering peering) {
    Nva nva = EcoreUtil2.getContainerOfType(peering, Nva.class);
    RouteServer routeServer = peering.getRouteServer();
    if (nva == null || !VendorProfile.ofKeyword(nva.getVendor()).installsBgpRoutes() || routeServer == null
        || routeServer.eIsProxy() || firstLineTo(nva, routeServer) != peering) {
      return;
    }
    Ipv4Prefix subnet = routeServerSubnetPrefix(routeServer);
    if (subnet == null) {
      return;
    }
    for (Ipv4Address instance : AzureSubnets.routeServerInstanceIps(subnet)) {
      Ipv4Prefix advertised = mostSpecificCovering(NetworkView.addressSpace(routeServer.getVnet()), instance);
      Ipv4Prefix resolving = mostSpecificCovering(staticPrefixes(nva), instance);
      if (resolving != null && (advertised == null || resolving.length() >= advertised.length())) {
        continue;
      }
      String fix = " Add 'static " + subnet.network() + " via " + written(peering, BGP_PEER__NIC) + "'.";
      String flaps = " the session's next hop is reachable only through a route learned over that same session,"
          + " and the session can flap.";
      report(IssueCodes.RECURSIVE_NEXT_HOP, resolving == null
          ? "NVA '" + nva.getName() + "' has no static route to Route Server instance " + instance
              + " (RouteServerSubnet " + subnet.network() + "): once Route Server advertises the VNet range," + flaps
              + fix
          : "NVA '" + nva.getName() + "' reaches Route Server instance " + instance + " by 'static " + resolving
              + "', but Route Server advertises the more specific " + advertised + " over the same session: then"
              + flaps + fix,
          peering, null);
      return;
    }
  }

  private static List<Ipv4Prefix> staticPrefixes(Nva nva) {
    List<Ipv4Prefix> prefixes = new ArrayList<>();
    for (StaticRoute route : nva.getStatics()) {
      Ipv4Prefix prefix = route.getPrefix();
      if (prefix != null) {
        prefixes.add(prefix);
      }
    }
    return prefixes;
  }

  private static Ipv4Prefix mostSpecificCovering(List<Ipv4Prefix> prefixes, Ipv4Address address) {
    Ipv4Prefix best = null;
    for (Ipv4Prefix prefix : prefixes) {
      if (prefix.contains(address) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best;
  }

  private static RouteServerPeering firstLineTo(Nva nva, RouteServer routeServer) {
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (peer instanceof RouteServerPeering peering && peering.getRouteServer() == routeServer) {
        return peering;
      }
    }
    return null;
  }

  /** The prefix of the Route Server's RouteServerSubnet, or null. */
  public static Ipv4Prefix routeServerSubnetPrefix(RouteServer routeServer) {
    Vnet vnet = routeServer.getVnet();
    return vnet == null || vnet.eIsProxy() ? null
        : NetworkView.subnetPrefix(NetworkView.subnetNamed(vnet, ROUTE_SERVER_SUBNET));
  }

  /**
   * A NIC that forwards without IP forwarding: Azure drops what it carries. Whether it does is
   * {@link NicForwarding}'s answer, which the trace uses too, so the trace drops the packet at this NIC with the same
   * reason (facts 41, 48, 61). A NIC forwards when an NVA's routes point at it (it receives packets for other
   * addresses), or when its static routes send transit traffic out of it (it sends packets from other addresses,
   * unless the NVA source-NATs).
   */
  @Check(CheckType.NORMAL)
  public void ipForwarding(Nic nic) {
    if (!(nic.eContainer() instanceof Nva nva)) {
      return;
    }
    ForwardingUse use = forwardingUse(nic, nva);
    if (use != null) {
      report(IssueCodes.IP_FORWARDING_MISSING, "NIC '" + nic.getName() + "' " + use.what() + ", but IP forwarding is"
          + " off: " + use.drop().reason() + ". Add 'ip-forwarding'.", nic, NIC__NAME);
    }
  }

  /** How a NIC forwards, and why Azure drops that traffic there. */
  private record ForwardingUse(String what, NicForwarding.Drop drop) {
  }

  private ForwardingUse forwardingUse(Nic nic, Nva nva) {
    // Packets routed to the NIC by Route Server are for other addresses (the destinations behind the NVA).
    NicForwarding.Drop arriving = NicForwarding.arriving(nic.isIpForwarding(), false).orElse(null);
    if (arriving != null && nva.getBgp() != null) {
      for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
        for (RouteServerPeering peering : NetworkView.routeServerTargets(advertisement)) {
          Ipv4Address nextHop = advertisement.getNextHop() != null ? advertisement.getNextHop()
              : peering.getNic() == null ? null : peering.getNic().getIp();
          if (nic.getIp() != null && nic.getIp().equals(nextHop)) {
            return new ForwardingUse("is the next hop of " + advertisement.getPrefix()
                + ", which it advertises to Route Server", arriving);
          }
        }
      }
      boolean passesOnSites = VendorProfile.ofKeyword(nva.getVendor()).passesOnLearnedRoutes()
          && network().all(Site.class).stream().anyMatch(site -> site.getVia() == nva);
      boolean peersWithRouteServer = nva.getBgp().getPeers().stream()
          .anyMatch(p -> p instanceof RouteServerPeering && p.getNic() == nic);
      if (passesOnSites && peersWithRouteServer) {
        return new ForwardingUse("is the next hop of the on-premises routes the NVA passes on to Route Server",
            arriving);
      }
    }
    boolean snat = Boolean.TRUE.equals(nva.getSnat());
    NicForwarding.Drop leaving = NicForwarding.leaving(nic.isIpForwarding(),
        NicForwarding.forwardedLeavesFromTheNic(snat)).orElse(null);
    if (leaving != null) {
      for (StaticRoute route : nva.getStatics()) {
        Ipv4Prefix prefix = route.getPrefix();
        if (leavesBy(route, nic) && prefix != null && !insideRouteServerSubnet(prefix)) {
          return new ForwardingUse("forwards traffic to " + prefix + " (static route, no 'snat on')", leaving);
        }
      }
    }
    return null;
  }

  /** The NIC a static route sends out of: its {@code via} NIC, or the NIC whose subnet holds its next-hop address. */
  private static boolean leavesBy(StaticRoute route, Nic nic) {
    if (route.getNic() != null) {
      return route.getNic() == nic;
    }
    Ipv4Address nextHop = route.getNextHopIp();
    Ipv4Prefix subnet = NetworkView.subnetPrefix(nic.getSubnet());
    return nextHop != null && subnet != null && subnet.contains(nextHop);
  }

  /** A static route only towards a RouteServerSubnet carries the NVA's own BGP traffic, not transit traffic. */
  private boolean insideRouteServerSubnet(Ipv4Prefix prefix) {
    return network().all(Subnet.class).stream().filter(s -> ROUTE_SERVER_SUBNET.equals(s.getName()))
        .map(NetworkView::subnetPrefix).anyMatch(subnet -> subnet != null && subnet.covers(prefix));
  }

  /** A prefix with the AS-path length Route Server compares (fact 55), at one Route Server. */
  private record EcmpKey(RouteServer routeServer, Ipv4Prefix prefix, int pathLength) {
  }

  /** The NVAs that advertise each prefix with each AS-path length to each Route Server. */
  private final RunValue<Map<EcmpKey, Set<Nva>>> ecmpAdvertisers = perRun(() -> {
    Map<EcmpKey, Set<Nva>> result = new HashMap<>();
    for (Bgp bgp : network().all(Bgp.class)) {
      for (Advertisement each : bgp.getAdvertisements()) {
        if (each.getPrefix() != null) {
          for (RouteServer routeServer : network().routeServersReachedBy(each)) {
            result.computeIfAbsent(new EcmpKey(routeServer, each.getPrefix().network(),
                NetworkView.asPathLength(each)), k -> new LinkedHashSet<>())
                .add(EcoreUtil2.getContainerOfType(bgp, Nva.class));
          }
        }
      }
    }
    return result;
  });

  /** Fact 55 and seed 000: equal AS-path length from two NVAs means ECMP, asymmetric through stateful firewalls. */
  private void ecmpWithoutSnat(Advertisement advertisement, Ipv4Prefix prefix) {
    Nva nva = EcoreUtil2.getContainerOfType(advertisement, Nva.class);
    if (nva == null || Boolean.TRUE.equals(nva.getSnat())) {
      return;
    }
    Map<EcmpKey, Set<Nva>> advertisers = ecmpAdvertisers.get();
    Set<String> others = new LinkedHashSet<>();
    for (RouteServer routeServer : network().routeServersReachedBy(advertisement)) {
      advertisers.getOrDefault(new EcmpKey(routeServer, prefix.network(), NetworkView.asPathLength(advertisement)),
          Set.of()).stream().filter(other -> other != nva).forEach(other -> others.add(other.getName()));
    }
    if (!others.isEmpty()) {
      report(IssueCodes.ECMP_WITHOUT_SNAT, "'" + nva.getName() + "' and " + String.join(", ", others.stream()
          .map(n -> "'" + n + "'").toList()) + " advertise " + prefix.network() + " with the same AS-path length ("
          + NetworkView.asPathLength(advertisement) + "), so Route Server programs both and VMs spread flows over them"
          + " (ECMP): a stateful firewall may see only one direction of a flow. Add 'snat on', or make one standby"
          + " with 'prepend 1'.", advertisement, null);
    }
  }

  /** Fact 63: never disable BGP propagation on GatewaySubnet. */
  @Check(CheckType.FAST)
  public void gatewaySubnetPropagation(Subnet subnet) {
    RouteTable table = subnet.getRouteTable();
    if (GATEWAY_SUBNET.equals(subnet.getName()) && table != null && !table.eIsProxy()
        && Boolean.FALSE.equals(table.getBgpPropagation())) {
      report(IssueCodes.GATEWAY_SUBNET_PROPAGATION_OFF, "Route table '" + table.getName() + "' turns BGP propagation"
          + " off on GatewaySubnet: the gateway then loses the routes it learns and stops working. Use a route table"
          + " with 'bgp-propagation on' there.", subnet, SUBNET__ROUTE_TABLE);
    }
  }

  /** Fact 76: a GatewaySubnet UDR that sends RouteServerSubnet to a firewall hijacks gateway-to-ARS BGP. */
  @Check(CheckType.NORMAL)
  public void gatewaySubnetUdr(Subnet subnet) {
    RouteTable table = subnet.getRouteTable();
    Vnet vnet = NetworkView.vnetOf(subnet);
    if (!GATEWAY_SUBNET.equals(subnet.getName()) || table == null || table.eIsProxy()
        || network().routeServersIn(vnet).isEmpty()) {
      return;
    }
    Ipv4Prefix routeServerSubnet = NetworkView.subnetPrefix(NetworkView.subnetNamed(vnet, ROUTE_SERVER_SUBNET));
    if (routeServerSubnet == null) {
      return;
    }
    Route best = null;
    for (Route route : table.getRoutes()) {
      Ipv4Prefix prefix = route.getPrefix();
      if (prefix != null && prefix.covers(routeServerSubnet)
          && (best == null || prefix.length() > best.getPrefix().length())) {
        best = route;
      }
    }
    if (best != null && (best.getNextHopType() == NextHopType.APPLIANCE || best.getNextHopType() == NextHopType.NONE)) {
      report(IssueCodes.GATEWAY_SUBNET_UDR_CAPTURES_ROUTE_SERVER, "Route '" + best.getName() + "' of table '"
          + table.getName() + "' also sends GatewaySubnet's traffic to RouteServerSubnet " + routeServerSubnet
          + " to " + best.getNextHopType().getLiteral() + ", which can break the gateway's BGP sessions with Route"
          + " Server. Add 'route <name> " + routeServerSubnet.network() + " -> vnet-local' to the table.",
          subnet, SUBNET__ROUTE_TABLE);
    }
  }
}
