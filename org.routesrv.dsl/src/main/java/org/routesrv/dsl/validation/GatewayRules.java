package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.GATEWAY__BGP_IPS;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.GATEWAY__VNET;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PEERING__ALLOW_GATEWAY_TRANSIT;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PEERING__LEFT;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PEERING__RIGHT;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PEERING__TRANSIT_VIA;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PEERING__USE_REMOTE_GATEWAYS;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_CONNECTOR__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.VPN_GATEWAY__ASN;
import static org.routesrv.dsl.azure.AzureSubnets.GATEWAY_SUBNET;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.azure.InboundAcceptance;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Peering;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.VpnGateway;
import org.routesrv.dsl.rsnet.Vnet;

/** VPN and ExpressRoute gateways, and the gateway-transit flags of VNet peerings (facts 32, 33, 35, 68). */
public class GatewayRules extends RuleFamily {

  /** Gateways live in their VNet's GatewaySubnet (language reference; Azure's reserved subnet name). */
  @Check(CheckType.NORMAL)
  public void gatewayPlacement(Gateway gateway) {
    Vnet vnet = gateway.getVnet();
    if (vnet == null || vnet.eIsProxy()) {
      return;
    }
    if (NetworkView.subnetNamed(vnet, GATEWAY_SUBNET) == null
        && NetworkView.subnetMisspelled(vnet, GATEWAY_SUBNET) == null) {
      report(IssueCodes.GATEWAY_SUBNET_MISSING, "VNet '" + vnet.getName() + "' has no GatewaySubnet: Azure"
          + " deploys VPN and ExpressRoute gateways into a subnet named exactly 'GatewaySubnet'. Add"
          + " 'subnet GatewaySubnet <prefix>/27' to the VNet.", gateway, GATEWAY__VNET);
    }
    List<Gateway> sameKind = network().gatewaysIn(vnet).stream()
        .filter(other -> other.eClass() == gateway.eClass()).toList();
    if (sameKind.indexOf(gateway) > 0) {
      report(IssueCodes.GATEWAY_PER_VNET, "VNet '" + vnet.getName() + "' already has "
          + kind(gateway) + " '" + sameKind.get(0).getName() + "': Azure allows one " + kind(gateway)
          + " per virtual network.", gateway, GATEWAY__VNET);
    }
  }

  /** A gateway's BGP addresses are in its GatewaySubnet. */
  @Check(CheckType.FAST)
  public void gatewayBgpIps(Gateway gateway) {
    Subnet subnet = NetworkView.subnetNamed(gateway.getVnet(), GATEWAY_SUBNET);
    Ipv4Prefix prefix = NetworkView.subnetPrefix(subnet);
    for (int i = 0; prefix != null && i < gateway.getBgpIps().size(); i++) {
      Ipv4Address ip = gateway.getBgpIps().get(i);
      if (ip != null && !prefix.contains(ip)) {
        report(IssueCodes.IP_OUTSIDE_SUBNET, "BGP address " + ip + " is outside GatewaySubnet " + subnet.getPrefix()
            + ": a gateway's instances take addresses of its GatewaySubnet.", gateway, GATEWAY__BGP_IPS, i);
      }
    }
  }

  /** Fact 1 (exact names): in a VNet with a gateway, 'gatewaysubnet' must be written GatewaySubnet. */
  @Check(CheckType.NORMAL)
  public void gatewaySubnetName(Subnet subnet) {
    Vnet vnet = NetworkView.vnetOf(subnet);
    if (subnet.getName() != null && !GATEWAY_SUBNET.equals(subnet.getName())
        && GATEWAY_SUBNET.equalsIgnoreCase(subnet.getName()) && NetworkView.subnetNamed(vnet, GATEWAY_SUBNET) == null
        && !network().gatewaysIn(vnet).isEmpty()) {
      report(IssueCodes.GATEWAY_SUBNET_NAME, "Azure gateways need a subnet named exactly 'GatewaySubnet' (this is '"
          + subnet.getName() + "'): rename it.", subnet, SUBNET__NAME);
    }
  }

  /** Fact 68: a VPN gateway in a Route Server's VNet must be active-active and use ASN 65515. */
  @Check(CheckType.NORMAL)
  public void vpnGatewayBesideRouteServer(VpnGateway gateway) {
    Vnet vnet = gateway.getVnet();
    if (vnet == null || vnet.eIsProxy() || network().routeServersIn(vnet).isEmpty()) {
      return;
    }
    if (gateway.getAsn() != null && gateway.getAsn() != AzureAsns.VPN_GATEWAY_DEFAULT) {
      report(IssueCodes.VPN_GATEWAY_ASN, "A VPN gateway in the same VNet as Azure Route Server must use ASN "
          + AzureAsns.VPN_GATEWAY_DEFAULT + ", not " + gateway.getAsn() + ": set 'asn " + AzureAsns.VPN_GATEWAY_DEFAULT
          + "' (or leave the default).", gateway, VPN_GATEWAY__ASN);
    }
    if (!gateway.isActiveActive()) {
      report(IssueCodes.VPN_GATEWAY_ACTIVE_ACTIVE, "A VPN gateway in the same VNet as Azure Route Server must be"
          + " active-active: add 'active-active'.", gateway, SITE_CONNECTOR__NAME);
    }
  }

  /** Language reference: the gateway flags of a peering name one of its two VNets. */
  @Check(CheckType.FAST)
  public void peeringFlagsNameASide(Peering peering) {
    if (peering.getTransitVia() != null) {
      side(peering, peering.getTransitVia(), PEERING__TRANSIT_VIA, INSIGNIFICANT_INDEX);
    }
    for (int i = 0; i < peering.getAllowGatewayTransit().size(); i++) {
      side(peering, peering.getAllowGatewayTransit().get(i), PEERING__ALLOW_GATEWAY_TRANSIT, i);
    }
    for (int i = 0; i < peering.getUseRemoteGateways().size(); i++) {
      side(peering, peering.getUseRemoteGateways().get(i), PEERING__USE_REMOTE_GATEWAYS, i);
    }
  }

  private void side(Peering peering, Vnet vnet, EReference feature, int index) {
    if (!vnet.eIsProxy() && vnet != peering.getLeft() && vnet != peering.getRight()) {
      report(IssueCodes.PEERING_FLAG_VNET, "VNet '" + vnet.getName() + "' is not part of this peering: name '"
          + name(peering.getLeft()) + "' or '" + name(peering.getRight()) + "'.", peering, feature, index);
    }
  }

  /** Fact 33: the REST rules for useRemoteGateways (ARS counts as a gateway). */
  @Check(CheckType.NORMAL)
  public void useRemoteGateways(Peering peering) {
    for (Vnet side : new Vnet[] {peering.getLeft(), peering.getRight()}) {
      if (side == null || side.eIsProxy() || !NetworkView.usesRemoteGateways(peering, side)
          || peering.getLeft() == peering.getRight()) {
        continue;
      }
      Vnet remote = NetworkView.otherSide(peering, side);
      EReference feature = peering.getUseRemoteGateways().contains(side) ? PEERING__USE_REMOTE_GATEWAYS
          : PEERING__TRANSIT_VIA;
      int index = feature == PEERING__TRANSIT_VIA ? INSIGNIFICANT_INDEX : peering.getUseRemoteGateways().indexOf(side);
      if (!NetworkView.allowsGatewayTransit(peering, remote)) {
        report(IssueCodes.USE_REMOTE_GATEWAYS_NO_TRANSIT, "'" + side.getName() + "' uses the remote gateways of '"
            + remote.getName() + "', but '" + remote.getName() + "' does not allow gateway transit, so it has no"
            + " effect: add 'allow-gateway-transit " + remote.getName() + "' or write 'transit via "
            + remote.getName() + "'.", peering, feature, index);
      } else if (!network().hasGatewayOrRouteServer(remote)) {
        report(IssueCodes.USE_REMOTE_GATEWAYS_NO_GATEWAY, "'" + side.getName() + "' uses the remote gateways of '"
            + remote.getName() + "', which has no VPN or ExpressRoute gateway and no Route Server: Azure rejects"
            + " useRemoteGateways there. Add a gateway or Route Server to '" + remote.getName()
            + "', or make this a plain peering.", peering, feature, index);
      }
      if (network().hasGatewayOrRouteServer(side)) {
        report(IssueCodes.USE_REMOTE_GATEWAYS_OWN_GATEWAY, "'" + side.getName() + "' has its own gateway or Route"
            + " Server, so Azure does not let it use the remote gateways of '" + remote.getName() + "'.",
            peering, feature, index);
      }
      // Compared with the first such peering only: a VNet with thousands of (duplicate) peerings is checked in
      // linear time (issue 22, failure 10).
      Peering first = network().firstPeeringUsingRemoteGateways(side);
      if (first != null && first != peering) {
        report(IssueCodes.USE_REMOTE_GATEWAYS_MULTIPLE, "'" + side.getName() + "' already uses remote gateways"
            + " through its peering with '" + name(NetworkView.otherSide(first, side))
            + "': only one peering per VNet can use remote gateways.", peering, feature, index);
      }
    }
  }

  /**
   * Fact 32: a VNet peered with a Route Server's VNet without gateway transit gets none of the Route Server's routes.
   * Said (as info: some spokes are kept apart on purpose) when an NVA advertises a route that Route Server programs
   * and the spoke then lacks. Once per pair of VNets, so duplicate peerings cost nothing more.
   */
  @Check(CheckType.NORMAL)
  public void spokeWithoutTransit(Peering peering) {
    Vnet left = peering.getLeft();
    Vnet right = peering.getRight();
    if (left == null || right == null || left.eIsProxy() || right.eIsProxy() || left == right
        || network().firstPeeringBetween(left, right) != peering) {
      return;
    }
    for (Vnet hub : new Vnet[] {left, right}) {
      Vnet spoke = NetworkView.otherSide(peering, hub);
      if (network().routeServersIn(hub).isEmpty()
          || NetworkView.usesRemoteGateways(peering, spoke) && NetworkView.allowsGatewayTransit(peering, hub)
          // Fact 33: a spoke with its own gateway or Route Server, or using another VNet's, cannot use this hub's.
          || network().hasGatewayOrRouteServer(spoke) || network().firstPeeringUsingRemoteGateways(spoke) != null) {
        continue;
      }
      for (RouteServer routeServer : network().routeServersIn(hub)) {
        ProgrammedNvaRoute missing = firstMissingIn(spoke, routeServer);
        if (missing != null) {
          report(IssueCodes.SPOKE_WITHOUT_TRANSIT, "'" + spoke.getName() + "' is peered with '" + hub.getName()
              + "' without gateway transit, so Route Server '" + routeServer.getName() + "' programs none of its"
              + " routes there, such as " + missing.prefix() + " from '" + missing.nva() + "' (fact 32). If '"
              + spoke.getName() + "' should use them, write 'peering " + hub.getName() + " <-> " + spoke.getName()
              + " { transit via " + hub.getName() + " }'.", peering,
              spoke == left ? PEERING__LEFT : PEERING__RIGHT, hub.getName());
          return;
        }
      }
    }
  }

  /** A route an NVA advertises that a Route Server programs into the VNets it serves. */
  private record ProgrammedNvaRoute(Ipv4Prefix prefix, String nva) {
  }

  /** The first route the Route Server programs that neither the spoke's space nor a VNet peered with it covers. */
  private ProgrammedNvaRoute firstMissingIn(Vnet spoke, RouteServer routeServer) {
    List<Ipv4Prefix> reached = new ArrayList<>(NetworkView.addressSpace(spoke));
    network().peersOf(spoke).forEach(peer -> reached.addAll(NetworkView.addressSpace(peer)));
    for (ProgrammedNvaRoute route : programmedNvaRoutes(routeServer)) {
      if (reached.stream().noneMatch(space -> space.covers(route.prefix()))) {
        return route;
      }
    }
    return null;
  }

  /**
   * The baseline advertisements of the Route Server's NVA peers that it programs: not inside a VNet range it knows
   * (fact 51) and without 65515 in the path (fact 40). Once per Route Server and validation run.
   */
  private final RunFunction<RouteServer, List<ProgrammedNvaRoute>> programmedNvaRoutes =
      perRunByKey(this::computeProgrammedNvaRoutes);

  private List<ProgrammedNvaRoute> programmedNvaRoutes(RouteServer routeServer) {
    return programmedNvaRoutes.apply(routeServer);
  }

  private List<ProgrammedNvaRoute> computeProgrammedNvaRoutes(RouteServer routeServer) {
    Vnet hub = routeServer.getVnet();
    List<ProgrammedNvaRoute> routes = new ArrayList<>();
    Set<Nva> seen = new HashSet<>();
    for (RouteServerPeering peering : network().peeringsTo(routeServer)) {
      Nva nva = EcoreUtil2.getContainerOfType(peering, Nva.class);
      if (nva == null || nva.getBgp() == null || nva.getAsn() != null && InboundAcceptance.failsLoopCheck(nva.getAsn())
          || !seen.add(nva)) {
        continue;
      }
      for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
        if (advertisement.getPrefix() != null && network().routeServersReachedBy(advertisement).contains(routeServer)
            && network().servedRanges(hub).covering(advertisement.getPrefix()) == null
            && !InboundAcceptance.failsLoopCheck(advertisement.getAsPath())) {
          routes.add(new ProgrammedNvaRoute(advertisement.getPrefix(), nva.getName()));
        }
      }
    }
    return routes;
  }

  private static String name(Vnet vnet) {
    return vnet == null ? "" : vnet.getName();
  }

  private static String kind(Gateway gateway) {
    return gateway instanceof VpnGateway ? "VPN gateway" : "ExpressRoute gateway";
  }
}
