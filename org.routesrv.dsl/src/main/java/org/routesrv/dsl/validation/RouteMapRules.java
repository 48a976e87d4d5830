package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.COMMUNITY_CHANGE__COMMUNITIES;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.EXPORT_MAP__PEER;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.IMPORT_MAP__PEER;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.MAP_ATTACHMENT__PEER;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PREFIX_MATCH__PREFIXES;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PREPEND_ACTION__ASNS;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SET_LOCAL_PREF_ACTION__VALUE;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUMMARIZE_ACTION__PREFIXES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.AzureCommunities;
import org.routesrv.dsl.azure.RouteMapLimits;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.CommunityChange;
import org.routesrv.dsl.rsnet.CommunityOperation;
import org.routesrv.dsl.rsnet.ExportMap;
import org.routesrv.dsl.rsnet.ImportMap;
import org.routesrv.dsl.rsnet.MapAttachment;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Peering;
import org.routesrv.dsl.rsnet.PrefixMatch;
import org.routesrv.dsl.rsnet.PrependAction;
import org.routesrv.dsl.rsnet.RouteMap;
import org.routesrv.dsl.rsnet.RouteMapAction;
import org.routesrv.dsl.rsnet.RouteMapMatch;
import org.routesrv.dsl.rsnet.RouteMapRule;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.SetLocalPrefAction;
import org.routesrv.dsl.rsnet.SummarizeAction;
import org.routesrv.dsl.rsnet.Vnet;

/**
 * Route maps on Route Server, written in its block or attached by a scenario: where they attach and what Azure
 * accepts in them (fact 89).
 */
public class RouteMapRules extends RuleFamily {

  /** One map per direction per peer; the peer must peer with that Route Server, from where a map may attach. */
  @Check(CheckType.NORMAL)
  public void attachments(RouteServer server) {
    Set<Nva> imported = new HashSet<>();
    for (ImportMap attached : server.getImportMaps()) {
      checkAttachment(server, attached, attached.getPeer(), IMPORT_MAP__PEER, "import", "from", imported);
    }
    Set<Nva> exported = new HashSet<>();
    for (ExportMap attached : server.getExportMaps()) {
      checkAttachment(server, attached, attached.getPeer(), EXPORT_MAP__PEER, "export", "to", exported);
    }
    EObject first = !server.getImportMaps().isEmpty() ? server.getImportMaps().get(0)
        : !server.getExportMaps().isEmpty() ? server.getExportMaps().get(0) : null;
    if (first != null) {
      report(IssueCodes.ROUTE_MAP_UPGRADE, "Fact 89: " + RouteMapLimits.FIRST_MAP_UPGRADE + " (sessions were seen to"
          + " stay up). Plan the change window accordingly.", first, null);
    }
  }

  /** A scenario's {@code attach} needs the same peering, from where a map may attach. */
  @Check(CheckType.NORMAL)
  public void attachmentInScenario(MapAttachment attachment) {
    RouteServer server = attachment.getRouteServer();
    if (server != null && !server.eIsProxy()) {
      checkAttachment(server, attachment, attachment.getPeer(), MAP_ATTACHMENT__PEER, attachment.isExport() ? "export"
          : "import", attachment.isExport() ? "to" : "from", new HashSet<>());
    }
  }

  private void checkAttachment(RouteServer server, EObject attached, Nva nva, EReference peerFeature, String direction,
      String preposition, Set<Nva> seen) {
    if (nva == null || nva.eIsProxy()) {
      return;
    }
    if (!seen.add(nva)) {
      report(IssueCodes.ROUTE_MAP_DUPLICATE, "Route Server '" + server.getName() + "' already has an " + direction
          + " map " + preposition + " '" + nva.getName() + "': Azure allows one map per direction per peering"
          + " (fact 89). Merge the two maps' rules into one.", attached, peerFeature);
      return;
    }
    RouteServerPeering peering = peeringOf(nva, server);
    if (peering == null) {
      report(IssueCodes.ROUTE_MAP_PEER, "NVA '" + nva.getName() + "' does not peer with Route Server '"
          + server.getName() + "', so there is no peering to attach this map to: add 'peer " + server.getName()
          + " via NIC' to its bgp block, or name one of its peers.", attached, peerFeature);
      return;
    }
    Vnet hub = server.getVnet();
    Nic nic = peering.getNic();
    if (hub == null || hub.eIsProxy() || nic == null || nic.eIsProxy() || nic.getSubnet() == null
        || nic.getSubnet().eIsProxy()) {
      return;
    }
    Vnet nvaVnet = NetworkView.vnetOf(nic.getSubnet());
    if (nvaVnet == null) {
      return;
    }
    Peering toHub = network().firstPeeringBetween(nvaVnet, hub);
    boolean usesHubGateways = toHub != null && NetworkView.usesRemoteGateways(toHub, nvaVnet);
    if (!RouteMapLimits.attachable(nvaVnet == hub, usesHubGateways, !network().gatewaysIn(nvaVnet).isEmpty())) {
      report(IssueCodes.ROUTE_MAP_PEER_REACH, "NVA '" + nva.getName() + "' peers from VNet '" + nvaVnet.getName()
          + "', which does not use the gateways of '" + hub.getName() + "' (or has its own): Azure refuses a map on"
          + " such a peering (HubBgpConnectionFromSpokeVnetCannotReferenceRouteMap, fact 89). Peer from '"
          + hub.getName() + "', or give the peering 'use-remote-gateways " + nvaVnet.getName() + "'.", attached,
          peerFeature);
    }
  }

  private static RouteServerPeering peeringOf(Nva nva, RouteServer server) {
    if (nva.getBgp() == null) {
      return null;
    }
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (peer instanceof RouteServerPeering peering && peering.getRouteServer() == server) {
        return peering;
      }
    }
    return null;
  }

  /** What Azure refuses in a map that a Route Server uses, and rules Route Server can never apply. */
  @Check(CheckType.NORMAL)
  public void contentOnRouteServer(RouteMap map) {
    List<RouteServer> importers = new ArrayList<>();
    List<RouteServer> users = new ArrayList<>();
    for (RouteServer server : network().all(RouteServer.class)) {
      boolean imports = server.getImportMaps().stream().anyMatch(attached -> attached.getMap() == map);
      if (imports) {
        importers.add(server);
      }
      if (imports || server.getExportMaps().stream().anyMatch(attached -> attached.getMap() == map)) {
        users.add(server);
      }
    }
    for (MapAttachment attached : network().all(MapAttachment.class)) {
      RouteServer server = attached.getRouteServer();
      if (attached.getMap() != map || server == null || server.eIsProxy()) {
        continue;
      }
      if (!users.contains(server)) {
        users.add(server);
      }
      if (!attached.isExport() && !importers.contains(server)) {
        importers.add(server);
      }
    }
    if (users.isEmpty()) {
      return;
    }
    String user = "Route Server '" + users.get(0).getName() + "'";
    for (RouteMapRule rule : map.getRules()) {
      List<Ipv4Prefix> matched = new ArrayList<>();
      for (RouteMapMatch match : rule.getMatches()) {
        if (match instanceof PrefixMatch prefixes) {
          matched.addAll(prefixes.getPrefixes().stream().map(Ipv4Prefix::network).toList());
          deadOnImport(prefixes, importers);
        }
      }
      for (RouteMapAction action : rule.getActions()) {
        switch (action) {
          case PrependAction prepend -> prependedAsns(prepend, user);
          case CommunityChange change when change.getOperation() == CommunityOperation.REMOVE ->
              removedAzureCommunities(change, user);
          case SummarizeAction summary -> moreSpecificSummaries(summary, matched, user);
          case SetLocalPrefAction preference -> report(IssueCodes.ROUTE_MAP_LOCAL_PREF, user + " uses this map, and Route"
              + " Server has no local preference: it chooses by AS path length (facts 55-57). Prepend instead, or use"
              + " the map on an NVA.", preference, SET_LOCAL_PREF_ACTION__VALUE);
          default -> { }
        }
      }
    }
  }

  private void prependedAsns(PrependAction prepend, String user) {
    for (int i = 0; i < prepend.getAsns().size(); i++) {
      Long asn = prepend.getAsns().get(i);
      int index = i;
      if (asn != null) {
        RouteMapLimits.prependRefusal(asn).ifPresent(reason -> report(IssueCodes.ROUTE_MAP_PREPEND_ASN, user
            + " uses this map, and Azure refuses to prepend " + reason + " (fact 89): prepend a public ASN you hold,"
            + " or let the NVA prepend its own ('advertise PREFIX prepend N').", prepend, PREPEND_ACTION__ASNS, index));
      }
    }
  }

  private void removedAzureCommunities(CommunityChange change, String user) {
    for (int i = 0; i < change.getCommunities().size(); i++) {
      Community community = change.getCommunities().get(i);
      if (community != null && AzureCommunities.isReservedByAzure(community)) {
        report(IssueCodes.ROUTE_MAP_AZURE_COMMUNITY, user + " uses this map, and Azure does not let a map remove its"
            + " own community " + community + " (facts 73, 89): drop it from 'remove community'.", change,
            COMMUNITY_CHANGE__COMMUNITIES, i);
      }
    }
  }

  /** Fact 89: a summary stands for the routes it replaces, never for something more specific. */
  private void moreSpecificSummaries(SummarizeAction summary, List<Ipv4Prefix> matched, String user) {
    for (int i = 0; i < summary.getPrefixes().size(); i++) {
      Ipv4Prefix prefix = summary.getPrefixes().get(i) == null ? null : summary.getPrefixes().get(i).network();
      if (prefix == null) {
        continue;
      }
      for (Ipv4Prefix match : matched) {
        if (match.covers(prefix) && !match.equals(prefix)) {
          report(IssueCodes.ROUTE_MAP_MORE_SPECIFIC, user + " uses this map, and Azure does not let a map create a"
              + " route more specific than the ones it matched (" + prefix + " inside " + match + ", fact 89):"
              + " summarize to " + match + " or a shorter prefix.", summary, SUMMARIZE_ACTION__PREFIXES, i);
          break;
        }
      }
    }
  }

  /** Route Server drops routes inside its VNet space before any import map sees them (facts 51, 89). */
  private void deadOnImport(PrefixMatch prefixes, List<RouteServer> importers) {
    for (RouteServer server : importers) {
      Vnet hub = server.getVnet();
      if (hub == null || hub.eIsProxy()) {
        continue;
      }
      NetworkView.ServedRanges ranges = network().servedRanges(hub);
      for (int i = 0; i < prefixes.getPrefixes().size(); i++) {
        Ipv4Prefix prefix = prefixes.getPrefixes().get(i) == null ? null : prefixes.getPrefixes().get(i).network();
        NetworkView.ServedRange range = prefix == null ? null : ranges.covering(prefix);
        if (range != null) {
          report(IssueCodes.ROUTE_MAP_DEAD_RULE, "Route Server '" + server.getName() + "' drops routes for " + prefix
              + " (inside " + range.space() + " of VNet '" + range.vnet().getName() + "') before its import map"
              + " runs (facts 51, 89), so this match never sees them.", prefixes, PREFIX_MATCH__PREFIXES, i);
          return;
        }
      }
    }
  }
}
