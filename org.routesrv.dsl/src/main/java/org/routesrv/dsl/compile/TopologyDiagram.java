package org.routesrv.dsl.compile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.routesrv.dsl.network.BgpNeighbor;
import org.routesrv.dsl.network.ExpressRouteGateway;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.PeeringSide;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.Subnet;
import org.routesrv.dsl.network.Vnet;
import org.routesrv.dsl.network.VnetPeering;
import org.routesrv.dsl.network.VpnGateway;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;

/**
 * The network as a Mermaid flowchart: one box per vnet holding its subnets, Route Servers, NVAs
 * and gateways; peerings between vnets labelled with their transit flags; BGP sessions labelled
 * with their state (dotted when not all are Established); on-premises sites beside their gateway.
 */
final class TopologyDiagram {

  private final Network network;
  private final Simulation simulation;
  private final Map<String, String> ids = new HashMap<>();
  private final Set<String> takenIds = new HashSet<>();
  private final StringBuilder out = new StringBuilder();

  private TopologyDiagram(Simulation simulation) {
    this.network = simulation.network();
    this.simulation = simulation;
  }

  static String render(Simulation simulation) {
    return new TopologyDiagram(simulation).draw();
  }

  private String draw() {
    out.append("```mermaid\nflowchart LR\n");
    network.vnets().forEach(this::vnet);
    network.nvas().stream().filter(nva -> nva.nics().isEmpty()).forEach(nva -> out.append("  ")
        .append(id("nva", nva.name())).append("[\"NVA ").append(nva.name()).append("<br/>").append(nva.vendor().keyword())
        .append(" · AS ").append(nva.asn()).append("<br/>no NIC\"]\n"));
    network.peerings().forEach(this::peering);
    network.nvas().forEach(this::sessions);
    network.sites().forEach(this::site);
    out.append("```\n");
    return out.toString();
  }

  private void vnet(Vnet vnet) {
    String spaces = vnet.addressSpaces().stream().map(Object::toString).collect(Collectors.joining(", "));
    out.append("  subgraph ").append(id("vnet", vnet.name())).append("[\"vnet ").append(vnet.name()).append(" · ")
        .append(spaces).append(vnet.location() == null ? "" : " · " + vnet.location()).append("\"]\n");
    String subnets = vnet.subnets().stream().map(this::subnetLine).collect(Collectors.joining("<br/>"));
    out.append("    ").append(id("subnets", vnet.name())).append("[\"")
        .append(subnets.isEmpty() ? "no subnets" : subnets).append("\"]\n");
    for (RouteServer server : network.routeServers()) {
      if (server.vnet().equals(vnet.name())) {
        out.append("    ").append(id("rs", server.name())).append("{{\"Route Server ").append(server.name())
            .append("<br/>AS 65515 · ")
            .append(server.instanceIps().stream().map(Object::toString).collect(Collectors.joining(", ")))
            .append("<br/>branch-to-branch ").append(server.branchToBranch() ? "on" : "off").append("\"}}\n");
      }
    }
    for (Nva nva : network.nvas()) {
      if (nva.nics().stream().anyMatch(nic -> nic.subnet().vnet().equals(vnet.name()))) {
        out.append("    ").append(id("nva", nva.name())).append("[\"NVA ").append(nva.name()).append("<br/>")
            .append(nva.vendor().keyword()).append(" · AS ").append(nva.asn()).append("<br/>")
            .append(nva.nics().stream().map(Nic::ip).map(Object::toString).collect(Collectors.joining(", ")))
            .append(nva.snat() ? "<br/>SNAT" : "").append("\"]\n");
      }
    }
    for (Gateway gateway : network.gateways()) {
      if (gateway.vnet().equals(vnet.name())) {
        out.append("    ").append(id("gw", gateway.name())).append("[/\"").append(gatewayLabel(gateway))
            .append("\"/]\n");
      }
    }
    out.append("  end\n");
  }

  private String subnetLine(Subnet subnet) {
    String table = subnet.routeTable() == null ? "" : " (" + subnet.routeTable() + ")";
    return subnet.name() + " " + subnet.prefix() + table;
  }

  private static String gatewayLabel(Gateway gateway) {
    return switch (gateway) {
      case VpnGateway vpn -> "VPN gateway " + vpn.name() + "<br/>AS " + vpn.asn()
          + (vpn.activeActive() ? " · active-active" : "");
      case ExpressRouteGateway er -> "ExpressRoute gateway " + er.name();
    };
  }

  private void peering(VnetPeering peering) {
    PeeringSide left = peering.left();
    PeeringSide right = peering.right();
    String label;
    if (left.allowGatewayTransit() && right.useRemoteGateways()) {
      label = "transit via " + left.vnet();
    } else if (right.allowGatewayTransit() && left.useRemoteGateways()) {
      label = "transit via " + right.vnet();
    } else {
      label = "peering, no gateway transit";
    }
    if (!left.allowForwardedTraffic() || !right.allowForwardedTraffic()) {
      label += ", forwarded traffic off";
    }
    out.append("  ").append(id("vnet", left.vnet())).append(" <-->|\"").append(label).append("\"| ")
        .append(id("vnet", right.vnet())).append('\n');
  }

  private void sessions(Nva nva) {
    for (RouteServerPeer peer : simulation.peeringsOf(nva.name())) {
      List<BgpSession> sessions = peer.sessions();
      long established = sessions.stream().filter(BgpSession::established).count();
      String label = "BGP " + established + "/" + sessions.size() + " Established";
      String reason = sessions.stream().filter(s -> !s.established()).map(BgpSession::reason).findFirst().orElse(null);
      if (reason != null) {
        label += " · Idle: " + reason;
      }
      String link = established == sessions.size() ? " ---|\"" : " -.-|\"";
      out.append("  ").append(id("nva", nva.name())).append(link).append(text(label)).append("\"| ")
          .append(id("rs", peer.routeServer())).append('\n');
    }
    for (BgpNeighbor neighbor : nva.bgp().neighbors()) {
      String other = network.nvas().stream()
          .filter(n -> n.nics().stream().anyMatch(nic -> nic.ip().equals(neighbor.ip()))).map(Nva::name).findFirst()
          .orElse(null);
      // Each NVA pair is drawn once, from the NVA that comes first.
      if (other == null || other.compareTo(nva.name()) > 0) {
        String target = other != null ? id("nva", other) : id("peer", nva.name() + "-" + neighbor.name());
        if (other == null) {
          out.append("  ").append(target).append("([\"BGP peer ").append(neighbor.name()).append("<br/>")
              .append(neighbor.ip()).append(" · AS ").append(neighbor.asn()).append("\"])\n");
        }
        out.append("  ").append(id("nva", nva.name())).append(" ---|\"eBGP ").append(neighbor.name())
            .append("\"| ").append(target).append('\n');
      }
    }
  }

  private void site(Site site) {
    String prefixes = site.prefixes().stream().map(SitePrefix::prefix).map(Object::toString)
        .collect(Collectors.joining("<br/>"));
    out.append("  ").append(id("site", site.name())).append("([\"site ").append(site.name())
        .append(site.speaksBgp() ? " · AS " + site.asn() : " · static")
        .append(prefixes.isEmpty() ? "" : "<br/>" + prefixes).append("\"])\n");
    String via = network.gateway(site.via()).isPresent() ? id("gw", site.via()) : id("nva", site.via());
    out.append("  ").append(via).append(" --- ").append(id("site", site.name())).append('\n');
  }

  /** Mermaid node ids allow letters, digits and '_' only; distinct model names keep distinct ids. */
  private String id(String kind, String name) {
    return ids.computeIfAbsent(kind + ":" + name, key -> {
      String base = kind + "_" + name.replaceAll("[^A-Za-z0-9_]", "_");
      String candidate = base;
      for (int i = 2; !takenIds.add(candidate); i++) {
        candidate = base + "_" + i;
      }
      return candidate;
    });
  }

  /** Labels are quoted; a reason may hold a quote. */
  private static String text(String label) {
    return label.replace("\"", "#quot;");
  }
}
