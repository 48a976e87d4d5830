package org.routesrv.dsl.lowering;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.InstanceSelection;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NetworkBuilder.AdvertisementSpec;
import org.routesrv.dsl.network.NetworkBuilder.NvaSpec;
import org.routesrv.dsl.network.NetworkBuilder.ScenarioSpec;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.PeerPolicy;
import org.routesrv.dsl.network.PublicIpSku;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.ScenarioEvent;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Target;
import org.routesrv.dsl.network.UserRouteNextHop;
import org.routesrv.dsl.rsnet.AddressTarget;
import org.routesrv.dsl.rsnet.AdvertiseEvent;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.AdvertisedExpectation;
import org.routesrv.dsl.rsnet.BgpNeighbor;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Element;
import org.routesrv.dsl.rsnet.Event;
import org.routesrv.dsl.rsnet.ExpressRouteGateway;
import org.routesrv.dsl.rsnet.InstanceFailure;
import org.routesrv.dsl.rsnet.IpDestination;
import org.routesrv.dsl.rsnet.KeywordTarget;
import org.routesrv.dsl.rsnet.LearnedExpectation;
import org.routesrv.dsl.rsnet.MapAttachment;
import org.routesrv.dsl.rsnet.MapDetachment;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.NoAdvertisedExpectation;
import org.routesrv.dsl.rsnet.NoLearnedExpectation;
import org.routesrv.dsl.rsnet.NoRouteExpectation;
import org.routesrv.dsl.rsnet.NodeTarget;
import org.routesrv.dsl.rsnet.Nsg;
import org.routesrv.dsl.rsnet.NodeDestination;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.NvaFailure;
import org.routesrv.dsl.rsnet.NvaRestore;
import org.routesrv.dsl.rsnet.OutageExpectation;
import org.routesrv.dsl.rsnet.Peering;
import org.routesrv.dsl.rsnet.Route;
import org.routesrv.dsl.rsnet.RouteExpectation;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.RouteTable;
import org.routesrv.dsl.rsnet.Scenario;
import org.routesrv.dsl.rsnet.SessionExpectation;
import org.routesrv.dsl.rsnet.SymmetricExpectation;
import org.routesrv.dsl.rsnet.TunnelPeering;
import org.routesrv.dsl.rsnet.SettingChange;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.SitePrefix;
import org.routesrv.dsl.rsnet.StaticRoute;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.TraceExpectation;
import org.routesrv.dsl.rsnet.TraceOutcome;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.rsnet.VpnGateway;
import org.routesrv.dsl.rsnet.Withdrawal;

/**
 * The one place where the parsed (EMF) model becomes the plain network model the simulator sees.
 * Defaults are applied by {@link NetworkBuilder}, so this class only translates. It expects a model
 * without syntax or linking errors.
 */
public class NetworkLowering {

  /**
   * @param files every file of one network
   * @param displayPath how the user named each file, for {@link SourceRef}s
   */
  public LoweredNetwork lower(List<Model> files, Function<Resource, String> displayPath) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one file");
    }
    if (files.get(0).getName() == null) {
      // Rejected like any other inconsistency the validator reports (here: a syntax error), never simulated.
      throw new IllegalArgumentException("a network needs a name");
    }
    NetworkBuilder network = NetworkBuilder.network(files.get(0).getName());
    Map<SourceRef, EObject> origins = new HashMap<>();
    Map<String, Nva> nvas = new HashMap<>();
    for (Model file : files) {
      for (Element element : file.getElements()) {
        if (element instanceof Nva nva) {
          nvas.put(nva.getName(), nva);
        }
      }
    }
    for (Model file : files) {
      Function<EObject, SourceRef> sources = object -> sourceOf(object, displayPath.apply(file.eResource()));
      for (Element element : file.getElements()) {
        switch (element) {
          case Vnet vnet -> vnet(network, vnet, vnet.getLocation() != null ? vnet.getLocation() : file.getLocation());
          case Peering peering -> peering(network, peering);
          case RouteTable table -> routeTable(network, table);
          case Nsg nsg -> network.nsg(nsg.getName());
          case RouteServer server -> routeServer(network, server);
          // Lowered where a Route Server attaches it.
          case org.routesrv.dsl.rsnet.RouteMap map -> { }
          case Nva nva -> network.nva(nva.getName(), vendor(nva.getVendor()), nva.getAsn(), spec -> nva(spec, nva));
          case VpnGateway gateway -> network.vpnGateway(gateway.getName(), gateway.getVnet().getName(), spec -> {
            if (gateway.isActiveActive()) {
              spec.activeActive();
            }
            if (gateway.getAsn() != null) {
              spec.asn(gateway.getAsn());
            }
            spec.bgpIps(gateway.getBgpIps());
            if (gateway.getPublicIp() != null) {
              spec.publicIp(gateway.getPublicIp());
            }
          });
          case ExpressRouteGateway gateway -> network.expressRouteGateway(gateway.getName(), gateway.getVnet().getName(),
              spec -> spec.bgpIps(gateway.getBgpIps()));
          case Site site -> network.site(site.getName(), site.getAsn() == null ? org.routesrv.dsl.network.Site.STATIC
              : site.getAsn(), site.getVia().getName(), spec -> {
            if (site.getBgpIp() != null) {
              spec.bgpIp(site.getBgpIp());
            }
            for (SitePrefix prefix : site.getPrefixes()) {
              spec.prefix(prefix.getPrefix(), asns(prefix.getAsPath()));
            }
          });
          case Vm vm -> network.vm(vm.getName(), subnetName(vm.getSubnet()), vm.getIp());
          case org.routesrv.dsl.rsnet.Expectation expectation ->
              network.expect(remember(expectation(expectation, sources.apply(expectation)), expectation, origins));
          case Scenario scenario -> network.scenario(scenario.getName(),
              spec -> scenario(spec, scenario, nvas, sources, origins));
          default -> throw new IllegalStateException("no lowering for " + element.eClass().getName());
        }
      }
    }
    return new LoweredNetwork(network.build(), origins);
  }

  private static Expectation remember(Expectation expectation, EObject origin, Map<SourceRef, EObject> origins) {
    origins.put(expectation.source(), origin);
    return expectation;
  }

  private static void vnet(NetworkBuilder network, Vnet vnet, String location) {
    network.vnet(vnet.getName(), spec -> {
      if (location != null) {
        spec.location(location);
      }
      vnet.getAddressSpaces().forEach(space -> spec.addressSpace(space.getPrefixes().toArray(Ipv4Prefix[]::new)));
      for (Subnet subnet : vnet.getSubnets()) {
        spec.subnet(subnet.getName(), subnet.getPrefix(),
            subnet.getRouteTable() == null ? null : subnet.getRouteTable().getName(),
            subnet.getNsg() == null ? null : subnet.getNsg().getName());
      }
    });
  }

  private static void peering(NetworkBuilder network, Peering peering) {
    network.peering(peering.getLeft().getName(), peering.getRight().getName(), spec -> {
      if (peering.getTransitVia() != null) {
        spec.transitVia(peering.getTransitVia().getName());
      }
      peering.getAllowGatewayTransit().forEach(vnet -> spec.allowGatewayTransit(vnet.getName()));
      peering.getUseRemoteGateways().forEach(vnet -> spec.useRemoteGateways(vnet.getName()));
      if (peering.getForwardedTraffic() != null) {
        spec.forwardedTraffic(peering.getForwardedTraffic());
      }
    });
  }

  private static void routeTable(NetworkBuilder network, RouteTable table) {
    network.routeTable(table.getName(), spec -> {
      if (table.getBgpPropagation() != null) {
        spec.bgpPropagation(table.getBgpPropagation());
      }
      for (Route route : table.getRoutes()) {
        if (route.getNextHopIp() != null) {
          spec.routeToAppliance(route.getName(), route.getPrefix(), route.getNextHopIp());
        } else {
          spec.route(route.getName(), route.getPrefix(), UserRouteNextHop.valueOf(route.getNextHopType().name()));
        }
      }
    });
  }

  private static void routeServer(NetworkBuilder network, RouteServer server) {
    network.routeServer(server.getName(), server.getVnet().getName(), spec -> {
      if (server.getBranchToBranch() != null) {
        spec.branchToBranch(server.getBranchToBranch());
      }
      spec.routingPreference(RoutingPreference.valueOf(server.getRoutingPreference().name()));
      if (server.getProgrammingDelay() != null && server.getProgrammingDelayMax() != null) {
        spec.programmingDelay(Duration.ofMillis(server.getProgrammingDelay()),
            Duration.ofMillis(server.getProgrammingDelayMax()));
      } else if (server.getProgrammingDelay() != null) {
        spec.programmingDelay(Duration.ofMillis(server.getProgrammingDelay()));
      }
      spec.publicIp(PublicIpSku.valueOf(server.getPublicIp().name()));
      if (server.getCapacity() > 0) {
        spec.capacity(server.getCapacity());
      }
      if (server.getInstanceOrder().size() == 2) {
        spec.instanceOrder(server.getInstanceOrder().get(0), server.getInstanceOrder().get(1));
      }
      spec.programmedFrom(InstanceSelection.valueOf(server.getProgrammedFrom().name()));
      server.getImportMaps().forEach(attached -> spec.importMap(RouteMapLowering.lower(attached.getMap()),
          attached.getPeer().getName()));
      server.getExportMaps().forEach(attached -> spec.exportMap(RouteMapLowering.lower(attached.getMap()),
          attached.getPeer().getName()));
    });
  }

  private static PeerPolicy policy(BgpPeer peer) {
    return policy(peer.getImportMap(), peer.getExportMap(), peer.isAsOverride(), peer.isRemovePrivateAs(),
        peer.isReplacePrivateAs(), peer.isAllowAsIn(), peer.getAllowAsInCount());
  }

  /** A tunnel's options are a peer line's, though the grammar keeps tunnels apart from peers. */
  private static PeerPolicy tunnelPolicy(TunnelPeering tunnel) {
    return policy(tunnel.getImportMap(), tunnel.getExportMap(), tunnel.isAsOverride(), tunnel.isRemovePrivateAs(),
        tunnel.isReplacePrivateAs(), tunnel.isAllowAsIn(), tunnel.getAllowAsInCount());
  }

  private static PeerPolicy policy(org.routesrv.dsl.rsnet.RouteMap importMap, org.routesrv.dsl.rsnet.RouteMap exportMap,
      boolean asOverride, boolean removePrivateAs, boolean replacePrivateAs, boolean allowAsIn, int allowAsInCount) {
    PeerPolicy.PrivateAsRemoval removal = !removePrivateAs ? PeerPolicy.PrivateAsRemoval.KEEP
        : replacePrivateAs ? PeerPolicy.PrivateAsRemoval.REPLACE : PeerPolicy.PrivateAsRemoval.REMOVE;
    return new PeerPolicy(importMap == null ? null : RouteMapLowering.lower(importMap),
        exportMap == null ? null : RouteMapLowering.lower(exportMap), asOverride, removal,
        !allowAsIn ? 0 : Math.max(1, allowAsInCount));
  }

  private static NvaVendor vendor(String keyword) {
    return NvaVendor.fromKeyword(keyword).orElse(NvaVendor.GENERIC);
  }

  private static void nva(NvaSpec spec, Nva nva) {
    nva.getNics().forEach(nic -> spec.nic(nic.getName(), subnetName(nic.getSubnet()), nic.getIp(), nic.isIpForwarding()));
    for (StaticRoute route : nva.getStatics()) {
      if (route.getNic() != null) {
        spec.staticVia(route.getPrefix(), route.getNic().getName());
      } else {
        spec.staticTo(route.getPrefix(), route.getNextHopIp());
      }
    }
    if (nva.getSnat() != null) {
      spec.snat(nva.getSnat());
    }
    if (nva.getStateful() != null) {
      spec.stateful(nva.getStateful());
    }
    if (nva.getBgp() == null) {
      return;
    }
    if (nva.getBgp().getRouterId() != null) {
      spec.routerId(nva.getBgp().getRouterId());
    }
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (peer instanceof RouteServerPeering peering) {
        spec.peer(peering.getRouteServer().getName(), peering.getNic().getName(), peerSpec -> {
          peerSpec.timers(
              peering.getKeepalive() == null ? NetworkBuilder.ROUTE_SERVER_KEEPALIVE : Duration.ofMillis(peering.getKeepalive()),
              peering.getHold() == null ? NetworkBuilder.ROUTE_SERVER_HOLD : Duration.ofMillis(peering.getHold()));
          peerSpec.instances(InstanceSelection.valueOf(peering.getInstances().name()));
          peerSpec.policy(policy(peering));
        });
      } else if (peer instanceof BgpNeighbor neighbor) {
        spec.neighbor(neighbor.getName(), neighbor.getIp(), neighbor.getAsn(),
            neighbor.getNic() == null ? null : neighbor.getNic().getName(), Math.max(1, neighbor.getMultihop()),
            policy(neighbor));
      }
    }
    for (TunnelPeering tunnel : nva.getBgp().getTunnels()) {
      spec.tunnel(tunnel.getGateway().getName(), tunnel.getBgpIp(), tunnelPolicy(tunnel));
    }
    for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
      spec.advertise(advertisement.getPrefix(), options -> advertisementOptions(options, advertisement));
    }
  }

  private static void advertisementOptions(AdvertisementSpec spec, Advertisement advertisement) {
    if (advertisement.getNextHop() != null) {
      spec.nextHop(advertisement.getNextHop());
    }
    if (!advertisement.getAsPath().isEmpty()) {
      spec.asPath(asns(advertisement.getAsPath()));
    } else if (advertisement.getPrepend() > 0) {
      spec.prepend(advertisement.getPrepend());
    }
    if (!advertisement.getCommunities().isEmpty()) {
      spec.community(advertisement.getCommunities());
    }
    if (advertisement.isNoAdvertise()) {
      spec.noAdvertise();
    }
    if (advertisement.getWhenLearned() != null) {
      spec.whenLearned(advertisement.getWhenLearned(),
          advertisement.getWhenLearnedFrom() == null ? null : peerName(advertisement.getWhenLearnedFrom()));
    }
    if (advertisement.getTo() != null && advertisement.isToOneInstance()) {
      spec.to(peerName(advertisement.getTo()), RouteServerInstance.valueOf(advertisement.getToInstance().name()));
    } else if (advertisement.getTo() != null) {
      spec.to(peerName(advertisement.getTo()));
    }
  }

  private static String peerName(BgpPeer peer) {
    return peer instanceof RouteServerPeering peering ? peering.getRouteServer().getName() : ((BgpNeighbor) peer).getName();
  }

  private static void scenario(ScenarioSpec spec, Scenario scenario, Map<String, Nva> nvas,
      Function<EObject, SourceRef> sources, Map<SourceRef, EObject> origins) {
    for (Event event : scenario.getEvents()) {
      switch (event) {
        case NvaFailure failure -> spec.fail(failure.getNva().getName(),
            ScenarioEvent.FailureMode.valueOf(failure.getMode().name()));
        case InstanceFailure failure -> spec.failInstance(failure.getRouteServer().getName(),
            RouteServerInstance.valueOf(failure.getInstance().name()));
        case NvaRestore restore -> spec.restore(restore.getNva().getName());
        case Withdrawal withdrawal -> spec.withdraw(withdrawal.getNva().getName(), withdrawal.getPrefix());
        case AdvertiseEvent announcement -> spec.advertise(announcement.getNva().getName(),
            announcement.getRoute().getPrefix(), options -> advertisementOptions(options, announcement.getRoute()));
        case SettingChange change -> spec.set(change.getRouteServer().getName(), change.getBranchToBranch(),
            change.isPreferenceSet() ? RoutingPreference.valueOf(change.getRoutingPreference().name()) : null);
        case MapAttachment attachment -> spec.attach(attachment.getRouteServer().getName(), attachment.isExport(),
            RouteMapLowering.lower(attachment.getMap()), attachment.getPeer().getName());
        case MapDetachment detachment -> spec.detach(detachment.getRouteServer().getName(), detachment.isExport(),
            detachment.getPeer().getName());
        default -> throw new IllegalStateException("no lowering for " + event.eClass().getName());
      }
    }
    for (org.routesrv.dsl.rsnet.Expectation expectation : scenario.getExpectations()) {
      spec.expect(remember(expectation(expectation, sources.apply(expectation)), expectation, origins));
    }
  }

  private static Expectation expectation(org.routesrv.dsl.rsnet.Expectation expectation, SourceRef source) {
    return switch (expectation) {
      // The grammar requires targets or a state: without targets, the state was written.
      case RouteExpectation route when route.getTargets().isEmpty() -> new Expectation.RouteRows(source,
          subnetRef(route.getSubnet()), route.getPrefix(), Expectation.RowState.valueOf(route.getRowState().name()));
      case RouteExpectation route -> new Expectation.Route(source, subnetRef(route.getSubnet()),
          route.getPrefix(), route.getTargets().stream().map(NetworkLowering::target).toList());
      case NoRouteExpectation noRoute -> new Expectation.NoRoute(source, subnetRef(noRoute.getSubnet()),
          noRoute.getPrefix());
      case TraceExpectation trace -> new Expectation.Trace(source, traceSourceName(trace.getFrom()),
          destination(trace.getTo()),
          trace.getHops().stream().map(NetworkLowering::target).toList(), traceOutcome(trace));
      case SymmetricExpectation symmetric -> new Expectation.Symmetric(source, symmetric.getFrom().getName(),
          destination(symmetric.getTo()));
      case SessionExpectation session -> new Expectation.Session(source, session.getNva().getName(),
          Expectation.SessionState.valueOf(session.getState().name()));
      case LearnedExpectation learned when learned.isCounted() -> new Expectation.LearnedCount(source,
          nameOrNull(learned.getNode()), learned.getCount(), nameOrNull(learned.getSource()));
      case LearnedExpectation learned -> new Expectation.Learned(source, nameOrNull(learned.getNode()),
          learned.getPrefix(), nameOrNull(learned.getSource()),
          learned.isPathWritten() ? org.routesrv.dsl.network.AsPath.of(asns(learned.getAsPath())) : null);
      case NoLearnedExpectation noLearned -> new Expectation.NoLearned(source, nameOrNull(noLearned.getNode()),
          noLearned.getPrefix(), nameOrNull(noLearned.getSource()));
      case AdvertisedExpectation advertised -> new Expectation.Advertised(source, advertised.getRouteServer().getName(),
          advertised.getPrefix(), advertised.getNva().getName(), asPathOrNull(advertised.getAsPath()));
      case NoAdvertisedExpectation noAdvertised -> new Expectation.NoAdvertised(source,
          noAdvertised.getRouteServer().getName(), noAdvertised.getPrefix(),
          noAdvertised.getNva().getName());
      case OutageExpectation outage -> new Expectation.Outage(source, outage.getFrom().getName(),
          destination(outage.getTo()), Duration.ofMillis(outage.getLimit()));
      default -> throw new IllegalStateException("no lowering for " + expectation.eClass().getName());
    };
  }

  /** A trace with hops is delivered through them; without, the grammar required dropped or loops. */
  private static Expectation.TraceOutcome traceOutcome(TraceExpectation trace) {
    if (!trace.getHops().isEmpty()) {
      return Expectation.TraceOutcome.DELIVERED;
    }
    return trace.getOutcome() == TraceOutcome.LOOPS ? Expectation.TraceOutcome.LOOPS : Expectation.TraceOutcome.DROPPED;
  }

  private static Target target(org.routesrv.dsl.rsnet.Target target) {
    return switch (target) {
      case NodeTarget node when node.isInstanced() -> new Target.GatewayInstance(node.getNode().getName(),
          node.getInstance().getValue());
      case NodeTarget node -> Target.node(node.getNode().getName());
      case AddressTarget address -> new Target.Address(address.getIp());
      case KeywordTarget keyword -> Target.Keyword.valueOf(keyword.getKind().name());
      default -> throw new IllegalStateException("no lowering for " + target.eClass().getName());
    };
  }

  private static final org.routesrv.dsl.network.Ipv4Address NOWHERE =
      org.routesrv.dsl.network.Ipv4Address.parse("0.0.0.0");

  /** As the NVA's router ID resolves: written, else the NIC of its first Route Server peering, else its first NIC. */
  private static org.routesrv.dsl.network.Ipv4Address nvaAddress(Nva nva) {
    if (nva.getBgp() != null && nva.getBgp().getRouterId() != null) {
      return nva.getBgp().getRouterId();
    }
    if (nva.getBgp() != null) {
      for (BgpPeer peer : nva.getBgp().getPeers()) {
        if (peer instanceof RouteServerPeering peering && peering.getNic() != null) {
          return peering.getNic().getIp();
        }
      }
    }
    return nva.getNics().isEmpty() ? null : nva.getNics().get(0).getIp();
  }

  private static String traceSourceName(org.routesrv.dsl.rsnet.TraceSource source) {
    return switch (source) {
      case Vm vm -> vm.getName();
      case Nva nva -> nva.getName();
      case Site site -> site.getName();
      default -> throw new IllegalStateException("no name for " + source.eClass().getName());
    };
  }

  /** The grammar gives the kinds of routing node no common name feature, so each kind is asked for its own. */
  private static String nameOrNull(org.routesrv.dsl.rsnet.RoutingNode node) {
    return switch (node) {
      case null -> null;
      case org.routesrv.dsl.rsnet.RouteServer server -> server.getName();
      case org.routesrv.dsl.rsnet.SiteConnector connector -> connector.getName();
      case Site site -> site.getName();
      default -> throw new IllegalStateException("no name for " + node.eClass().getName());
    };
  }

  private static Destination destination(org.routesrv.dsl.rsnet.Destination destination) {
    if (destination instanceof NodeDestination node) {
      return switch (node.getNode()) {
        case Vm vm -> new Destination(vm.getName(), vm.getIp());
        // Without an address (error destination-without-address) the trace goes nowhere rather than failing.
        case Nva nva -> new Destination(nva.getName(), nvaAddress(nva) != null ? nvaAddress(nva) : NOWHERE);
        case Site site -> new Destination(site.getName(), site.getPrefixes().isEmpty() || site.getPrefixes().get(0)
            .getPrefix() == null ? NOWHERE : site.getPrefixes().get(0).getPrefix().firstHost());
        default -> throw new IllegalStateException("no address for " + node.getNode().eClass().getName());
      };
    }
    return Destination.ip(((IpDestination) destination).getIp());
  }

  private static org.routesrv.dsl.network.AsPath asPathOrNull(List<Long> asns) {
    return asns.isEmpty() ? null : org.routesrv.dsl.network.AsPath.of(asns(asns));
  }

  /** A loop, not a stream: it runs for each of tens of thousands of advertisements on the validation's critical path. */
  private static long[] asns(List<Long> asns) {
    long[] result = new long[asns.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = asns.get(i);
    }
    return result;
  }

  private static String subnetName(Subnet subnet) {
    return ((Vnet) subnet.eContainer()).getName() + "." + subnet.getName();
  }

  private static SubnetRef subnetRef(Subnet subnet) {
    return new SubnetRef(((Vnet) subnet.eContainer()).getName(), subnet.getName());
  }

  private static SourceRef sourceOf(EObject object, String file) {
    ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
    if (node == null) {
      return new SourceRef(file, 0, "");
    }
    String text = NodeModelUtils.getTokenText(node);
    return new SourceRef(file, node.getStartLine(), text);
  }
}
