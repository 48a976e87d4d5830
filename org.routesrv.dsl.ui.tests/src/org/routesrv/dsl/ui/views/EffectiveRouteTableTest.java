package org.routesrv.dsl.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ui.views.EffectiveRouteTable.Row;

import com.google.gson.JsonParser;

class EffectiveRouteTableTest {

  @Test
  void rowsComeInAzuresShapeWithListsJoined() {
    String answer = """
        {"network": "contoso.hubspoke", "effectiveRoutes": {"spoke1/workload": {"nextLink": null, "value": [
          {"addressPrefix": ["10.1.0.0/16"], "nextHopIpAddress": [], "nextHopType": "VnetLocal",
           "source": "Default", "state": "Active", "name": null, "disableBgpRoutePropagation": false},
          {"addressPrefix": ["0.0.0.0/0"], "nextHopIpAddress": ["10.0.3.4", "10.0.3.5"],
           "nextHopType": "VirtualNetworkGateway", "source": "VirtualNetworkGateway", "state": "Active"}]}}}
        """;
    EffectiveRouteTable table = EffectiveRouteTable.parse(JsonParser.parseString(answer));
    assertNull(table.error());
    assertEquals("contoso.hubspoke", table.network());
    assertEquals(List.of(
        new Row("spoke1/workload", "Default", "Active", "10.1.0.0/16", "VnetLocal", ""),
        new Row("spoke1/workload", "VirtualNetworkGateway", "Active", "0.0.0.0/0", "VirtualNetworkGateway",
            "10.0.3.4, 10.0.3.5")), table.rows());
  }

  @Test
  void theServersErrorIsKept() {
    EffectiveRouteTable table = EffectiveRouteTable.parse(
        JsonParser.parseString("{\"error\": \"Simulation unavailable: the model has errors.\"}"));
    assertEquals("Simulation unavailable: the model has errors.", table.error());
    assertEquals(List.of(), table.rows());
  }
}
