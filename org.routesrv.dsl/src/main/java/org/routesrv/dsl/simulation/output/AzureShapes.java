package org.routesrv.dsl.simulation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.GatewayPeer;
import org.routesrv.dsl.simulation.GatewayRoute;
import org.routesrv.dsl.simulation.HopRoute;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.NvaBgpRoute;
import org.routesrv.dsl.simulation.NvaRoute;
import org.routesrv.dsl.simulation.NvaSession;
import org.routesrv.dsl.simulation.Outage;
import org.routesrv.dsl.simulation.SiteLearnedRoute;
import org.routesrv.dsl.simulation.SiteRoute;
import org.routesrv.dsl.simulation.Trace;
import org.routesrv.dsl.simulation.TraceHop;
import org.routesrv.dsl.simulation.TracePath;

/**
 * The JSON objects of outputs.md, field names and values spelled as the Azure CLI prints them so a
 * user can diff a simulation against {@code az} output. Maps are sorted by key.
 */
final class AzureShapes {

  /** What {@code list-learned-routes} always shows as {@code origin} and {@code weight}. */
  static final String LEARNED_ORIGIN = "EBgp";
  static final int LEARNED_WEIGHT = 32768;
  /** What {@code list-advertised-routes} always shows. */
  static final String ADVERTISED_ORIGIN = "Igp";
  static final int ADVERTISED_WEIGHT = 0;

  private AzureShapes() {
  }

  static Map<String, Object> effectiveRoute(EffectiveRoute route, boolean bgpPropagationDisabled) {
    Map<String, Object> json = new TreeMap<>();
    json.put("addressPrefix", List.of(route.prefix().toString()));
    json.put("disableBgpRoutePropagation", bgpPropagationDisabled);
    json.put("name", route.name());
    json.put("nextHopIpAddress", route.nextHopIp() == null ? List.of() : List.of(route.nextHopIp().toString()));
    json.put("nextHopType", route.nextHopType().azureName());
    json.put("source", route.source().azureName());
    json.put("state", route.state().azureName());
    return json;
  }

  static Map<String, Object> learnedRoute(LearnedRoute route) {
    Map<String, Object> json = new TreeMap<>();
    json.put("asPath", route.route().asPath().toAzureString());
    json.put("localAddress", route.localAddress().toString());
    json.put("network", route.route().prefix().toString());
    json.put("nextHop", String.valueOf(route.route().nextHop()));
    json.put("origin", LEARNED_ORIGIN);
    json.put("sourcePeer", route.sourcePeer().toString());
    json.put("weight", LEARNED_WEIGHT);
    putCommunities(json, route.route().communities());
    if (route.filtered() != null) {
      json.put("filtered", route.filtered());
    }
    return json;
  }

  /** A route Route Server rejected on arrival (fact 82): the learned route's fields, its reason as {@code reason}. */
  static Map<String, Object> rejectedRoute(LearnedRoute route) {
    Map<String, Object> json = learnedRoute(route);
    json.put("reason", json.remove("filtered"));
    return json;
  }

  static Map<String, Object> advertisedRoute(AdvertisedRoute route, Ipv4Address localAddress) {
    Map<String, Object> json = new TreeMap<>();
    json.put("asPath", route.asPath().toAzureString());
    json.put("localAddress", localAddress.toString());
    json.put("network", route.prefix().toString());
    json.put("nextHop", localAddress.toString());
    json.put("origin", ADVERTISED_ORIGIN);
    json.put("weight", ADVERTISED_WEIGHT);
    putCommunities(json, route.communities());
    return json;
  }

  /** Communities are not in Azure's listing; they are added only where there are some (seed 004). */
  private static void putCommunities(Map<String, Object> json, List<Community> communities) {
    if (!communities.isEmpty()) {
      json.put("communities", communities.stream().map(Community::toString).toList());
    }
  }

  static Map<String, Object> session(BgpSession session) {
    Map<String, Object> json = new TreeMap<>();
    json.put("localAddress", session.localAddress().toString());
    json.put("state", session.state().azureName());
    json.put("holdTime", session.holdTimeSeconds());
    if (session.reason() != null) {
      json.put("reason", session.reason());
    }
    return json;
  }

  static Map<String, Object> trace(Trace trace) {
    Map<String, Object> json = path(trace.primary());
    json.put("from", trace.from());
    json.put("to", trace.to().toString());
    if (trace.paths().size() > 1) {
      List<Object> alternatives = new ArrayList<>();
      trace.paths().subList(1, trace.paths().size()).forEach(p -> alternatives.add(path(p)));
      json.put("ecmpAlternatives", alternatives);
    }
    if (trace.truncated()) {
      json.put("truncated", true);
    }
    if (trace.reply() != null) {
      json.put("return", trace(trace.reply()));
      json.put("symmetric", trace.symmetry().symmetric());
      json.put("symmetry", trace.symmetry().explanation());
    }
    return json;
  }

  private static Map<String, Object> path(TracePath path) {
    Map<String, Object> json = new TreeMap<>();
    json.put("result", path.result().word());
    json.put("reason", path.reason());
    List<Object> hops = new ArrayList<>();
    path.hops().forEach(h -> hops.add(hop(h)));
    json.put("hops", hops);
    return json;
  }

  private static Map<String, Object> hop(TraceHop hop) {
    Map<String, Object> json = new TreeMap<>();
    json.put("at", hop.at());
    json.put("nextHop", hop.nextHop());
    json.put("route", hopRoute(hop.route()));
    if (hop.subnet() != null) {
      json.put("subnet", hop.subnet().toString());
    }
    return json;
  }

  private static Map<String, Object> hopRoute(HopRoute route) {
    return switch (route) {
      case EffectiveRoute effective -> {
        // Propagation is a property of the subnet's table, not of the route that chose the hop.
        Map<String, Object> json = effectiveRoute(effective, false);
        json.remove("disableBgpRoutePropagation");
        yield json;
      }
      case NvaRoute nva -> nvaRoute(nva);
      case SiteRoute site -> {
        Map<String, Object> json = new TreeMap<>();
        json.put("prefix", site.prefix().toString());
        json.put("site", site.site());
        yield json;
      }
    };
  }

  static Map<String, Object> nvaRoute(NvaRoute route) {
    Map<String, Object> json = new TreeMap<>();
    json.put("prefix", route.prefix().toString());
    json.put("protocol", route.protocol().name().toLowerCase());
    json.put("distance", route.distance());
    json.put("interface", route.egressNic());
    json.put("nextHop", route.nextHop() == null ? null : route.nextHop().toString());
    if (route.site() != null) {
      json.put("site", route.site());
    }
    if (route.asPath().length() > 0) {
      json.put("asPath", route.asPath().toAzureString());
    }
    return json;
  }

  static Map<String, Object> gatewayPeer(GatewayPeer peer) {
    Map<String, Object> json = new TreeMap<>();
    json.put("asn", peer.asn());
    json.put("localAddress", peer.localAddress().toString());
    json.put("neighbor", peer.neighbor().toString());
    json.put("routesReceived", peer.routesReceived());
    json.put("state", peer.state());
    if (peer.reason() != null) {
      json.put("reason", peer.reason());
    }
    return json;
  }

  /** Azure lists a gateway's own vnet spaces with an empty path, no next hop and origin {@code Network}. */
  static Map<String, Object> gatewayLearnedRoute(GatewayRoute route) {
    Map<String, Object> json = new TreeMap<>();
    json.put("asPath", route.asPath().toAzureString());
    json.put("localAddress", route.localAddress().toString());
    json.put("network", route.network().toString());
    json.put("nextHop", route.nextHop() == null ? null : route.nextHop().toString());
    json.put("origin", route.origin());
    json.put("sourcePeer", route.sourcePeer().toString());
    json.put("weight", LEARNED_WEIGHT);
    putCommunities(json, route.communities());
    return json;
  }

  static Map<String, Object> gatewayAdvertisedRoute(GatewayRoute route) {
    Map<String, Object> json = new TreeMap<>();
    json.put("asPath", route.asPath().toAzureString());
    json.put("localAddress", route.localAddress().toString());
    json.put("network", route.network().toString());
    json.put("nextHop", route.nextHop().toString());
    json.put("origin", route.origin());
    json.put("sourcePeer", route.sourcePeer().toString());
    json.put("weight", ADVERTISED_WEIGHT);
    putCommunities(json, route.communities());
    return json;
  }

  static Map<String, Object> siteRoute(SiteLearnedRoute route) {
    Map<String, Object> json = new TreeMap<>();
    json.put("network", route.network().toString());
    json.put("asPath", route.asPath().toAzureString());
    json.put("nextHop", route.nextHop() == null ? null : route.nextHop().toString());
    json.put("via", route.via());
    return json;
  }

  static Map<String, Object> nvaBgpRoute(NvaBgpRoute route) {
    Map<String, Object> json = new TreeMap<>();
    json.put("prefix", route.prefix().toString());
    json.put("asPath", route.asPath().toAzureString());
    json.put("nextHop", route.nextHop() == null ? null : route.nextHop().toString());
    json.put("peer", route.peer());
    putCommunities(json, route.communities());
    return json;
  }

  static Map<String, Object> nvaSession(NvaSession session) {
    Map<String, Object> json = new TreeMap<>();
    json.put("peer", session.peer());
    json.put("neighbor", session.neighbor() == null ? null : session.neighbor().toString());
    json.put("asn", session.asn());
    json.put("state", session.state());
    if (session.reason() != null) {
      json.put("reason", session.reason());
    }
    return json;
  }

  static Map<String, Object> expectation(ExpectationResult result) {
    Map<String, Object> json = new TreeMap<>();
    json.put("file", result.source().file());
    json.put("line", result.source().line());
    json.put("text", result.source().text());
    json.put("passed", result.passed());
    json.put("actual", result.actual());
    return json;
  }

  static Map<String, Object> outage(Outage outage) {
    Map<String, Object> json = new TreeMap<>();
    json.put("from", outage.from());
    json.put("to", outage.to().toString());
    json.put("minSeconds", seconds(outage.shortest()));
    json.put("maxSeconds", seconds(outage.longest()));
    json.put("cause", outage.cause());
    json.put("event", outage.event());
    return json;
  }

  /** Whole seconds print as integers so that 70 stays 70, not 70.0; null when traffic is lost for good. */
  static Number seconds(java.time.Duration window) {
    if (window == null) {
      return null;
    }
    long millis = window.toMillis();
    return millis % 1000 == 0 ? (Number) (millis / 1000) : (Number) (millis / 1000.0);
  }
}
