package org.routesrv.dsl.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The answer of the server's {@code rsnet.effectiveRouteTable}: per subnet, rows in the shape of
 * {@code az network nic show-effective-route-table}.
 */
public record EffectiveRouteTable(String network, String error, List<Row> rows) {

  /** One effective route of one subnet; prefixes and next hops are lists in Azure's shape. */
  public record Row(String subnet, String source, String state, String addressPrefix, String nextHopType,
      String nextHopIpAddress) {
  }

  public static EffectiveRouteTable parse(JsonElement answer) {
    if (answer == null || !answer.isJsonObject()) {
      return new EffectiveRouteTable(null, "The language server gave no route table.", List.of());
    }
    JsonObject table = answer.getAsJsonObject();
    if (table.has("error")) {
      return new EffectiveRouteTable(text(table, "network"), table.get("error").getAsString(), List.of());
    }
    List<Row> rows = new ArrayList<>();
    JsonObject subnets = table.has("effectiveRoutes") ? table.getAsJsonObject("effectiveRoutes") : new JsonObject();
    for (Map.Entry<String, JsonElement> subnet : subnets.entrySet()) {
      JsonArray routes = subnet.getValue().getAsJsonObject().getAsJsonArray("value");
      for (JsonElement route : routes) {
        JsonObject fields = route.getAsJsonObject();
        rows.add(new Row(subnet.getKey(), text(fields, "source"), text(fields, "state"), joined(fields, "addressPrefix"),
            text(fields, "nextHopType"), joined(fields, "nextHopIpAddress")));
      }
    }
    return new EffectiveRouteTable(text(table, "network"), null, rows);
  }

  private static String text(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }

  private static String joined(JsonObject object, String field) {
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      return "";
    }
    if (!value.isJsonArray()) {
      return value.getAsString();
    }
    return StreamSupport.stream(value.getAsJsonArray().spliterator(), false)
        .map(JsonElement::getAsString)
        .collect(Collectors.joining(", "));
  }
}
