package org.routesrv.dsl.ide.quickfix;

import static org.routesrv.dsl.ide.quickfix.TextEdits.endOfText;
import static org.routesrv.dsl.ide.quickfix.TextEdits.indentOfLineAt;
import static org.routesrv.dsl.ide.quickfix.TextEdits.insert;
import static org.routesrv.dsl.ide.quickfix.TextEdits.node;
import static org.routesrv.dsl.ide.quickfix.TextEdits.removeOption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.RouteTable;
import org.routesrv.dsl.rsnet.RsnetPackage.Literals;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.rsnet.VpnGateway;
import org.routesrv.dsl.validation.IssueCodes;
import org.routesrv.dsl.validation.NetworkView;
import org.routesrv.dsl.validation.RoutingPitfallRules;
import org.routesrv.dsl.validation.SubnetRules;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;

/**
 * Quick fixes, served to every LSP client as code actions. Each one edits the text of the file that has the
 * diagnostic (parts of the network in other files are left alone).
 */
public class RsnetQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

  private static final String DEFAULT_ROUTE = "0.0.0.0/0 -> internet";

  @Inject private NetworkFiles networkFiles;

  @QuickFix(IssueCodes.ROUTE_SERVER_SUBNET_NAME)
  public void renameRouteServerSubnet(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Rename to " + AzureSubnets.ROUTE_SERVER_SUBNET, replacingWith(AzureSubnets.ROUTE_SERVER_SUBNET));
  }

  @QuickFix(IssueCodes.GATEWAY_SUBNET_NAME)
  public void renameGatewaySubnet(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Rename to " + AzureSubnets.GATEWAY_SUBNET, replacingWith(AzureSubnets.GATEWAY_SUBNET));
  }

  @QuickFix(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL)
  public void widenTooSmallRouteServerSubnet(DiagnosticResolutionAcceptor acceptor) {
    widenRouteServerSubnet(acceptor);
  }

  @QuickFix(IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE)
  public void widenRouteServerSubnet(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Widen to /" + SubnetRules.ROUTE_SERVER_SUBNET_LENGTH,
        (ITextModification) (diagnostic, element, document) -> {
          if (!(element instanceof Subnet subnet) || subnet.getPrefix() == null) {
            return List.of();
          }
          return createTextEdit(diagnostic,
              new Ipv4Prefix(subnet.getPrefix().address(), SubnetRules.ROUTE_SERVER_SUBNET_LENGTH).network().toString());
        });
  }

  @QuickFix(IssueCodes.PREFIX_HOST_BITS)
  public void zeroHostBits(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Clear the host bits", (ITextModification) (diagnostic, element, document) -> createTextEdit(
        diagnostic, Ipv4Prefix.parse(document.getSubstring(diagnostic.getRange())).network().toString()));
  }

  @QuickFix(IssueCodes.ROUTE_SERVER_SUBNET_ROUTE_TABLE)
  public void removeRouteTable(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Remove the route table from RouteServerSubnet", removing(Literals.SUBNET__ROUTE_TABLE));
  }

  @QuickFix(IssueCodes.ROUTE_SERVER_SUBNET_NSG)
  public void removeNsg(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Remove the NSG from RouteServerSubnet", removing(Literals.SUBNET__NSG));
  }

  @QuickFix(IssueCodes.PEER_SINGLE_INSTANCE)
  public void peerBothInstances(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Peer with both Route Server instances", removing(Literals.ROUTE_SERVER_PEERING__INSTANCES));
  }

  @QuickFix(IssueCodes.IP_FORWARDING_MISSING)
  public void enableIpForwarding(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Enable IP forwarding", (ITextModification) (diagnostic, element, document) ->
        List.of(insert(document, endOfText(node(element, null)), " ip-forwarding")));
  }

  @QuickFix(IssueCodes.VPN_GATEWAY_ASN)
  public void setVpnGatewayAsn(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Set ASN " + AzureAsns.VPN_GATEWAY_DEFAULT, replacingWith(String.valueOf(AzureAsns.VPN_GATEWAY_DEFAULT)));
  }

  @QuickFix(IssueCodes.VPN_GATEWAY_ACTIVE_ACTIVE)
  public void makeActiveActive(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Make the VPN gateway active-active", (ITextModification) (diagnostic, element, document) ->
        List.of(insert(document, endOfText(node((VpnGateway) element, Literals.GATEWAY__VNET)), " active-active")));
  }

  @QuickFix(IssueCodes.ROUTE_SERVER_PUBLIC_IP)
  public void useStandardPublicIp(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Use a Standard public IP", replacingWith("standard"));
  }

  /** Replaces the text the diagnostic marks. */
  private ITextModification replacingWith(String text) {
    return (diagnostic, element, document) -> createTextEdit(diagnostic, text);
  }

  /** Removes an option (keyword and value) from the element the diagnostic marks. */
  private static ITextModification removing(EStructuralFeature feature) {
    return (diagnostic, element, document) -> List.of(removeOption(document, element, feature));
  }

  /** Fact 75: {@code static <RouteServerSubnet> via <peering NIC>}, after the NVA's last static route or NIC. */
  @QuickFix(IssueCodes.RECURSIVE_NEXT_HOP)
  public void addStaticRouteToRouteServerSubnet(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Add a static route to RouteServerSubnet", (ITextModification) (diagnostic, element, document) -> {
      RouteServerPeering peering = EcoreUtil2.getContainerOfType(element, RouteServerPeering.class);
      Nva nva = EcoreUtil2.getContainerOfType(peering, Nva.class);
      Ipv4Prefix subnet = RoutingPitfallRules.routeServerSubnetPrefix(peering.getRouteServer());
      EObject anchor = nva.getStatics().isEmpty() ? nva.getNics().get(nva.getNics().size() - 1)
          : nva.getStatics().get(nva.getStatics().size() - 1);
      int offset = endOfText(node(anchor, null));
      String nic = NodeModelUtils.getTokenText(node(peering, Literals.BGP_PEER__NIC));
      return List.of(insert(document, offset,
          "\n" + indentOfLineAt(document, offset) + "static " + subnet.network() + " via " + nic));
    });
  }

  /**
   * Fact 74: give each of the NVA's subnets that would receive its own default route a UDR 0.0.0.0/0 -> internet:
   * a new route table (after the subnet's VNet) attached on the subnet line, or a route in its existing table.
   */
  @QuickFix(IssueCodes.DEFAULT_ROUTE_LOOP)
  public void addDefaultRouteToInternet(DiagnosticResolutionAcceptor acceptor) {
    acceptor.accept("Add a route table with 0.0.0.0/0 -> internet to the NVA's subnet",
        (ITextModification) (diagnostic, element, document) -> defaultRouteEdits(element, document));
  }

  private List<TextEdit> defaultRouteEdits(EObject element, Document document) {
    Advertisement advertisement = EcoreUtil2.getContainerOfType(element, Advertisement.class);
    NetworkView network = NetworkView.of(element.eResource(), networkFiles);
    Set<String> tableNames = network.all(RouteTable.class).stream().map(t -> lowerCase(t.getName()))
        .collect(Collectors.toSet());
    Set<RouteTable> extended = new HashSet<>();
    Map<Vnet, StringBuilder> newTables = new LinkedHashMap<>();
    List<TextEdit> edits = new ArrayList<>();
    for (Subnet subnet : RoutingPitfallRules.loopingSubnets(advertisement, network)) {
      RouteTable table = subnet.getRouteTable();
      if (subnet.eResource() != element.eResource()
          || table != null && (table.eIsProxy() || table.eResource() != element.eResource())) {
        continue;
      }
      String indent = indentOfLineAt(document, node(subnet, null).getOffset());
      String routeIndent = indent.isEmpty() ? "    " : indent;
      if (table == null) {
        String name = unique("rt-" + subnet.getName(), tableNames::contains);
        tableNames.add(lowerCase(name));
        edits.add(insert(document, endOfText(node(subnet, Literals.SUBNET__PREFIX)), " route-table " + name));
        newTables.computeIfAbsent(NetworkView.vnetOf(subnet), v -> new StringBuilder()).append("\n\nroute-table ")
            .append(name).append(" {\n").append(routeIndent).append("route default ").append(DEFAULT_ROUTE).append("\n}");
      } else if (extended.add(table)) {
        Set<String> routeNames = table.getRoutes().stream().map(r -> lowerCase(r.getName())).collect(Collectors.toSet());
        edits.add(insert(document, braceAfterName(table),
            "\n" + routeIndent + "route " + unique("default", routeNames::contains) + " " + DEFAULT_ROUTE));
      }
    }
    newTables.forEach((vnet, text) -> edits.add(insert(document, endOfText(node(vnet, null)), text.toString())));
    return edits;
  }

  /** The offset just after the '{' that opens a route table. */
  private static int braceAfterName(RouteTable table) {
    int nameEnd = endOfText(node(table, Literals.ROUTE_TABLE__NAME));
    for (ILeafNode leaf : node(table, null).getLeafNodes()) {
      if (!leaf.isHidden() && leaf.getOffset() >= nameEnd && "{".equals(leaf.getText())) {
        return leaf.getEndOffset();
      }
    }
    return nameEnd;
  }

  private static String lowerCase(String name) {
    return String.valueOf(name).toLowerCase(Locale.ROOT);
  }

  /** The base name, or base-2, base-3, ... whichever is free (names compare case-insensitively, as in Azure). */
  private static String unique(String base, Predicate<String> taken) {
    String name = base;
    for (int i = 2; taken.test(lowerCase(name)); i++) {
      name = base + "-" + i;
    }
    return name;
  }
}
