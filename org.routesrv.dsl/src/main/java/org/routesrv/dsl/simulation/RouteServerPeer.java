package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.routesrv.dsl.azure.InboundAcceptance;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.RouteServerInstance;

/**
 * An NVA peering with a Route Server: its sessions, and what it announced with the reason Route
 * Server drops each route (null where it accepts it).
 */
public record RouteServerPeer(String routeServer, String nva, Ipv4Address peerIp, long peerAsn,
    InstanceSelection instances, List<BgpSession> sessions, List<BgpRoute> announced, List<String> rejections) {

  public RouteServerPeer {
    sessions = List.copyOf(sessions);
    announced = List.copyOf(announced);
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
   * {@link #rejected} has them.
   */
  public List<LearnedRoute> learned(RouteServerInstance instance) {
    return listed(instance, true);
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
      if (InboundAcceptance.rejectsUnlisted(route.asPath()) != listedByAzure) {
        String filtered = session.established() ? rejections.get(i) : "session Idle: " + session.reason();
        routes.add(new LearnedRoute(route, session.localAddress(), peerIp, filtered));
      }
    }
    return routes;
  }

  /**
   * Routes Route Server programs from this peer: accepted over an Established session on either
   * instance. Both instances hear the same announcements, one per prefix (an NVA sends its best path
   * only), so this is the union of {@link #accepted} over the instances.
   */
  List<BgpRoute> acceptedOnAnyInstance() {
    return anyEstablished() ? acceptedAnnouncements() : List.of();
  }

  /** Routes Route Server uses from this peer on {@code instance}: accepted, over an Established session. */
  List<BgpRoute> accepted(RouteServerInstance instance) {
    BgpSession session = session(instance);
    return session != null && session.established() ? acceptedAnnouncements() : List.of();
  }

  /** The announcements Route Server does not drop, whichever session carries them. */
  private List<BgpRoute> acceptedAnnouncements() {
    List<BgpRoute> routes = new ArrayList<>(announced.size());
    for (int i = 0; i < announced.size(); i++) {
      if (rejections.get(i) == null) {
        routes.add(announced.get(i));
      }
    }
    return routes;
  }
}
