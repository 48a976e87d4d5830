package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.routesrv.dsl.azure.InboundAcceptance;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteServerInstance;

/**
 * An NVA peering with a Route Server: its sessions, what it announced, which instances hear each
 * announcement ({@code heardBy}: both, unless the NVA sends an instance its own attributes, fact 88),
 * the reason Route Server drops each route (null where it accepts it), and the import map Route Server
 * applies to the routes it accepts (fact 89), if any: what an instance lists as learned and uses is
 * after that map.
 */
public record RouteServerPeer(String routeServer, String nva, Ipv4Address peerIp, long peerAsn,
    InstanceSelection instances, List<BgpSession> sessions, List<BgpRoute> announced,
    List<InstanceSelection> heardBy, List<String> rejections, RouteMap importMap) {

  public RouteServerPeer {
    sessions = List.copyOf(sessions);
    announced = List.copyOf(announced);
    heardBy = List.copyOf(heardBy);
    rejections = Collections.unmodifiableList(new ArrayList<>(rejections));
  }

  public BgpSession session(RouteServerInstance instance) {
    return sessions.stream().filter(s -> s.instance() == instance).findFirst().orElse(null);
  }

  public boolean anyEstablished() {
    return sessions.stream().anyMatch(BgpSession::established);
  }

  /**
   * {@code list-learned-routes} for one instance. A session that is configured but Idle still lists
   * what the NVA sends, filtered with the session's reason; an instance the NVA does not peer with,
   * or a down NVA, lists nothing. Routes Route Server rejects on arrival are not listed (fact 82):
   * {@link #rejected} has them. Routes it accepts over an Established session are listed after the
   * import map (dropped ones gone, summaries in their place), then those it filters.
   */
  public List<LearnedRoute> learned(RouteServerInstance instance) {
    List<LearnedRoute> listed = listed(instance, true);
    BgpSession session = session(instance);
    if (importMap == null || listed.isEmpty() || !session.established()) {
      return listed;
    }
    List<LearnedRoute> routes = new ArrayList<>(listed.size());
    for (BgpRoute route : accepted(instance)) {
      routes.add(new LearnedRoute(route, session.localAddress(), peerIp, null));
    }
    listed.stream().filter(route -> route.filtered() != null).forEach(routes::add);
    return routes;
  }

  /** What the NVA sent {@code instance} as it sent it: before Route Server rejects, filters or maps any of it. */
  public List<BgpRoute> sent(RouteServerInstance instance) {
    if (session(instance) == null || !instances.includes(instance)) {
      return List.of();
    }
    List<BgpRoute> routes = new ArrayList<>(announced.size());
    for (int i = 0; i < announced.size(); i++) {
      if (heardBy.get(i).includes(instance)) {
        routes.add(announced.get(i));
      }
    }
    return routes;
  }

  /** What the NVA sent {@code instance} that Route Server rejected without listing it (fact 82), with the reason. */
  public List<LearnedRoute> rejected(RouteServerInstance instance) {
    return listed(instance, false);
  }

  private List<LearnedRoute> listed(RouteServerInstance instance, boolean listedByAzure) {
    BgpSession session = session(instance);
    if (session == null || !instances.includes(instance)) {
      return List.of();
    }
    List<LearnedRoute> routes = new ArrayList<>(listedByAzure ? announced.size() : 0);
    for (int i = 0; i < announced.size(); i++) {
      BgpRoute route = announced.get(i);
      if (heardBy.get(i).includes(instance) && InboundAcceptance.rejectsUnlisted(route.asPath()) != listedByAzure) {
        String filtered = session.established() ? rejections.get(i) : "session Idle: " + session.reason();
        routes.add(new LearnedRoute(route, session.localAddress(), peerIp, filtered));
      }
    }
    return routes;
  }

  /**
   * Routes Route Server programs from this peer: accepted over an Established session on an instance
   * whose routes are programmed ({@code programmedFrom}, fact 88), after the import map. With both, a
   * prefix the NVA sent the two instances with different attributes is offered twice, and best-path
   * selection decides.
   */
  List<BgpRoute> programmable(InstanceSelection programmedFrom) {
    if (importMap != null) {
      Set<BgpRoute> routes = new LinkedHashSet<>();
      for (BgpSession session : sessions) {
        if (session.established() && programmedFrom.includes(session.instance())) {
          routes.addAll(accepted(session.instance()));
        }
      }
      return new ArrayList<>(routes);
    }
    List<BgpRoute> routes = new ArrayList<>(announced.size());
    for (int i = 0; i < announced.size(); i++) {
      if (rejections.get(i) == null && heardOverEstablishedSession(i, programmedFrom)) {
        routes.add(announced.get(i));
      }
    }
    return routes;
  }

  private boolean heardOverEstablishedSession(int announcement, InstanceSelection programmedFrom) {
    for (BgpSession session : sessions) {
      if (session.established() && programmedFrom.includes(session.instance())
          && heardBy.get(announcement).includes(session.instance())) {
        return true;
      }
    }
    return false;
  }

  /** What the import map sees on {@code instance}: the routes accepted over an Established session, before it. */
  List<BgpRoute> acceptedBeforeImportMap(RouteServerInstance instance) {
    BgpSession session = session(instance);
    if (session == null || !session.established()) {
      return List.of();
    }
    List<BgpRoute> routes = new ArrayList<>(announced.size());
    for (int i = 0; i < announced.size(); i++) {
      if (rejections.get(i) == null && heardBy.get(i).includes(instance)) {
        routes.add(announced.get(i));
      }
    }
    return routes;
  }

  /**
   * Routes Route Server uses from this peer on {@code instance}: accepted over an Established session,
   * after the import map (fact 89: it acts after the 65515 and VNet-space filters, so it cannot rescue
   * what they drop).
   */
  List<BgpRoute> accepted(RouteServerInstance instance) {
    List<BgpRoute> routes = acceptedBeforeImportMap(instance);
    return importMap == null ? routes : RouteMapEvaluation.apply(importMap, routes);
  }
}
