package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_NEIGHBOR__MULTIHOP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__ALLOW_AS_IN;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__ALLOW_AS_IN_COUNT;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__AS_OVERRIDE;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__EXPORT_MAP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__IMPORT_MAP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__NIC;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__REMOVE_PRIVATE_AS;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_PEER__REPLACE_PRIVATE_AS;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER_PEERING__HOLD;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER_PEERING__KEEPALIVE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.RouteServerReach;
import org.routesrv.dsl.rsnet.BgpNeighbor;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.InstanceSelection;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.Vnet;

/** BGP sessions between NVAs and Route Server (facts 20, 23, 42). */
public class PeeringRules extends RuleFamily {

  private static final long MAX_HOLD_MILLIS = 65_535_000L;

  /** Fact 23: ARS peers only with NVAs in its own VNet or a directly peered VNet. */
  @Check(CheckType.NORMAL)
  public void peerInReach(RouteServerPeering peering) {
    RouteServer routeServer = peering.getRouteServer();
    Nic nic = peering.getNic();
    if (routeServer == null || routeServer.eIsProxy() || nic == null || nic.eIsProxy() || nic.getSubnet() == null
        || nic.getSubnet().eIsProxy()) {
      return;
    }
    Vnet hub = routeServer.getVnet();
    Vnet nicVnet = NetworkView.vnetOf(nic.getSubnet());
    if (hub == null || hub.eIsProxy() || nicVnet == null
        || RouteServerReach.reaches(nicVnet == hub, network().peersOf(hub).contains(nicVnet))) {
      return;
    }
    report(IssueCodes.PEER_OUTSIDE_REACH, "NIC '" + nic.getName() + "' (" + nic.getIp() + ") is in VNet '"
        + nicVnet.getName() + "', which is neither Route Server '" + routeServer.getName() + "''s VNet '"
        + hub.getName() + "' nor directly peered with it: Azure Route Server peers only with private IPs in its"
        + " own or a directly peered VNet. Peer '" + nicVnet.getName() + "' with '" + hub.getName()
        + "' or use a NIC in '" + hub.getName() + "'.", peering, BGP_PEER__NIC);
  }

  /**
   * Fact 42: every NVA must peer with both Route Server instances and send both the same routes. Also flags two
   * peer lines for the same instance.
   */
  @Check(CheckType.FAST)
  public void bothInstances(Nva nva) {
    if (nva.getBgp() == null) {
      return;
    }
    Map<RouteServer, List<RouteServerPeering>> byRouteServer = new LinkedHashMap<>();
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (peer instanceof RouteServerPeering peering && peering.getRouteServer() != null
          && !peering.getRouteServer().eIsProxy()) {
        byRouteServer.computeIfAbsent(peering.getRouteServer(), rs -> new ArrayList<>()).add(peering);
      }
    }
    byRouteServer.forEach((routeServer, peerings) -> {
      Set<InstanceSelection> covered = EnumSet.noneOf(InstanceSelection.class);
      Map<Nic, RouteServerPeering> firstFromNic = new HashMap<>();
      for (RouteServerPeering peering : peerings) {
        RouteServerPeering earlier = peering.getNic() == null ? null : firstFromNic.putIfAbsent(peering.getNic(), peering);
        if (earlier != null && !sessionOptions(earlier).equals(sessionOptions(peering))) {
          report(IssueCodes.PEER_LINES_DIFFER, "The two peer lines of NVA '" + nva.getName() + "' for Route Server '"
              + routeServer.getName() + "' leave from the same NIC, so Azure has one peering for both sessions: write"
              + " the same timers and options on both lines, or one 'peer " + routeServer.getName() + " via NIC' line.",
              peering, null);
        }
        Set<InstanceSelection> instances = instances(peering);
        if (instances.stream().anyMatch(covered::contains)) {
          report(IssueCodes.PEER_DUPLICATE, "NVA '" + nva.getName() + "' already peers with "
              + describe(instances) + " of Route Server '" + routeServer.getName() + "' on an earlier line:"
              + " one peer line per NVA and Route Server.", peering, null);
        }
        covered.addAll(instances);
      }
      if (!covered.containsAll(EnumSet.of(InstanceSelection.FIRST, InstanceSelection.SECOND))) {
        for (RouteServerPeering peering : peerings) {
          report(IssueCodes.PEER_SINGLE_INSTANCE, "NVA '" + nva.getName() + "' peers with only the "
              + peering.getInstances().getLiteral() + " instance of Route Server '" + routeServer.getName()
              + "': Azure requires every NVA to peer with both instances (routes are otherwise programmed"
              + " inconsistently and lost during maintenance). Remove 'instances "
              + peering.getInstances().getLiteral() + "'.", peering, null);
        }
      } else if (peerings.size() > 1 && peerings.stream().map(BgpPeer::getNic).distinct().count() > 1) {
        report(IssueCodes.ADVERTISEMENT_ASYMMETRIC, "NVA '" + nva.getName() + "' peers with the two instances of"
            + " Route Server '" + routeServer.getName() + "' from different NICs, so each instance gets a different"
            + " next hop: Azure requires the same routes with the same attributes on both sessions. Use one"
            + " 'peer " + routeServer.getName() + " via NIC' line.", peerings.get(peerings.size() - 1), BGP_PEER__NIC);
      }
    });
  }

  /** Everything a peer line sets but its instances, as written. */
  private static List<String> sessionOptions(RouteServerPeering peering) {
    List<String> options = new ArrayList<>();
    for (EStructuralFeature feature : List.of(ROUTE_SERVER_PEERING__KEEPALIVE, ROUTE_SERVER_PEERING__HOLD,
        BGP_PEER__IMPORT_MAP, BGP_PEER__EXPORT_MAP, BGP_PEER__AS_OVERRIDE, BGP_PEER__REMOVE_PRIVATE_AS,
        BGP_PEER__REPLACE_PRIVATE_AS, BGP_PEER__ALLOW_AS_IN, BGP_PEER__ALLOW_AS_IN_COUNT)) {
      options.add(isWritten(peering, feature) ? written(peering, feature) : "");
    }
    return options;
  }

  /** Fact 20: ARS uses 60 s keepalive / 180 s hold; RFC 4271 allows hold 0 or 3-65535 s, keepalive <= hold/3. */
  @Check(CheckType.FAST)
  public void timers(RouteServerPeering peering) {
    Long hold = peering.getHold();
    Long keepalive = peering.getKeepalive();
    if (hold != null && (hold != 0 && hold < 3000 || hold > MAX_HOLD_MILLIS)) {
      report(IssueCodes.BGP_HOLD_TIME_RANGE, "BGP hold time must be 0 or between 3s and 65535s (RFC 4271);"
          + " Azure Route Server itself uses 180s.", peering, ROUTE_SERVER_PEERING__HOLD);
    } else if (hold != null && keepalive != null && hold != 0 && keepalive * 3 > hold) {
      report(IssueCodes.BGP_KEEPALIVE_HOLD, "Keepalive " + written(peering, ROUTE_SERVER_PEERING__KEEPALIVE)
          + " is more than a third of hold time " + written(peering, ROUTE_SERVER_PEERING__HOLD)
          + ": a single lost keepalive can drop the session. Use at most hold/3 (Route Server uses 60s/180s).",
          peering, ROUTE_SERVER_PEERING__KEEPALIVE);
    }
  }

  /** BGP: eBGP multihop is an IP TTL, 1 to 255 (fact 15: Route Server sessions are multihop). */
  @Check(CheckType.FAST)
  public void multihop(BgpNeighbor neighbor) {
    if (isWritten(neighbor, BGP_NEIGHBOR__MULTIHOP) && (neighbor.getMultihop() < 1 || neighbor.getMultihop() > 255)) {
      report(IssueCodes.BGP_MULTIHOP_RANGE, "eBGP multihop is a TTL from 1 to 255.", neighbor, BGP_NEIGHBOR__MULTIHOP);
    }
  }

  /** BGP: routers accept their own ASN at most 10 times with allowas-in (FRR and IOS-XE: 1-10). */
  @Check(CheckType.FAST)
  public void allowAsIn(BgpPeer peer) {
    if (peer.isAllowAsIn() && isWritten(peer, BGP_PEER__ALLOW_AS_IN_COUNT)
        && (peer.getAllowAsInCount() < 1 || peer.getAllowAsInCount() > 10)) {
      report(IssueCodes.ALLOWAS_IN_RANGE, "allowas-in takes 1 to 10 (how often the NVA's own ASN may appear in a"
          + " path it accepts); without a number it is 1.", peer, BGP_PEER__ALLOW_AS_IN_COUNT);
    }
  }

  static Set<InstanceSelection> instances(RouteServerPeering peering) {
    return switch (peering.getInstances()) {
      case FIRST -> EnumSet.of(InstanceSelection.FIRST);
      case SECOND -> EnumSet.of(InstanceSelection.SECOND);
      default -> EnumSet.of(InstanceSelection.FIRST, InstanceSelection.SECOND);
    };
  }

  private static String describe(Set<InstanceSelection> instances) {
    return instances.size() == 2 ? "both instances" : "the " + instances.iterator().next().getLiteral() + " instance";
  }
}
