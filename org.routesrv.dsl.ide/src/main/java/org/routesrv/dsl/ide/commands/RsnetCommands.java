package org.routesrv.dsl.ide.commands;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
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
import org.routesrv.dsl.ide.analysis.DeploymentPolicyNotice;
import org.routesrv.dsl.ide.markdown.SimulationMarkdown;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.workspace.NetworkAnalysis;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Commands any LSP client can run ({@code workspace/executeCommand}). They read the open documents as
 * they are, unsaved edits included.
 *
 * <ul>
 * <li>{@value #SIMULATION_REPORT} {@code [uri, scenario?]}: the report of {@code rsnet simulate --format markdown}.
 * <li>{@value #EFFECTIVE_ROUTES} {@code [uri, position?]}: the effective routes of the subnet at the position
 * (a subnet, a reference to one, a VM or a NIC), or of every subnet of the network, in Markdown.
 * <li>{@value #EFFECTIVE_ROUTE_TABLE} {@code [uri, position?]}: the same subnets as a JSON object,
 * {@code {"network": name, "effectiveRoutes": {...}}}, the second member shaped exactly as the
 * {@code effectiveRoutes} section of {@code rsnet simulate --format json}, for clients that draw the
 * table themselves.
 * </ul>
 * When there is nothing to show the Markdown commands answer a sentence in italics, and
 * {@value #EFFECTIVE_ROUTE_TABLE} answers {@code {"error": sentence}}.
 */
public class RsnetCommands implements IExecutableCommandService {

  public static final String SIMULATION_REPORT = "rsnet.simulationReport";
  public static final String EFFECTIVE_ROUTES = "rsnet.effectiveRoutes";
  public static final String EFFECTIVE_ROUTE_TABLE = "rsnet.effectiveRouteTable";

  private static final Gson GSON = new Gson();

  @Inject private LiveAnalyses analyses;
  @Inject private DeploymentPolicyNotice deploymentPolicy;
  @Inject private EObjectAtOffsetHelper elements;

  @Override
  public List<String> initialize() {
    return List.of(SIMULATION_REPORT, EFFECTIVE_ROUTES, EFFECTIVE_ROUTE_TABLE);
  }

  @Override
  public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
    String command = params.getCommand();
    List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
    String uri = argument(command, arguments, 0, String.class, "the URI of a model file");
    if (uri == null) {
      return problem(command, command + " needs the URI of a model file as its first argument.");
    }
    String scenario = SIMULATION_REPORT.equals(command)
        ? argument(command, arguments, 1, String.class, "the name of a scenario") : null;
    Position position = SIMULATION_REPORT.equals(command) ? null
        : argument(command, arguments, 1, Position.class, "a position, {\"line\": number, \"character\": number}");
    return read(access, uri, command, context -> {
      XtextResource resource = (XtextResource) context.getResource();
      LiveAnalysis analysis = resource == null ? null : analyses.of(resource, cancelIndicator);
      if (analysis == null) {
        return notInANetwork(command, uri);
      }
      if (analysis instanceof Unavailable unavailable) {
        return problem(command, "Simulation unavailable: " + unavailable.reason() + ".");
      }
      NetworkAnalysis network = ((Available) analysis).analysis();
      return switch (command) {
        case SIMULATION_REPORT -> deploymentPolicy.of(resource, network, cancelIndicator)
            + simulationReport(network, scenario);
        case EFFECTIVE_ROUTES -> deploymentPolicy.of(resource, network, cancelIndicator)
            + effectiveRoutes(network, subnets(network, resource, context.getDocument(), position));
        case EFFECTIVE_ROUTE_TABLE -> effectiveRouteTable(network,
            subnets(network, resource, context.getDocument(), position));
        default -> problem(command, "Unknown command " + command + ".");
      };
    });
  }

  /**
   * Xtext's {@code doSyncRead} throws, rather than handing over no resource, for a URI outside the
   * workspace or of a file that does not exist; that is an answer for the client, not a server error.
   * What {@code work} itself throws is a server error and stays one.
   */
  private static Object read(ILanguageServerAccess access, String uri, String command,
      Function<ILanguageServerAccess.Context, Object> work) {
    boolean[] reached = {false};
    try {
      return access.doSyncRead(uri, context -> {
        reached[0] = true;
        return work.apply(context);
      });
    } catch (RuntimeException unknownUri) {
      if (reached[0]) {
        throw unknownUri;
      }
      return notInANetwork(command, uri);
    }
  }

  private static Object notInANetwork(String command, String uri) {
    return problem(command, uri + " is not part of a network.");
  }

  /** Why there is no answer, in the form the command answers in. */
  private static Object problem(String command, String sentence) {
    if (EFFECTIVE_ROUTE_TABLE.equals(command)) {
      JsonObject error = new JsonObject();
      error.addProperty("error", sentence);
      return new JsonAnswer(error);
    }
    return "_" + sentence + "_";
  }

  private static String simulationReport(NetworkAnalysis network, String scenario) {
    if (scenario == null) {
      return MarkdownRenderer.render(network.baselineReport());
    }
    return network.scenarioReport(scenario).map(MarkdownRenderer::render)
        .orElse("_No scenario named " + scenario + " in network " + network.network().name() + "._");
  }

  private static String effectiveRoutes(NetworkAnalysis network, List<SubnetRef> subnets) {
    StringBuilder out = new StringBuilder("# Effective routes of network ").append(network.network().name())
        .append("\n\n");
    for (SubnetRef subnet : subnets) {
      var routes = network.baseline().effectiveRoutes(subnet);
      out.append("## ").append(subnet).append("\n\n")
          .append(routes == null ? "_unknown subnet_\n" : SimulationMarkdown.effectiveRoutes(routes).markdown())
          .append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static JsonAnswer effectiveRouteTable(NetworkAnalysis network, List<SubnetRef> subnets) {
    JsonObject table = new JsonObject();
    table.add("effectiveRoutes",
        JsonParser.parseString(JsonRenderer.renderEffectiveRoutes(network.baseline(), subnets)));
    table.addProperty("network", network.network().name());
    return new JsonAnswer(table);
  }

  /** The subnet at the position argument, or every subnet of the network. */
  private List<SubnetRef> subnets(NetworkAnalysis network, XtextResource resource, Document document,
      Position position) {
    SubnetRef subnet = subnetAt(resource, offsetOf(document, position));
    return subnet != null ? List.of(subnet) : network.baseline().subnets();
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

  /** -1 without a position; the document clamps one outside it (the client's view may be stale). */
  private static int offsetOf(Document document, Position position) {
    return position == null ? -1 : document.getOffSet(position);
  }

  /**
   * Arguments arrive as JSON from clients and as objects from in-process callers. An argument of the
   * wrong shape is the client's mistake: {@code InvalidParams} saying which argument, not a
   * {@code JsonSyntaxException} from deep inside Gson.
   */
  private static <T> T argument(String command, List<Object> arguments, int index, Class<T> type, String expected) {
    if (arguments.size() <= index || arguments.get(index) == null) {
      return null;
    }
    Object value = arguments.get(index);
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof JsonElement json && !json.isJsonNull()) {
      // Gson would read a number or a boolean as a string; a URI or a scenario name is written as one.
      boolean shapeFits = type != String.class || json.isJsonPrimitive() && json.getAsJsonPrimitive().isString();
      try {
        T converted = shapeFits ? GSON.fromJson(json, type) : null;
        if (converted != null) {
          return converted;
        }
      } catch (JsonParseException | IllegalStateException | NumberFormatException notThatShape) {
        // answered below
      }
    }
    throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, command + ": argument "
        + (index + 1) + " must be " + expected + ", not " + shortened(String.valueOf(value)) + ".", null));
  }

  private static String shortened(String argument) {
    String oneLine = argument.replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "...";
  }
}
