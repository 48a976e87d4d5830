package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NIC__SUBNET;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__PUBLIC_IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__VNET;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__NSG;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__PREFIX;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__ROUTE_TABLE;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.VM__SUBNET;
import static org.routesrv.dsl.azure.AzureSubnets.GATEWAY_SUBNET;
import static org.routesrv.dsl.azure.AzureSubnets.ROUTE_SERVER_SUBNET;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.PublicIpSku;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;

/** RouteServerSubnet and the Route Server resource itself (section A of the facts sheet). */
public class SubnetRules extends RuleFamily {

  /** Fact 2: the current minimum; /27 is what older deployments used. */
  public static final int ROUTE_SERVER_SUBNET_LENGTH = 26;

  /** Fact 2: /26 or larger; /27 is the legacy minimum (warning), anything smaller is rejected. */
  @Check(CheckType.FAST)
  public void routeServerSubnetSize(Subnet subnet) {
    Ipv4Prefix prefix = subnet.getPrefix();
    if (!ROUTE_SERVER_SUBNET.equals(subnet.getName()) || prefix == null) {
      return;
    }
    if (prefix.length() > 27) {
      report(IssueCodes.ROUTE_SERVER_SUBNET_TOO_SMALL, "RouteServerSubnet " + subnet.getPrefix() + " is too small:"
          + " Azure Route Server needs a /26 or larger subnet (older deployments used /27). Use a /26.",
          subnet, SUBNET__PREFIX);
    } else if (prefix.length() == 27) {
      report(IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE, "RouteServerSubnet /27 is a legacy size: existing Route"
          + " Servers keep working, but new deployments need a /26 or larger. Widen it to a /26.",
          subnet, SUBNET__PREFIX);
    }
  }

  /** Fact 3 and 4: no route table and no NSG on RouteServerSubnet. */
  @Check(CheckType.FAST)
  public void routeServerSubnetAttachments(Subnet subnet) {
    if (!ROUTE_SERVER_SUBNET.equals(subnet.getName())) {
      return;
    }
    if (subnet.getRouteTable() != null) {
      report(IssueCodes.ROUTE_SERVER_SUBNET_ROUTE_TABLE, "Azure does not allow a route table on RouteServerSubnet:"
          + " remove 'route-table " + written(subnet, SUBNET__ROUTE_TABLE) + "'.", subnet, SUBNET__ROUTE_TABLE);
    }
    if (subnet.getNsg() != null) {
      report(IssueCodes.ROUTE_SERVER_SUBNET_NSG, "Azure does not allow a network security group on"
          + " RouteServerSubnet: remove 'nsg " + written(subnet, SUBNET__NSG) + "'.", subnet, SUBNET__NSG);
    }
  }

  /** Fact 1: the subnet must be named exactly RouteServerSubnet. */
  @Check(CheckType.NORMAL)
  public void routeServerSubnetName(Subnet subnet) {
    Vnet vnet = NetworkView.vnetOf(subnet);
    if (subnet.getName() != null && !ROUTE_SERVER_SUBNET.equals(subnet.getName())
        && ROUTE_SERVER_SUBNET.equalsIgnoreCase(subnet.getName())
        && NetworkView.subnetNamed(vnet, ROUTE_SERVER_SUBNET) == null && !network().routeServersIn(vnet).isEmpty()) {
      report(IssueCodes.ROUTE_SERVER_SUBNET_NAME, "Azure Route Server needs a subnet named exactly"
          + " 'RouteServerSubnet' (this is '" + subnet.getName() + "'): rename it.", subnet, SUBNET__NAME);
    }
  }

  /** Fact 1: a Route Server lives in its VNet's RouteServerSubnet, and a VNet holds at most one. */
  @Check(CheckType.NORMAL)
  public void routeServerPlacement(RouteServer routeServer) {
    Vnet vnet = routeServer.getVnet();
    if (vnet == null || vnet.eIsProxy()) {
      return;
    }
    if (NetworkView.subnetNamed(vnet, ROUTE_SERVER_SUBNET) == null
        && NetworkView.subnetMisspelled(vnet, ROUTE_SERVER_SUBNET) == null) {
      report(IssueCodes.ROUTE_SERVER_SUBNET_MISSING, "VNet '" + vnet.getName() + "' has no RouteServerSubnet:"
          + " Azure Route Server needs a dedicated subnet named exactly 'RouteServerSubnet', /26 or larger. Add"
          + " 'subnet RouteServerSubnet <prefix>/26' to the VNet.", routeServer, ROUTE_SERVER__VNET);
    }
    List<RouteServer> inVnet = network().routeServersIn(vnet);
    if (inVnet.indexOf(routeServer) > 0) {
      report(IssueCodes.ROUTE_SERVER_PER_VNET, "VNet '" + vnet.getName() + "' already has Route Server '"
          + inVnet.get(0).getName() + "': a virtual network can hold only one Route Server.",
          routeServer, ROUTE_SERVER__VNET);
    }
  }

  /** Fact 6: Route Server needs a Standard public IP (Basic or none is the unsupported preview offering). */
  @Check(CheckType.FAST)
  public void routeServerPublicIp(RouteServer routeServer) {
    if (routeServer.getPublicIp() != PublicIpSku.STANDARD) {
      report(IssueCodes.ROUTE_SERVER_PUBLIC_IP, "Azure Route Server requires a Standard public IP (used only to"
          + " reach its management backend); '" + routeServer.getPublicIp().getLiteral() + "' is not supported."
          + " Use 'public-ip standard'.", routeServer, ROUTE_SERVER__PUBLIC_IP);
    }
  }

  /** Fact 1 (dedicated subnet): no VM or NVA NIC in RouteServerSubnet or GatewaySubnet. */
  @Check(CheckType.FAST)
  public void dedicatedSubnetNic(Nic nic) {
    dedicated(nic, nic.getSubnet(), NIC__SUBNET);
  }

  /** Fact 1 (dedicated subnet), for VMs. */
  @Check(CheckType.FAST)
  public void dedicatedSubnetVm(Vm vm) {
    dedicated(vm, vm.getSubnet(), VM__SUBNET);
  }

  private void dedicated(EObject owner, Subnet subnet, EReference feature) {
    if (subnet != null && !subnet.eIsProxy()
        && (ROUTE_SERVER_SUBNET.equals(subnet.getName()) || GATEWAY_SUBNET.equals(subnet.getName()))) {
      report(IssueCodes.DEDICATED_SUBNET, subnet.getName() + " is dedicated to Azure's "
          + (GATEWAY_SUBNET.equals(subnet.getName()) ? "gateways" : "Route Server")
          + ": put VMs and NVA NICs in another subnet.", owner, feature);
    }
  }
}
