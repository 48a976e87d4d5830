package org.routesrv.dsl.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.generator.NvaBgp.Instance;
import org.routesrv.dsl.generator.NvaBgp.NeighborPeer;
import org.routesrv.dsl.generator.NvaBgp.PolicyOption;
import org.routesrv.dsl.generator.NvaBgp.RouteServerPeers;
import org.routesrv.dsl.network.Advertisement;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.StaticRoute;

/**
 * A BIRD 2 configuration ({@code bird -p -c} checks it): the NVA's static routes, its advertisements as unreachable
 * routes of a static protocol that only BGP exports, one BGP protocol per Route Server instance and per neighbour,
 * and per session an export filter that sends the session's own advertisements with their attributes, never hands a
 * Route Server what a Route Server advertised, and passes on what other BGP peers advertise (BIRD puts its own AS
 * first on every eBGP path, as the model does). BIRD writes the session option {@code allowas-in} ({@code allow local
 * as}); the other options and route maps on the NVA's sessions are named as left out.
 */
public final class BirdGenerator implements NvaConfigGenerator {

  private static final Set<PolicyOption> WRITTEN_POLICY = EnumSet.of(PolicyOption.ALLOWAS_IN);
  private static final String ORIGINATED = "originated";

  @Override
  public String fileSuffix() {
    return "bird.conf";
  }

  @Override
  public List<String> notes(NvaConfigInput input) {
    NvaBgp bgp = input.bgp();
    List<String> notes = new ArrayList<>();
    for (Advertisement advertisement : input.nva().bgp().advertisements()) {
      if (bgp.asnsAfterOwn(advertisement) == null) {
        notes.add("advertise " + advertisement.prefix() + " as-path " + advertisement.asPath() + " is left out: BIRD"
            + " puts its own AS " + input.nva().asn() + " first on every eBGP path.");
      }
    }
    notes.addAll(bgp.policyLeftOut("BIRD", WRITTEN_POLICY));
    notes.addAll(bgp.conditionsWrittenUnconditionally("BIRD"));
    notes.addAll(bgp.sitesWithoutPeerLine());
    notes.addAll(bgp.tunnelsLeftOut());
    return notes;
  }

  @Override
  public String generate(NvaConfigInput input) {
    NvaBgp bgp = input.bgp();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(input.provenance()).append('\n');
    out.append("# ").append(NvaConfigInput.DO_NOT_EDIT).append('\n');
    out.append("# Check with: bird -p -c ").append(input.nva().name()).append('.').append(fileSuffix()).append('\n');
    notes(input).forEach(note -> out.append("# Note: ").append(note).append('\n'));
    if (input.nva().bgp().routerId() != null) {
      out.append("router id ").append(input.nva().bgp().routerId()).append(";\n");
    }
    out.append("\nprotocol device {\n}\n");
    List<Ipv4Prefix> originated = originated(bgp);
    if (!originated.isEmpty()) {
      out.append("\n# What the NVA originates: held in BIRD's table only for BGP to export, never installed.\n");
      out.append("protocol static ").append(ORIGINATED).append(" {\n  ipv4;\n");
      originated.forEach(prefix -> out.append("  route ").append(prefix).append(" unreachable;\n"));
      out.append("}\n");
    }
    if (!input.nva().statics().isEmpty()) {
      out.append("\nprotocol static statics {\n  ipv4;\n");
      for (StaticRoute route : input.nva().statics()) {
        out.append("  route ").append(route.prefix()).append(" via ").append(route.nextHop()).append(";\n");
      }
      out.append("}\n");
    }
    out.append("\nprotocol kernel {\n  ipv4 {\n    export where proto != \"").append(ORIGINATED).append("\";\n  };\n}\n");
    for (RouteServerPeers peers : bgp.routeServerPeers()) {
      routeServer(out, bgp, peers, originated);
    }
    for (NeighborPeer peer : bgp.neighborPeers()) {
      String filter = "peer_" + identifier(peer.name()) + "_out";
      exportFilter(out, bgp, filter, peer.advertisements(), peer.localAddress(), originated, false);
      out.append("\nprotocol bgp peer_").append(identifier(peer.name())).append(" {\n");
      out.append("  description \"").append(peer.name()).append("\";\n");
      session(out, peer.localAddress(), input.nva().asn(), peer.neighbor().ip(), peer.neighbor().asn(),
          peer.neighbor().multihop(), peer.neighbor().policy().allowAsIn(), filter);
      out.append("}\n");
    }
    return out.toString();
  }

  private void routeServer(StringBuilder out, NvaBgp bgp, RouteServerPeers peers, List<Ipv4Prefix> originated) {
    String shared = "rs_" + identifier(peers.name()) + "_out";
    if (!peers.differsPerInstance()) {
      exportFilter(out, bgp, shared, peers.advertisements(), peers.localAddress(), originated, true);
    }
    for (Instance instance : peers.instances()) {
      String protocol = identifier(peers.name()) + "_in" + instance.instance().index();
      String filter = shared;
      if (peers.differsPerInstance()) {
        // Fact 88: this instance hears its own attributes, so its session has its own filter.
        filter = protocol + "_out";
        exportFilter(out, bgp, filter, peers.advertisementsFor(instance), peers.localAddress(), originated, true);
      }
      out.append("\nprotocol bgp ").append(protocol).append(" {\n");
      out.append("  description \"").append(peers.name()).append(' ').append(instance.role()).append("\";\n");
      session(out, peers.localAddress(), bgp.nva().asn(), instance.ip(), AzureAsns.ROUTE_SERVER,
          NvaBgp.ROUTE_SERVER_MULTIHOP, peers.peering().policy().allowAsIn(), filter);
      out.append("  hold time ").append(peers.holdSeconds()).append(";\n");
      out.append("  keepalive time ").append(peers.keepaliveSeconds()).append(";\n");
      out.append("}\n");
    }
  }

  private static void session(StringBuilder out, Ipv4Address local, long asn, Ipv4Address neighbor, long neighborAsn,
      int multihop, int allowAsIn, String exportFilter) {
    out.append("  local ").append(local).append(" as ").append(asn).append(";\n");
    out.append("  neighbor ").append(neighbor).append(" as ").append(neighborAsn).append(";\n");
    if (multihop > 1) {
      out.append("  multihop ").append(multihop).append(";\n");
    }
    if (allowAsIn > 0) {
      out.append("  allow local as ").append(allowAsIn).append(";\n");
    }
    out.append("  ipv4 {\n    import all;\n    export filter ").append(exportFilter).append(";\n  };\n");
  }

  /**
   * The session's own advertisements with their attributes, the NVA's other originated prefixes refused, then what
   * other BGP peers advertise; towards Route Server never a path that starts with 65515.
   */
  private void exportFilter(StringBuilder out, NvaBgp bgp, String name, List<Advertisement> advertisements,
      Ipv4Address localAddress, List<Ipv4Prefix> originated, boolean towardsRouteServer) {
    out.append("\nfilter ").append(name).append(" {\n");
    if (!originated.isEmpty()) {
      out.append("  if proto = \"").append(ORIGINATED).append("\" then {\n");
      Set<Ipv4Prefix> written = new LinkedHashSet<>();
      for (Advertisement advertisement : advertisements) {
        List<Long> after = bgp.asnsAfterOwn(advertisement);
        if (after == null || !written.add(advertisement.prefix())) {
          continue;
        }
        out.append("    if net = ").append(advertisement.prefix()).append(" then {\n");
        // BIRD puts its own AS in front after the filter: prepend the rest last ASN first.
        for (int i = after.size() - 1; i >= 0; i--) {
          out.append("      bgp_path.prepend(").append(after.get(i)).append(");\n");
        }
        for (Community community : advertisement.communities()) {
          out.append("      bgp_community.add((").append(community.toString().replace(':', ',')).append("));\n");
        }
        if (!advertisement.nextHop().equals(localAddress)) {
          out.append("      bgp_next_hop = ").append(advertisement.nextHop()).append(";\n");
        }
        out.append("      accept;\n    }\n");
      }
      out.append("    reject;\n  }\n");
    }
    out.append("  if source != RTS_BGP then reject;\n");
    if (towardsRouteServer) {
      out.append("  # Never hand a Route Server what a Route Server advertised.\n");
      out.append("  if bgp_path.first = ").append(AzureAsns.ROUTE_SERVER).append(" then reject;\n");
    }
    out.append("  accept;\n}\n");
  }

  /** Every prefix the NVA originates that BIRD can send as the model says, once, in address order. */
  private static List<Ipv4Prefix> originated(NvaBgp bgp) {
    Set<Ipv4Prefix> prefixes = new java.util.TreeSet<>();
    for (Advertisement advertisement : bgp.nva().bgp().advertisements()) {
      if (bgp.asnsAfterOwn(advertisement) != null) {
        prefixes.add(advertisement.prefix());
      }
    }
    return List.copyOf(prefixes);
  }

  /** BIRD names protocols and filters with letters, digits and underscores. */
  private static String identifier(String name) {
    return name.replaceAll("[^A-Za-z0-9_]", "_");
  }
}
