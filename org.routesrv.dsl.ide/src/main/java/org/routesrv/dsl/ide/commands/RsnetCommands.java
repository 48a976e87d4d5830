package org.routesrv.dsl.ide.commands;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.routesrv.dsl.ide.analysis.LiveAnalyses;
import org.routesrv.dsl.ide.analysis.LiveAnalysis;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Available;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Unavailable;
import org.routesrv.dsl.ide.markdown.SimulationMarkdown;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.workspace.NetworkAnalysis;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/**
 * Commands any LSP client can run ({@code workspace/executeCommand}); each answers Markdown for the
 * client to show. They read the open documents as they are, unsaved edits included.
 *
 * <ul>
 * <li>{@value #SIMULATION_REPORT} {@code [uri, scenario?]}: the report of {@code rsnet simulate --format markdown}.
 * <li>{@value #EFFECTIVE_ROUTES} {@code [uri, position?]}: the effective routes of the subnet at the position
 * (a subnet, a reference to one, a VM or a NIC), or of every subnet of the network.
 * </ul>
 */
public class RsnetCommands implements IExecutableCommandService {

  public static final String SIMULATION_REPORT = "rsnet.simulationReport";
  public static final String EFFECTIVE_ROUTES = "rsnet.effectiveRoutes";

  private static final Gson GSON = new Gson();

  @Inject private LiveAnalyses analyses;
  @Inject private EObjectAtOffsetHelper elements;

  @Override
  public List<String> initialize() {
    return List.of(SIMULATION_REPORT, EFFECTIVE_ROUTES);
  }

  @Override
  public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
    List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
    String uri = argument(arguments, 0, String.class);
    if (uri == null) {
      return "_" + params.getCommand() + " needs the URI of a model file as its first argument._";
    }
    return access.doSyncRead(uri, context -> {
      XtextResource resource = (XtextResource) context.getResource();
      LiveAnalysis analysis = resource == null ? null : analyses.of(resource);
      if (analysis == null) {
        return "_" + uri + " is not part of a network._";
      }
      if (analysis instanceof Unavailable unavailable) {
        return "_Simulation unavailable: " + unavailable.reason() + "._";
      }
      NetworkAnalysis network = ((Available) analysis).analysis();
      return switch (params.getCommand()) {
        case SIMULATION_REPORT -> simulationReport(network, argument(arguments, 1, String.class));
        case EFFECTIVE_ROUTES -> effectiveRoutes(network,
            subnetAt(resource, offsetOf(context.getDocument(), argument(arguments, 1, Position.class))));
        default -> "_Unknown command " + params.getCommand() + "._";
      };
    });
  }

  private static String simulationReport(NetworkAnalysis network, String scenario) {
    if (scenario == null) {
      return MarkdownRenderer.render(network.baselineReport());
    }
    return network.scenarioReport(scenario).map(MarkdownRenderer::render)
        .orElse("_No scenario named " + scenario + " in network " + network.network().name() + "._");
  }

  private static String effectiveRoutes(NetworkAnalysis network, SubnetRef only) {
    StringBuilder out = new StringBuilder("# Effective routes of network ").append(network.network().name())
        .append("\n\n");
    List<SubnetRef> subnets = only != null ? List.of(only) : network.baseline().subnets();
    for (SubnetRef subnet : subnets) {
      var routes = network.baseline().effectiveRoutes(subnet);
      out.append("## ").append(subnet).append("\n\n")
          .append(routes == null ? "_unknown subnet_\n" : SimulationMarkdown.effectiveRoutes(routes).render())
          .append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** The subnet the cursor is on: declared, referenced, or the subnet of a VM or NIC. */
  private SubnetRef subnetAt(XtextResource resource, int offset) {
    if (offset < 0) {
      return null;
    }
    EObject element = elements.resolveCrossReferencedElementAt(resource, offset);
    if (element == null || element.eIsProxy()) {
      element = elements.resolveElementAt(resource, offset);
    }
    Subnet subnet = element instanceof Vm vm ? vm.getSubnet()
        : element instanceof Nic nic ? nic.getSubnet()
        : EcoreUtil2.getContainerOfType(element, Subnet.class);
    if (subnet == null || subnet.eIsProxy() || !(subnet.eContainer() instanceof Vnet vnet)) {
      return null;
    }
    return new SubnetRef(vnet.getName(), subnet.getName());
  }

  /** -1 without a position, or for one outside the document (the client's view may be stale). */
  private static int offsetOf(Document document, Position position) {
    if (position == null) {
      return -1;
    }
    try {
      return document.getOffSet(position);
    } catch (IndexOutOfBoundsException stale) {
      return -1;
    }
  }

  /** Arguments arrive as JSON from clients and as objects from in-process callers. */
  private static <T> T argument(List<Object> arguments, int index, Class<T> type) {
    if (arguments.size() <= index || arguments.get(index) == null) {
      return null;
    }
    Object value = arguments.get(index);
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof JsonElement json && !json.isJsonNull()) {
      return GSON.fromJson(json, type);
    }
    return null;
  }
}
