package org.routesrv.dsl.simulation.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.Gateway;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Vm;
import org.routesrv.dsl.network.VpnGateway;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRouteTable;
import org.routesrv.dsl.simulation.GatewayTables;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.Trace;

/**
 * {@code simulation.json} (outputs.md): keys sorted at every level, lists in a stable order, two
 * spaces of indentation and {@code \n} line ends, so that two runs give byte-identical files. The
 * large parts (effective routes, learned and advertised routes) are streamed row by row rather than
 * built as a tree first.
 */
public final class JsonRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** Writes one part of the document at the generator's current position. */
  @FunctionalInterface
  private interface Part {
    void write(JsonGenerator generator) throws IOException;
  }

  private JsonRenderer() {
  }

  public static String render(SimulationReport report) {
    StringWriter out = new StringWriter();
    render(report, out);
    return out.toString();
  }

  public static void render(SimulationReport report, Writer out) {
    Map<String, Part> document = new TreeMap<>();
    document.put("network", value(report.network().name()));
    document.put("scenario", value(report.scenario()));
    document.put("routeServers", g -> routeServers(g, report.simulation()));
    document.put("effectiveRoutes", g -> effectiveRoutes(g, report.simulation(), report.simulation().subnets()));
    document.put("vms", g -> vms(g, report.simulation()));
    document.put("gateways", g -> gateways(g, report.simulation()));
    document.put("sites", g -> sites(g, report.simulation()));
    document.put("nvas", g -> nvas(g, report.simulation()));
    document.put("traces", g -> array(g, report.traces(), AzureShapes::trace));
    document.put("expectations", g -> array(g, report.expectations(), AzureShapes::expectation));
    if (report.scenario() != null) {
      document.put("events", value(report.events()));
      document.put("outage", g -> array(g, report.outages(), AzureShapes::outage));
    }
    write(g -> object(g, document), out);
  }

  /** Like outputs.md: {@code "key": value}, one array element per line, {@code []} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static Part value(Object value) {
    return g -> MAPPER.writeValue(g, value);
  }

  private static void object(JsonGenerator generator, Map<String, Part> fields) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<String, Part> field : new TreeMap<>(fields).entrySet()) {
      generator.writeFieldName(field.getKey());
      field.getValue().write(generator);
    }
    generator.writeEndObject();
  }

  private static <T> void array(JsonGenerator generator, Iterable<T> items,
      Function<T, Object> shape) throws IOException {
    generator.writeStartArray();
    for (T item : items) {
      MAPPER.writeValue(generator, shape.apply(item));
    }
    generator.writeEndArray();
  }

  private static void routeServers(JsonGenerator generator, Simulation simulation) throws IOException {
    Map<String, Part> servers = new TreeMap<>();
    for (RouteServer server : simulation.routeServers()) {
      Map<String, Part> fields = new TreeMap<>();
      fields.put("vnet", value(server.vnet()));
      fields.put("virtualRouterAsn", value(AzureAsns.ROUTE_SERVER));
      fields.put("virtualRouterIps", value(server.instanceIps().stream().map(Object::toString).toList()));
      fields.put("allowBranchToBranchTraffic", value(server.branchToBranch()));
      fields.put("hubRoutingPreference", value(server.routingPreference().azureName()));
      fields.put("peers", g -> peers(g, simulation, server));
      servers.put(server.name(), g -> object(g, fields));
    }
    object(generator, servers);
  }

  private static void peers(JsonGenerator generator, Simulation simulation, RouteServer server) throws IOException {
    Map<String, Part> peers = new TreeMap<>();
    for (RouteServerPeer peer : simulation.peers(server.name())) {
      Map<String, Part> fields = new TreeMap<>();
      fields.put("peerIp", value(peer.peerIp().toString()));
      fields.put("peerAsn", value(peer.peerAsn()));
      fields.put("sessions", g -> array(g, peer.sessions(), AzureShapes::session));
      fields.put("learnedRoutes", g -> byRole(g, instance -> (Part) r -> array(r, peer.learned(instance),
          AzureShapes::learnedRoute)));
      // Not az's: what Route Server rejected without listing it (fact 82), only where there is some.
      if (!OutputTables.rejected(peer).isEmpty()) {
        fields.put("rejectedRoutes", g -> byRole(g, instance -> (Part) r -> array(r, peer.rejected(instance),
            AzureShapes::rejectedRoute)));
      }
      fields.put("advertisedRoutes", g -> byRole(g, instance -> advertised(simulation, peer, instance)));
      peers.put(peer.nva(), g -> object(g, fields));
    }
    object(generator, peers);
  }

  private static Part advertised(Simulation simulation, RouteServerPeer peer, RouteServerInstance instance) {
    BgpSession session = peer.session(instance);
    return g -> {
      g.writeStartArray();
      if (session != null) {
        for (AdvertisedRoute route : simulation.advertisedRoutes(peer.routeServer(), peer.nva(), instance)) {
          MAPPER.writeValue(g, AzureShapes.advertisedRoute(route, session.localAddress()));
        }
      }
      g.writeEndArray();
    };
  }

  /** Per gateway, the shapes of {@code az network vnet-gateway list-bgp-peer-status}, {@code list-learned-routes} and {@code list-advertised-routes}. */
  private static void gateways(JsonGenerator generator, Simulation simulation) throws IOException {
    Map<String, Part> gateways = new TreeMap<>();
    for (Gateway gateway : simulation.gateways()) {
      GatewayTables tables = simulation.gatewayTables(gateway.name());
      Map<String, Part> fields = new TreeMap<>();
      fields.put("type", value(gateway instanceof VpnGateway ? "Vpn" : "ExpressRoute"));
      fields.put("vnet", value(gateway.vnet()));
      fields.put("bgpPeerStatus", g -> array(g, tables.peers(), AzureShapes::gatewayPeer));
      fields.put("learnedRoutes", g -> valueList(g, tables.learned(), AzureShapes::gatewayLearnedRoute));
      fields.put("advertisedRoutes", g -> {
        Map<String, Part> byPeer = new TreeMap<>();
        tables.advertised().forEach((peer, routes) ->
            byPeer.put(peer.toString(), r -> valueList(r, routes, AzureShapes::gatewayAdvertisedRoute)));
        object(g, byPeer);
      });
      gateways.putIfAbsent(gateway.name(), g -> object(g, fields));
    }
    object(generator, gateways);
  }

  /** What on-premises receives, per site. */
  private static void sites(JsonGenerator generator, Simulation simulation) throws IOException {
    Map<String, Part> sites = new TreeMap<>();
    for (Site site : simulation.network().sites()) {
      Map<String, Part> fields = new TreeMap<>();
      fields.put("via", value(site.via()));
      fields.put("learnedRoutes", g -> array(g, simulation.siteRoutes(site.name()), AzureShapes::siteRoute));
      sites.putIfAbsent(site.name(), g -> object(g, fields));
    }
    object(generator, sites);
  }

  /** Each NVA's own forwarding table, its BGP table and its sessions. */
  private static void nvas(JsonGenerator generator, Simulation simulation) throws IOException {
    Map<String, Part> nvas = new TreeMap<>();
    for (Nva nva : simulation.network().nvas()) {
      Map<String, Part> fields = new TreeMap<>();
      fields.put("routes", g -> array(g, simulation.nvaRoutes(nva.name()).routes(), AzureShapes::nvaRoute));
      fields.put("bgpRoutes", g -> array(g, simulation.nvaBgpRoutes(nva.name()), AzureShapes::nvaBgpRoute));
      fields.put("sessions", g -> array(g, simulation.nvaSessions(nva.name()), AzureShapes::nvaSession));
      nvas.putIfAbsent(nva.name(), g -> object(g, fields));
    }
    object(generator, nvas);
  }

  /** The {@code az} shape of a listing: {@code {"value": [...]}}. */
  private static <T> void valueList(JsonGenerator generator, Iterable<T> items, Function<T, Object> shape)
      throws IOException {
    generator.writeStartObject();
    generator.writeFieldName("value");
    array(generator, items, shape);
    generator.writeEndObject();
  }

  /** The {@code az} shape: one key per instance role, plus {@code "value": null}. */
  private static void byRole(JsonGenerator generator,
      Function<RouteServerInstance, Part> perInstance) throws IOException {
    Map<String, Part> roles = new TreeMap<>();
    for (RouteServerInstance instance : RouteServerInstance.values()) {
      roles.put(instance.role(), perInstance.apply(instance));
    }
    roles.put("value", value(null));
    object(generator, roles);
  }

  /**
   * The {@code effectiveRoutes} section of {@code simulation.json} restricted to {@code subnets}, for
   * callers that show some subnets' tables in that shape (the editor's {@code rsnet.effectiveRouteTable}).
   * Subnets the simulation does not know are left out.
   */
  public static String renderEffectiveRoutes(Simulation simulation, List<SubnetRef> subnets) {
    return write(g -> effectiveRoutes(g, simulation, subnets));
  }

  private static void effectiveRoutes(JsonGenerator generator, Simulation simulation,
      List<SubnetRef> chosen) throws IOException {
    Map<String, Part> subnets = new TreeMap<>();
    for (SubnetRef subnet : chosen) {
      EffectiveRouteTable table = simulation.effectiveRoutes(subnet);
      if (table == null) {
        continue;
      }
      Map<String, Part> fields = new TreeMap<>();
      fields.put("nextLink", value(null));
      fields.put("value", g -> array(g, table.rows(),
          route -> AzureShapes.effectiveRoute(route, table.bgpPropagationDisabled())));
      subnets.put(subnet.toString(), g -> object(g, fields));
    }
    object(generator, subnets);
  }

  private static void vms(JsonGenerator generator, Simulation simulation) throws IOException {
    Map<String, Object> vms = new TreeMap<>();
    for (Vm vm : simulation.network().vms()) {
      Map<String, Object> fields = new TreeMap<>();
      fields.put("subnet", vm.subnet().toString());
      fields.put("ip", vm.ip().toString());
      vms.putIfAbsent(vm.name(), fields);
    }
    MAPPER.writeValue(generator, vms);
  }

  /** One trace on its own, in the shape of {@code simulation.json}'s {@code traces} entries. */
  public static String renderTrace(Trace trace) {
    return write(value(AzureShapes.trace(trace)));
  }

  private static String write(Part part) {
    StringWriter out = new StringWriter();
    write(part, out);
    return out.toString();
  }

  private static void write(Part part, Writer out) {
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      generator.setPrettyPrinter(prettyPrinter());
      part.write(generator);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
