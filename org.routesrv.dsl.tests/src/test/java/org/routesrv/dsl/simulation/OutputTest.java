package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.simulation.output.TableRenderer;

/** The shapes of outputs.md: JSON field names and values as {@code az} prints them, tables, Markdown. */
class OutputTest {

  private static final Network CONTOSO = Seeds.contoso();

  private static JsonNode json(SimulationReport report) throws Exception {
    return new ObjectMapper().readTree(JsonRenderer.render(report));
  }

  private static void assertKeysSorted(JsonNode node, String path) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      List<String> sorted = new ArrayList<>(keys);
      sorted.sort(null);
      assertEquals(sorted, keys, "keys of " + path);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        assertKeysSorted(node.get(key), path + "/" + key);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertKeysSorted(node.get(i), path + "[" + i + "]");
      }
    }
  }

  @Test
  void baselineJsonHasTheDocumentedShapeWithSortedKeys() throws Exception {
    JsonNode json = json(SimulationReport.baseline(CONTOSO));
    assertKeysSorted(json, "");
    assertEquals("contoso.hubspoke", json.get("network").asText());
    assertTrue(json.get("scenario").isNull());
    assertFalse(json.has("events"));
    JsonNode ars = json.at("/routeServers/ars");
    assertEquals(65515, ars.get("virtualRouterAsn").asInt());
    assertEquals("[\"10.0.1.4\",\"10.0.1.5\"]", ars.get("virtualRouterIps").toString());
    assertEquals("ExpressRoute", ars.get("hubRoutingPreference").asText());
    JsonNode fw1 = ars.at("/peers/fw1");
    assertEquals("10.0.3.4", fw1.get("peerIp").asText());
    assertEquals(65501, fw1.get("peerAsn").asInt());
    assertEquals("{\"holdTime\":60,\"localAddress\":\"10.0.1.4\",\"state\":\"Established\"}",
        fw1.get("sessions").get(0).toString());
    assertEquals("{\"asPath\":\"65501\",\"localAddress\":\"10.0.1.5\",\"network\":\"0.0.0.0/0\",\"nextHop\":\"10.0.3.4\","
        + "\"origin\":\"EBgp\",\"sourcePeer\":\"10.0.3.4\",\"weight\":32768}",
        fw1.at("/learnedRoutes/RouteServiceRole_IN_1").get(0).toString());
    assertTrue(fw1.at("/learnedRoutes/value").isNull());
    assertTrue(fw1.at("/advertisedRoutes/value").isNull());
    assertEquals("{\"asPath\":\"65515\",\"localAddress\":\"10.0.1.4\",\"network\":\"10.0.0.0/16\",\"nextHop\":\"10.0.1.4\","
        + "\"origin\":\"Igp\",\"weight\":0}", fw1.at("/advertisedRoutes/RouteServiceRole_IN_0").get(0).toString());
    JsonNode spoke = json.at("/effectiveRoutes/spoke1~1workload");
    assertTrue(spoke.get("nextLink").isNull());
    assertEquals("{\"addressPrefix\":[\"0.0.0.0/0\"],\"disableBgpRoutePropagation\":false,\"name\":null,"
        + "\"nextHopIpAddress\":[\"10.0.3.4\"],\"nextHopType\":\"VirtualNetworkGateway\","
        + "\"source\":\"VirtualNetworkGateway\",\"state\":\"Active\"}", spoke.get("value").get(2).toString());
    assertEquals(3, spoke.get("value").size(), "no Default 0.0.0.0/0 row under a BGP default (fact 84)");
    assertTrue(json.at("/effectiveRoutes/hub~1trusted/value").get(0).get("disableBgpRoutePropagation").asBoolean());
    assertEquals("{\"ip\":\"10.1.0.4\",\"subnet\":\"spoke1/workload\"}", json.at("/vms/vm1").toString());
    JsonNode trace = json.get("traces").get(0);
    assertEquals("internet", trace.get("result").asText());
    assertEquals("vm1", trace.get("from").asText());
    assertEquals("8.8.8.8", trace.get("to").asText());
    assertEquals(3, trace.get("hops").size());
    assertEquals("fw1", trace.get("hops").get(1).get("at").asText());
    JsonNode expectation = json.get("expectations").get(0);
    assertEquals("contoso.rsnet", expectation.get("file").asText());
    assertEquals(62, expectation.get("line").asInt());
    assertTrue(expectation.get("passed").asBoolean());
  }

  @Test
  void filteredLearnedRoutesCarryTheReason() throws Exception {
    JsonNode json = json(SimulationReport.baseline(Seeds.exabgpLab()));
    JsonNode learned = json.at("/routeServers/ars/peers/exabgp/learnedRoutes/RouteServiceRole_IN_0");
    JsonNode spoke = null;
    for (JsonNode route : learned) {
      if (route.get("network").asText().equals("10.1.0.0/16")) {
        spoke = route;
      }
      if (route.get("network").asText().equals("192.168.1.0/24")) {
        assertEquals("[\"65010:2\"]", route.get("communities").toString());
      }
    }
    assertTrue(spoke.get("filtered").asText().contains("fact 51"));
  }

  @Test
  void scenarioJsonAddsEventsAndOutage() throws Exception {
    JsonNode json = json(SimulationReport.scenario(CONTOSO, CONTOSO.scenario("fw1-crash").orElseThrow()));
    assertKeysSorted(json, "");
    assertEquals("fw1-crash", json.get("scenario").asText());
    assertEquals("[\"fail fw1 crash\"]", json.get("events").toString());
    assertEquals("{\"cause\":\"hold timer 60s + programming delay 2s-39s\",\"event\":\"fail fw1 crash\",\"from\":\"vm1\","
        + "\"maxSeconds\":99,\"minSeconds\":62,\"to\":\"8.8.8.8\"}", json.get("outage").get(0).toString());
    assertEquals("Idle", json.at("/routeServers/ars/peers/fw1/sessions").get(0).get("state").asText());
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsAndUsesTheDocumentedLayout() {
    String first = JsonRenderer.render(SimulationReport.baseline(Seeds.contoso()));
    String second = JsonRenderer.render(SimulationReport.baseline(Seeds.contoso()));
    assertEquals(first, second);
    assertTrue(first.startsWith("{\n  \"effectiveRoutes\": {\n"), first.substring(0, 40));
    assertTrue(first.contains("\"nextHopIpAddress\": [],"));
    assertTrue(first.endsWith("}\n"));
    assertFalse(first.contains("\r"));
  }

  @Test
  void tableOutputLooksLikeAzTable() {
    String table = TableRenderer.render(SimulationReport.baseline(CONTOSO));
    assertTrue(table.contains("""
        Effective routes: spoke1/workload
        Source                 State   Address Prefix  Next Hop Type          Next Hop IP
        ---------------------  ------  --------------  ---------------------  -----------
        Default                Active  10.1.0.0/16     VnetLocal
        Default                Active  10.0.0.0/16     VNetPeering
        VirtualNetworkGateway  Active  0.0.0.0/0       VirtualNetworkGateway  10.0.3.4
        """), table);
    assertTrue(table.contains("""
        Learned routes: ars peer fw2
        LocalAddress  Network    NextHop   SourcePeer  Origin  AsPath       Weight
        ------------  ---------  --------  ----------  ------  -----------  ------
        10.0.1.4      0.0.0.0/0  10.0.3.5  10.0.3.5    EBgp    65502-65502  32768
        10.0.1.5      0.0.0.0/0  10.0.3.5  10.0.3.5    EBgp    65502-65502  32768
        """), table);
    assertTrue(table.contains("LocalAddress  Network      NextHop   Origin  AsPath             Weight\n"), table);
  }

  @Test
  void traceTextListsEveryHop() {
    Trace trace = Fixtures.trace(Simulator.simulate(CONTOSO), "vm1", "8.8.8.8");
    assertEquals("""
        vm1 -> 8.8.8.8: internet
          1. vm1 (spoke1/workload): VirtualNetworkGateway 0.0.0.0/0 VirtualNetworkGateway -> 10.0.3.4
          2. fw1: static 0.0.0.0/0 (distance 10) -> 10.0.2.1 via untrusted
          3. fw1/untrusted (hub/untrusted): Default 0.0.0.0/0 Internet -> internet
          leaves Azure to the internet
        """, TableRenderer.renderTrace(trace));
    assertTrue(JsonRenderer.renderTrace(trace).contains("\"result\": \"internet\""));
  }

  @Test
  void markdownHasSectionsAndPipeTables() {
    String markdown = MarkdownRenderer.render(SimulationReport.scenario(CONTOSO,
        CONTOSO.scenario("fw1-crash").orElseThrow()));
    assertTrue(markdown.startsWith("# Network contoso.hubspoke (scenario fw1-crash)\n"), markdown);
    assertTrue(markdown.contains("## Effective routes: spoke1/workload\n\n| Source | State | Address Prefix |"));
    assertTrue(markdown.contains("| PASS | contoso.rsnet:68 | expect outage vm1 -> 8.8.8.8 at-most 100s |"), markdown);
    assertTrue(markdown.contains("## Outages"));
    assertTrue(markdown.contains("```\nvm1 -> 8.8.8.8: internet\n"), markdown);
  }
}
