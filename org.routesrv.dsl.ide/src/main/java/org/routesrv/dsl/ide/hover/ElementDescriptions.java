package org.routesrv.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.routesrv.dsl.ide.analysis.LiveAnalysis;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Available;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Unavailable;
import org.routesrv.dsl.ide.markdown.SimulationMarkdown;
import org.routesrv.dsl.linking.ElementNames;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.rsnet.Expectation;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteTable;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.GatewayTables;
import org.routesrv.dsl.simulation.NvaSession;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.output.OutputTables;
import org.routesrv.dsl.workspace.NetworkAnalysis;

/** Hover texts of model elements: what the element is, its comment, and what the simulation says of it. */
public class ElementDescriptions {

  /** {@code element}'s description; {@code analyses} gives the simulation of the element's network. */
  public String describe(EObject element, Function<EObject, LiveAnalysis> analyses) {
    StringBuilder out = new StringBuilder(header(element));
    String comment = leadingComment(element);
    if (!comment.isEmpty()) {
      out.append("\n\n").append(comment);
    }
    String simulated = switch (element) {
      case Subnet subnet -> simulated(analyses.apply(subnet), simulation -> effectiveRoutes(simulation, subnet));
      case Nva nva -> simulated(analyses.apply(nva), simulation -> peerings(simulation, nva) + routingTable(simulation,
          nva));
      case RouteServer server -> simulated(analyses.apply(server), simulation -> sessions(simulation, server));
      case Gateway gateway -> simulated(analyses.apply(gateway), simulation -> gatewayTables(simulation, gateway));
      case Site site -> simulated(analyses.apply(site), simulation -> siteRoutes(simulation, site));
      default -> null;
    };
    if (simulated != null) {
      out.append("\n\n").append(simulated);
    }
    return out.toString();
  }

  /** What the simulation found for {@code expectation}, as a verdict and the actual value. */
  public String expectationResult(Expectation expectation, LiveAnalysis analysis) {
    if (analysis instanceof Unavailable unavailable) {
      return unavailable(unavailable);
    }
    NetworkAnalysis network = ((Available) analysis).analysis();
    SourceRef source = null;
    for (Map.Entry<SourceRef, EObject> origin : network.lowered().expectationOrigins().entrySet()) {
      if (origin.getValue() == expectation) {
        source = origin.getKey();
      }
    }
    List<String> verdicts = new ArrayList<>();
    for (ExpectationResult result : network.expectationResults()) {
      if (result.source().equals(source)) {
        verdicts.add(SimulationMarkdown.expectation(result));
      }
    }
    return verdicts.isEmpty() ? "_The simulation did not check this expectation._" : String.join("\n\n", verdicts);
  }

  private static String header(EObject element) {
    String kind = ElementNames.of(element.eClass());
    return switch (element) {
      case Model model -> "**network** `" + model.getName() + "`";
      case Subnet subnet -> "**subnet** `" + vnetOf(subnet) + "." + subnet.getName() + "` " + subnet.getPrefix()
          + (subnet.getRouteTable() != null && subnet.getRouteTable().getName() != null
              ? " · route table `" + subnet.getRouteTable().getName() + "`" : "");
      case Vnet vnet -> "**vnet** `" + vnet.getName() + "` · address space "
          + vnet.getAddressSpaces().stream().flatMap(space -> space.getPrefixes().stream())
              .map(String::valueOf).collect(Collectors.joining(", "))
          + " · " + plural(vnet.getSubnets().size(), "subnet");
      case Nva nva -> "**NVA** `" + nva.getName() + "` · vendor " + nva.getVendor() + " · AS " + nva.getAsn();
      case Nic nic -> "**NIC** `" + nic.getName() + "` of `" + ((Nva) nic.eContainer()).getName() + "` · "
          + nic.getIp() + (nic.isIpForwarding() ? " · IP forwarding" : " · no IP forwarding");
      case RouteServer server -> "**Route Server** `" + server.getName() + "` in `"
          + (server.getVnet() == null ? "?" : server.getVnet().getName()) + "` · AS 65515";
      case RouteTable table -> "**route table** `" + table.getName() + "` · BGP propagation "
          + (Boolean.FALSE.equals(table.getBgpPropagation()) ? "off" : "on") + " · "
          + plural(table.getRoutes().size(), "route");
      case Vm vm -> "**vm** `" + vm.getName() + "` · " + vm.getIp();
      case org.routesrv.dsl.rsnet.RouteMap map -> "**route map** `" + map.getName() + "` · "
          + plural(map.getRules().size(), "rule");
      default -> "**" + kind + "** `" + nameOf(element) + "`";
    };
  }

  private static String effectiveRoutes(Simulation simulation, Subnet subnet) {
    EffectiveRouteTable routes = simulation.effectiveRoutes(new SubnetRef(vnetOf(subnet), subnet.getName()));
    if (routes == null) {
      return "_No effective routes: the simulation does not know this subnet._";
    }
    String propagation = routes.bgpPropagationDisabled() ? " (BGP route propagation disabled)" : "";
    return "**Effective routes**" + propagation + "\n\n"
        + SimulationMarkdown.effectiveRoutes(routes).markdown(SimulationMarkdown.HOVER_ROWS);
  }

  /** What the NVA forwards with: its own routing table. */
  private static String routingTable(Simulation simulation, Nva nva) {
    var table = simulation.nvaRoutes(nva.getName());
    return table == null ? "" : "\n\n**Routing table**\n\n"
        + SimulationMarkdown.nvaRoutes(table.routes()).markdown(SimulationMarkdown.HOVER_ROWS).stripTrailing();
  }

  /** Fact 94: the gateway's BGP peers and what it learned, as {@code az network vnet-gateway} lists them. */
  private static String gatewayTables(Simulation simulation, Gateway gateway) {
    GatewayTables tables = simulation.gatewayTables(gateway.getName());
    if (tables == null) {
      return "_The simulation does not know this gateway._";
    }
    return "**BGP peers**\n\n" + SimulationMarkdown.gatewayPeers(tables).markdown(SimulationMarkdown.HOVER_ROWS)
        + "\n**Learned routes**\n\n" + SimulationMarkdown.gatewayLearned(tables).markdown(SimulationMarkdown.HOVER_ROWS);
  }

  /** What on-premises receives from the gateway or NVA the site is connected by. */
  private static String siteRoutes(Simulation simulation, Site site) {
    return "**Received on-premises**\n\n"
        + SimulationMarkdown.siteRoutes(simulation.siteRoutes(site.getName())).markdown(SimulationMarkdown.HOVER_ROWS);
  }

  private static String peerings(Simulation simulation, Nva nva) {
    List<RouteServerPeer> peerings = simulation.peeringsOf(nva.getName());
    StringBuilder out = new StringBuilder();
    List<NvaSession> others = simulation.nvaSessions(nva.getName()).stream()
        .filter(session -> peerings.stream().noneMatch(peer -> session.peer().startsWith(peer.routeServer() + " ")))
        .toList();
    if (!others.isEmpty()) {
      out.append("**Other BGP sessions**\n\n").append(SimulationMarkdown.nvaSessions(others)
          .markdown(SimulationMarkdown.HOVER_ROWS)).append('\n');
    }
    if (peerings.isEmpty()) {
      return out.append("_No Route Server peering._").toString();
    }
    for (RouteServerPeer peer : peerings) {
      long up = peer.sessions().stream().filter(session -> session.established()).count();
      out.append("**Sessions with `").append(peer.routeServer()).append("`**: ").append(up).append(" of ")
          .append(peer.sessions().size()).append(" Established\n\n")
          .append(SimulationMarkdown.sessions(peer).markdown(SimulationMarkdown.HOVER_ROWS))
          .append("\n**Learned by `").append(peer.routeServer()).append("`** from `").append(peer.nva()).append("`\n\n")
          .append(SimulationMarkdown.learned(peer).markdown(SimulationMarkdown.HOVER_ROWS));
      if (!OutputTables.rejected(peer).isEmpty()) {
        out.append("\n**Rejected by `").append(peer.routeServer()).append("`** (not listed by Azure, fact 82)\n\n")
            .append(SimulationMarkdown.rejected(peer).markdown(SimulationMarkdown.HOVER_ROWS));
      }
      out.append("\n**Advertised by `").append(peer.routeServer()).append("`** to `").append(peer.nva()).append("`\n\n")
          .append(SimulationMarkdown.advertised(simulation, peer).markdown(SimulationMarkdown.HOVER_ROWS));
    }
    return out.toString().stripTrailing();
  }

  private static String sessions(Simulation simulation, RouteServer server) {
    return simulation.routeServers().stream().filter(s -> s.name().equals(server.getName())).findFirst()
        .map(simulated -> "Instances " + simulated.instanceIps().stream().map(Object::toString)
            .collect(Collectors.joining(", ")) + "\n\n**Sessions**\n\n"
            + SimulationMarkdown.sessions(simulation, simulated).markdown(SimulationMarkdown.HOVER_ROWS))
        .orElse("_The simulation does not know this Route Server._");
  }

  private static String simulated(LiveAnalysis analysis, Function<Simulation, String> render) {
    if (analysis == null) {
      return null;
    }
    return analysis instanceof Available available ? render.apply(available.analysis().baseline())
        : unavailable((Unavailable) analysis);
  }

  private static String unavailable(Unavailable unavailable) {
    return "_Simulation unavailable: " + unavailable.reason() + "._";
  }

  /** The {@code //} lines right above the element (a blank line ends them), as its documentation. */
  static String leadingComment(EObject element) {
    ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
    if (node == null || element instanceof Model) {
      return "";
    }
    String text = node.getRootNode().getText();
    int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
    if (!text.substring(lineStart, node.getOffset()).isBlank()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    int end = lineStart - 1;
    while (end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end).strip();
      if (!line.startsWith("//")) {
        break;
      }
      lines.add(0, line.substring(2).strip());
      end = start - 1;
    }
    return String.join("\n", lines).strip();
  }

  private static String vnetOf(Subnet subnet) {
    return subnet.eContainer() instanceof Vnet vnet ? vnet.getName() : "?";
  }

  private static String nameOf(EObject element) {
    EStructuralFeature name = element.eClass().getEStructuralFeature("name");
    Object value = name == null ? null : element.eGet(name);
    if (value != null) {
      return value.toString();
    }
    Model model = EcoreUtil2.getContainerOfType(element, Model.class);
    return model == null ? "?" : model.getName();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
