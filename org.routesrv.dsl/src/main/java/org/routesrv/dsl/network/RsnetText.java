package org.routesrv.dsl.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a network as RSNet text in the canonical layout: the inverse of parsing and lowering.
 * Every resolved value is written explicitly, so reading the text back yields the same records
 * (source references aside). Benchmarks and round-trip tests build models in code and need text.
 */
public final class RsnetText {

  /**
   * Keywords that need a leading '^' to be read as names: every keyword is a name, except these five
   * where an expectation lists its targets (the grammar's keywords minus those its {@code TargetName}
   * rule accepts); a test keeps this list equal to the grammar's.
   */
  public static final Set<String> RESERVED = Set.of("internet", "ip", "none", "peering", "vnet-local");

  private final StringBuilder out = new StringBuilder();

  private RsnetText() {
  }

  public static String of(Network network) {
    RsnetText text = new RsnetText();
    text.network(network);
    return text.out.toString();
  }

  private void line(int indent, String text) {
    out.append("    ".repeat(indent)).append(text).append('\n');
  }

  static String name(String name) {
    return RESERVED.contains(name) ? "^" + name : name;
  }

  private void network(Network network) {
    line(0, "network " + network.name());
    network.vnets().forEach(this::vnet);
    network.nsgs().forEach(nsg -> line(0, "nsg " + name(nsg)));
    network.peerings().forEach(this::peering);
    network.routeTables().forEach(this::routeTable);
    routeMapsOf(network).forEach(this::routeMap);
    network.routeServers().forEach(this::routeServer);
    network.nvas().forEach(this::nva);
    network.gateways().forEach(this::gateway);
    network.sites().forEach(this::site);
    network.vms().forEach(vm -> line(0, "vm " + name(vm.name()) + " in " + subnet(vm.subnet()) + " " + vm.ip()));
    network.expectations().forEach(expectation -> line(0, expectation(expectation)));
    network.scenarios().forEach(this::scenario);
  }

  private void vnet(Vnet vnet) {
    line(0, "vnet " + name(vnet.name()) + (vnet.location() == null ? "" : " location " + name(vnet.location())) + " {");
    if (!vnet.addressSpaces().isEmpty()) {
      line(1, "address-space " + joined(vnet.addressSpaces(), ", "));
    }
    for (Subnet subnet : vnet.subnets()) {
      line(1, "subnet " + name(subnet.name()) + " " + subnet.prefix()
          + (subnet.routeTable() == null ? "" : " route-table " + name(subnet.routeTable()))
          + (subnet.nsg() == null ? "" : " nsg " + name(subnet.nsg())));
    }
    line(0, "}");
  }

  private void peering(VnetPeering peering) {
    line(0, "peering " + name(peering.left().vnet()) + " <-> " + name(peering.right().vnet()) + " {");
    for (PeeringSide side : List.of(peering.left(), peering.right())) {
      if (side.allowGatewayTransit()) {
        line(1, "allow-gateway-transit " + name(side.vnet()));
      }
      if (side.useRemoteGateways()) {
        line(1, "use-remote-gateways " + name(side.vnet()));
      }
    }
    line(1, "forwarded-traffic " + onOff(peering.left().allowForwardedTraffic() && peering.right().allowForwardedTraffic()));
    line(0, "}");
  }

  private void routeTable(RouteTable table) {
    line(0, "route-table " + name(table.name()) + " {");
    line(1, "bgp-propagation " + onOff(table.bgpPropagation()));
    for (UserRoute route : table.routes()) {
      line(1, "route " + name(route.name()) + " " + route.prefix() + " -> "
          + route.nextHopType().name().toLowerCase(Locale.ROOT).replace('_', '-')
          + (route.nextHopIp() == null ? "" : " " + route.nextHopIp()));
    }
    line(0, "}");
  }

  private void routeServer(RouteServer server) {
    line(0, "route-server " + name(server.name()) + " in " + name(server.vnet()) + " {");
    line(1, "branch-to-branch " + onOff(server.branchToBranch()));
    line(1, "routing-preference " + server.routingPreference().keyword());
    ProgrammingDelay delay = server.programmingDelay();
    line(1, "programming-delay " + duration(delay.shortest()) + (delay.isExact() ? "" : " to " + duration(delay.longest())));
    line(1, "public-ip " + server.publicIp().name().toLowerCase(Locale.ROOT));
    line(1, "capacity " + server.capacity());
    line(1, "instance-order " + joined(server.instanceIps(), ", "));
    line(1, "programmed-from " + server.programmedFrom().name().toLowerCase(Locale.ROOT));
    server.importMaps().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(map -> line(1, "import " + name(map.getValue().name()) + " from " + name(map.getKey())));
    server.exportMaps().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(map -> line(1, "export " + name(map.getValue().name()) + " to " + name(map.getKey())));
    line(0, "}");
  }

  /** The maps the Route Servers and the NVAs' sessions use or scenarios attach, once each, by name. */
  private static Collection<RouteMap> routeMapsOf(Network network) {
    Map<String, RouteMap> maps = new TreeMap<>();
    for (RouteServer server : network.routeServers()) {
      server.importMaps().values().forEach(map -> maps.putIfAbsent(map.name(), map));
      server.exportMaps().values().forEach(map -> maps.putIfAbsent(map.name(), map));
    }
    for (Nva nva : network.nvas()) {
      List<PeerPolicy> policies = new ArrayList<>();
      nva.bgp().routeServerPeerings().forEach(peer -> policies.add(peer.policy()));
      nva.bgp().neighbors().forEach(neighbor -> policies.add(neighbor.policy()));
      for (PeerPolicy policy : policies) {
        for (RouteMap map : new RouteMap[] {policy.importMap(), policy.exportMap()}) {
          if (map != null) {
            maps.putIfAbsent(map.name(), map);
          }
        }
      }
    }
    for (Scenario scenario : network.scenarios()) {
      for (ScenarioEvent event : scenario.events()) {
        if (event instanceof ScenarioEvent.MapAttachment attachment) {
          maps.putIfAbsent(attachment.map().name(), attachment.map());
        }
      }
    }
    return maps.values();
  }

  private void routeMap(RouteMap map) {
    line(0, "route-map " + name(map.name()) + " {");
    for (RouteMap.Rule rule : map.rules()) {
      line(1, "rule " + name(rule.name()) + (rule.continues() ? " continue" : "") + " {");
      rule.matches().forEach(match -> line(2, "match " + switch (match) {
        case RouteMap.PrefixMatch prefixes -> "prefix " + kind(prefixes.kind()) + " " + joined(prefixes.prefixes(), ", ");
        case RouteMap.CommunityMatch communities -> "community " + kind(communities.kind()) + " "
            + joined(communities.communities(), ", ");
        case RouteMap.AsPathMatch path -> "as-path " + kind(path.kind()) + " " + joined(path.asns(), " ");
      }));
      rule.actions().forEach(action -> line(2, action(action)));
      line(1, "}");
    }
    line(0, "}");
  }

  private static String action(RouteMap.Action action) {
    String text = switch (action) {
      case RouteMap.Drop drop -> "drop";
      case RouteMap.Summarize summary -> "summarize " + joined(summary.prefixes(), ", ");
      case RouteMap.AsPathChange change -> (change.operation() == RouteMap.AsPathOperation.PREPEND ? "prepend "
          : "set as-path ") + joined(change.asns(), " ");
      case RouteMap.CommunityChange change -> switch (change.operation()) {
        case ADD -> "add community ";
        case REMOVE -> "remove community ";
        case REPLACE -> "set community ";
      } + joined(change.communities(), ", ");
      case RouteMap.SetLocalPreference preference -> "set local-pref " + preference.value();
    };
    // 'set as-path' and 'set community' alone empty the path or the communities.
    return text.stripTrailing();
  }

  private static String policy(PeerPolicy policy) {
    return (policy.importMap() == null ? "" : " import " + name(policy.importMap().name()))
        + (policy.exportMap() == null ? "" : " export " + name(policy.exportMap().name()))
        + (policy.asOverride() ? " as-override" : "")
        + switch (policy.removePrivateAs()) {
          case KEEP -> "";
          case REMOVE -> " remove-private-as";
          case REPLACE -> " remove-private-as replace";
        }
        + (policy.allowAsIn() == 0 ? "" : " allowas-in " + policy.allowAsIn());
  }

  private static String kind(RouteMap.MatchKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private void nva(Nva nva) {
    line(0, "nva " + name(nva.name()) + " vendor " + nva.vendor().keyword() + " asn " + nva.asn() + " {");
    for (Nic nic : nva.nics()) {
      line(1, "nic " + name(nic.name()) + " " + subnet(nic.subnet()) + " " + nic.ip() + (nic.ipForwarding() ? " ip-forwarding" : ""));
    }
    for (StaticRoute route : nva.statics()) {
      line(1, "static " + route.prefix() + " via " + (route.nic() != null ? name(route.nic()) : route.nextHop().toString()));
    }
    line(1, "snat " + onOff(nva.snat()));
    line(1, "stateful " + onOff(nva.stateful()));
    Bgp bgp = nva.bgp();
    line(1, "bgp {");
    if (bgp.routerId() != null) {
      line(2, "router-id " + bgp.routerId());
    }
    for (RouteServerPeering peer : bgp.routeServerPeerings()) {
      line(2, "peer " + name(peer.routeServer()) + " via " + name(peer.nic()) + " keepalive " + duration(peer.keepalive())
          + " hold " + duration(peer.hold()) + " instances " + peer.instances().name().toLowerCase(Locale.ROOT)
          + policy(peer.policy()));
    }
    for (BgpNeighbor neighbor : bgp.neighbors()) {
      line(2, "peer " + name(neighbor.name()) + " " + neighbor.ip() + " asn " + neighbor.asn()
          + (neighbor.nic() == null ? "" : " via " + name(neighbor.nic())) + " multihop " + neighbor.multihop()
          + policy(neighbor.policy()));
    }
    for (TunnelPeering tunnel : bgp.tunnels()) {
      line(2, "peer " + name(tunnel.gateway()) + " via tunnel bgp-ip " + tunnel.bgpIp() + policy(tunnel.policy()));
    }
    for (Advertisement advertisement : bgp.advertisements()) {
      line(2, "advertise " + advertisement(advertisement));
    }
    line(1, "}");
    line(0, "}");
  }

  /** The prefix and options of an advertisement, with its whole AS path written out. */
  public static String advertisement(Advertisement advertisement) {
    return advertisement.prefix() + " next-hop " + advertisement.nextHop()
        + (advertisement.asPath().length() == 0 ? "" : " as-path " + advertisement.asPath())
        + (advertisement.communities().isEmpty() ? "" : " community " + joined(advertisement.communities(), ", "))
        + (advertisement.toPeer() == null ? "" : " to " + name(advertisement.toPeer()))
        + (advertisement.toInstance() == null ? "" : " instance " + advertisement.toInstance().keyword())
        + (advertisement.whenLearned() == null ? "" : " when-learned " + advertisement.whenLearned()
            + (advertisement.whenLearnedFrom() == null ? "" : " from " + name(advertisement.whenLearnedFrom())));
  }

  private void gateway(Gateway gateway) {
    String ips = gateway.bgpIps().isEmpty() ? "" : "bgp-ips " + joined(gateway.bgpIps(), ", ");
    switch (gateway) {
      case VpnGateway vpn -> {
        // A placeholder is what the text without a public-ip resolves to again, so it is left out.
        String publicIp = VpnGateway.PLACEHOLDER_PUBLIC_IPS.contains(vpn.publicIp()) ? "" : " public-ip " + vpn.publicIp();
        String options = ips + publicIp;
        line(0, "vpn-gateway " + name(vpn.name()) + " in " + name(vpn.vnet())
            + (vpn.activeActive() ? " active-active" : "") + " asn " + vpn.asn()
            + (options.isBlank() ? "" : " { " + options.strip() + " }"));
      }
      case ExpressRouteGateway er -> line(0, "expressroute-gateway " + name(er.name()) + " in " + name(er.vnet())
          + (ips.isEmpty() ? "" : " { " + ips + " }"));
    }
  }

  private void site(Site site) {
    // A placeholder is what the text without a bgp-ip resolves to again, so it is left out.
    String bgpIp = Site.PLACEHOLDER_BGP_IPS.contains(site.bgpIp()) ? "" : " bgp-ip " + site.bgpIp();
    line(0, "site " + name(site.name()) + (site.speaksBgp() ? " asn " + site.asn() : "") + " via " + name(site.via())
        + bgpIp + " {");
    for (SitePrefix prefix : site.prefixes()) {
      line(1, "prefix " + prefix.prefix() + (prefix.asPathBehind().length() == 0 ? "" : " as-path " + prefix.asPathBehind()));
    }
    line(0, "}");
  }

  private void scenario(Scenario scenario) {
    line(0, "scenario " + name(scenario.name()) + " {");
    for (ScenarioEvent event : scenario.events()) {
      line(1, switch (event) {
        case ScenarioEvent.Announcement announcement ->
            "advertise " + name(announcement.nva()) + " " + advertisement(announcement.advertisement());
        default -> event.text();
      });
    }
    scenario.expectations().forEach(expectation -> line(1, expectation(expectation)));
    line(0, "}");
  }

  private static String expectation(Expectation expectation) {
    return "expect " + switch (expectation) {
      case Expectation.Route route -> "route " + subnet(route.subnet()) + " " + route.prefix() + " via " + targets(route.targets());
      case Expectation.RouteRows rows -> "route " + subnet(rows.subnet()) + " " + rows.prefix() + " state "
          + rows.state().name().toLowerCase(Locale.ROOT);
      case Expectation.NoRoute noRoute -> "no-route " + subnet(noRoute.subnet()) + " " + noRoute.prefix();
      case Expectation.Trace trace -> "trace " + name(trace.from()) + " -> " + destination(trace.to()) + switch (trace.outcome()) {
        case DELIVERED -> " via " + targets(trace.via());
        case DROPPED -> " dropped";
        case LOOPS -> " loops";
      };
      case Expectation.Symmetric symmetric -> "symmetric " + name(symmetric.fromVm()) + " <-> "
          + destination(symmetric.to());
      case Expectation.Session session -> "session " + name(session.nva()) + " " + session.state().name().toLowerCase(Locale.ROOT);
      case Expectation.Learned learned -> "learned " + name(learned.node()) + " " + learned.prefix()
          + from(learned.from()) + asPath(learned.asPath());
      case Expectation.LearnedCount count -> "learned " + name(count.node()) + " count " + count.count()
          + from(count.from());
      case Expectation.NoLearned noLearned -> "no-learned " + name(noLearned.node()) + " " + noLearned.prefix()
          + from(noLearned.from());
      case Expectation.Advertised advertised -> "advertised " + name(advertised.routeServer()) + " " + advertised.prefix()
          + " to " + name(advertised.nva()) + asPath(advertised.asPath());
      case Expectation.NoAdvertised noAdvertised -> "no-advertised " + name(noAdvertised.routeServer()) + " "
          + noAdvertised.prefix() + " to " + name(noAdvertised.nva());
      case Expectation.Outage outage -> "outage " + name(outage.fromVm()) + " -> " + destination(outage.to()) + " at-most "
          + duration(outage.atMost());
    };
  }

  private static String from(String nva) {
    return nva == null ? "" : " from " + name(nva);
  }

  private static String asPath(AsPath path) {
    return path == null ? "" : path.length() == 0 ? " as-path" : " as-path " + path;
  }

  private static String targets(List<Target> targets) {
    return targets.stream().map(t -> switch (t) {
      case Target.Node node -> name(node.name());
      case Target.GatewayInstance instance -> name(instance.gateway()) + " instance " + (instance.index() == 0 ? "first" : "second");
      default -> t.toString();
    })
        .collect(Collectors.joining(", "));
  }

  private static String destination(Destination destination) {
    return destination.name() != null ? name(destination.name()) : destination.ip().toString();
  }

  private static String subnet(SubnetRef subnet) {
    return name(subnet.vnet()) + "." + name(subnet.subnet());
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  private static String joined(List<?> values, String separator) {
    return values.stream().map(Object::toString).collect(Collectors.joining(separator));
  }
}
