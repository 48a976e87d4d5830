package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADDRESS_SPACE__PREFIXES;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NIC__IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NIC__SUBNET;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.PEERING__RIGHT;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__INSTANCE_ORDER;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.STATIC_ROUTE__NEXT_HOP_IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SUBNET__PREFIX;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.VM__IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.VNET__NAME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.AddressSpace;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Peering;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RsnetPackage;
import org.routesrv.dsl.rsnet.StaticRoute;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;

import org.routesrv.dsl.values.RsnetValuesPackage;

/** Address spaces, subnets and host addresses as Azure accepts them. */
public class AddressingRules extends RuleFamily {

  /** Every attribute that holds a prefix, by the class that holds it. */
  private static final Map<EClass, List<EAttribute>> PREFIX_ATTRIBUTES = prefixAttributes();

  /** Language reference: a prefix with host bits set is an error everywhere (quick fix: the network address). */
  @Check(CheckType.FAST)
  public void hostBits(EObject object) {
    for (EAttribute attribute : PREFIX_ATTRIBUTES.getOrDefault(object.eClass(), List.of())) {
      Object value = object.eGet(attribute);
      if (!attribute.isMany()) {
        reportHostBits(object, attribute, (Ipv4Prefix) value, INSIGNIFICANT_INDEX);
        continue;
      }
      List<?> values = (List<?>) value;
      for (int i = 0; i < values.size(); i++) {
        reportHostBits(object, attribute, (Ipv4Prefix) values.get(i), i);
      }
    }
  }

  private static Map<EClass, List<EAttribute>> prefixAttributes() {
    Map<EClass, List<EAttribute>> result = new HashMap<>();
    for (EClassifier classifier : RsnetPackage.eINSTANCE.getEClassifiers()) {
      if (classifier instanceof EClass type) {
        List<EAttribute> prefixes = type.getEAllAttributes().stream()
            .filter(attribute -> attribute.getEAttributeType() == RsnetValuesPackage.Literals.IPV4_PREFIX).toList();
        if (!prefixes.isEmpty()) {
          result.put(type, prefixes);
        }
      }
    }
    return Map.copyOf(result);
  }

  /** Fact 86: an instance order names the two instance addresses of the RouteServerSubnet, each once. */
  @Check(CheckType.FAST)
  public void instanceOrder(RouteServer routeServer) {
    List<Ipv4Address> order = routeServer.getInstanceOrder();
    Ipv4Prefix subnet = RoutingPitfallRules.routeServerSubnetPrefix(routeServer);
    if (order.isEmpty() || order.contains(null) || subnet == null) {
      return;
    }
    String problem = AzureSubnets.instanceOrderProblem(subnet, order);
    if (problem != null) {
      report(IssueCodes.INSTANCE_ORDER, "Route Server '" + routeServer.getName() + "': " + problem + ".", routeServer,
          ROUTE_SERVER__INSTANCE_ORDER);
    }
  }

  /** Azure: a VNet has at least one address space, its ranges don't overlap, subnets lie inside and don't overlap. */
  @Check(CheckType.FAST)
  public void vnetAddressing(Vnet vnet) {
    if (vnet.getAddressSpaces().isEmpty()) {
      report(IssueCodes.VNET_NO_ADDRESS_SPACE, "VNet '" + vnet.getName() + "' has no address space: add"
          + " 'address-space <prefix>'.", vnet, VNET__NAME);
      return;
    }
    List<Ipv4Prefix> seen = new ArrayList<>();
    for (AddressSpace space : vnet.getAddressSpaces()) {
      for (int i = 0; i < space.getPrefixes().size(); i++) {
        Ipv4Prefix prefix = space.getPrefixes().get(i);
        if (prefix == null) {
          continue;
        }
        Ipv4Prefix clash = firstOverlapping(seen, prefix);
        if (clash != null) {
          report(IssueCodes.ADDRESS_SPACE_OVERLAP, "Address space " + prefix + " overlaps " + clash
              + " of the same VNet: Azure requires distinct ranges.", space, ADDRESS_SPACE__PREFIXES, i);
        }
        seen.add(prefix);
      }
    }
    Map<Ipv4Prefix, Subnet> subnets = new LinkedHashMap<>();
    for (Subnet subnet : vnet.getSubnets()) {
      Ipv4Prefix prefix = NetworkView.subnetPrefix(subnet);
      if (prefix == null) {
        continue;
      }
      if (!anyCovers(seen, prefix)) {
        report(IssueCodes.SUBNET_OUTSIDE_ADDRESS_SPACE, "Subnet " + prefix + " is outside the address space of VNet '"
            + vnet.getName() + "' (" + String.join(", ", seen.stream().map(Object::toString).toList())
            + "): choose a prefix inside it or add an address space.", subnet, SUBNET__PREFIX);
      }
      Ipv4Prefix clash = firstOverlapping(subnets.keySet(), prefix);
      if (clash != null) {
        report(IssueCodes.SUBNET_OVERLAP, "Subnet " + prefix + " overlaps subnet '" + subnets.get(clash).getName() + "' ("
            + clash + "): subnets of a VNet must not overlap.", subnet, SUBNET__PREFIX);
      }
      subnets.putIfAbsent(prefix, subnet);
    }
  }

  // Loops rather than streams: these run for every subnet of every VNet.
  private static Ipv4Prefix firstOverlapping(Iterable<Ipv4Prefix> prefixes, Ipv4Prefix prefix) {
    for (Ipv4Prefix other : prefixes) {
      if (other.overlaps(prefix)) {
        return other;
      }
    }
    return null;
  }

  private static boolean anyCovers(List<Ipv4Prefix> spaces, Ipv4Prefix prefix) {
    for (Ipv4Prefix space : spaces) {
      if (space.covers(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Azure: a VNet is not peered with itself or twice with the same VNet, and peered address spaces don't overlap. */
  @Check(CheckType.NORMAL)
  public void peeringAddressing(Peering peering) {
    Vnet left = peering.getLeft();
    Vnet right = peering.getRight();
    if (left == null || right == null || left.eIsProxy() || right.eIsProxy()) {
      return;
    }
    if (left == right) {
      report(IssueCodes.PEERING_SELF, "A VNet cannot be peered with itself.", peering, PEERING__RIGHT);
      return;
    }
    Peering first = network().firstPeeringBetween(left, right);
    if (first != null && first != peering) {
      report(IssueCodes.PEERING_DUPLICATE, "'" + left.getName() + "' and '" + right.getName() + "' are already"
          + " peered: merge the options into one peering.", peering, PEERING__RIGHT);
    }
    for (Ipv4Prefix a : NetworkView.addressSpace(left)) {
      for (Ipv4Prefix b : NetworkView.addressSpace(right)) {
        if (a.overlaps(b)) {
          report(IssueCodes.PEERED_ADDRESS_SPACE_OVERLAP, "Address spaces " + a + " of '" + left.getName() + "' and "
              + b + " of '" + right.getName() + "' overlap: Azure cannot peer VNets with overlapping address spaces.",
              peering, PEERING__RIGHT);
          return;
        }
      }
    }
  }

  /** Language reference and fact 8: a NIC's address is a usable address of its subnet. */
  @Check(CheckType.FAST)
  public void nicAddress(Nic nic) {
    hostAddress(nic, nic.getSubnet(), nic.getIp(), NIC__IP);
  }

  /** Language reference and fact 8: a VM's address is a usable address of its subnet. */
  @Check(CheckType.FAST)
  public void vmAddress(Vm vm) {
    hostAddress(vm, vm.getSubnet(), vm.getIp(), VM__IP);
  }

  /** Azure reserves the first four addresses of every subnet (network, gateway, 2x DNS) and the last (fact 8). */
  private void hostAddress(EObject owner, Subnet subnet, Ipv4Address ip, EStructuralFeature feature) {
    Ipv4Prefix prefix = NetworkView.subnetPrefix(subnet);
    if (prefix == null || ip == null) {
      return;
    }
    if (!prefix.contains(ip)) {
      report(IssueCodes.IP_OUTSIDE_SUBNET, ip + " is outside subnet '" + subnet.getName() + "' (" + prefix.network()
          + "): use an address of the subnet.", owner, feature);
      return;
    }
    long offset = ip.unsigned() - prefix.first().unsigned();
    if (offset < 4 || ip.equals(prefix.last())) {
      report(IssueCodes.IP_RESERVED_BY_AZURE, ip + " is reserved by Azure: in every subnet the first four addresses ("
          + prefix.first() + " to " + prefix.first().plus(3) + ") and the last (" + prefix.last()
          + ") cannot be assigned. The first usable one is " + prefix.first().plus(4) + ".", owner, feature);
    }
  }

  /** Azure: two NICs or VMs of one VNet cannot share an address. */
  @Check(CheckType.NORMAL)
  public void duplicateNicAddress(Nic nic) {
    uniqueAddress(nic, nic.getSubnet(), nic.getIp(), NIC__IP);
  }

  /** Azure: a VM cannot take an address another NIC or VM of its VNet uses. */
  @Check(CheckType.NORMAL)
  public void duplicateVmAddress(Vm vm) {
    uniqueAddress(vm, vm.getSubnet(), vm.getIp(), VM__IP);
  }

  /** An address within one VNet. */
  private record Host(Vnet vnet, Ipv4Address ip) {
    static Host of(Subnet subnet, Ipv4Address ip) {
      return subnet == null || subnet.eIsProxy() || ip == null ? null : new Host(NetworkView.vnetOf(subnet), ip);
    }
  }

  private void uniqueAddress(EObject owner, Subnet subnet, Ipv4Address ip, EStructuralFeature feature) {
    Host host = Host.of(subnet, ip);
    if (host == null) {
      return;
    }
    EObject first = firstUserOfAddress.get().get(host);
    if (first != null && first != owner) {
      report(IssueCodes.IP_DUPLICATE, host.ip() + " is already used by " + describe(first) + " in the same VNet:"
          + " every NIC needs its own address.", owner, feature);
    }
  }

  /** The first NIC or VM of the network that uses each address of a VNet. */
  private final RunValue<Map<Host, EObject>> firstUserOfAddress = perRun(() -> {
    Map<Host, EObject> result = new HashMap<>();
    for (Nic nic : network().all(Nic.class)) {
      putFirst(result, Host.of(nic.getSubnet(), nic.getIp()), nic);
    }
    for (Vm vm : network().all(Vm.class)) {
      putFirst(result, Host.of(vm.getSubnet(), vm.getIp()), vm);
    }
    return result;
  });

  private static void putFirst(Map<Host, EObject> map, Host host, EObject user) {
    if (host != null) {
      map.putIfAbsent(host, user);
    }
  }

  private static String describe(EObject user) {
    if (user instanceof Nic nic) {
      return "NIC '" + nic.getName() + "' of NVA '" + ((Nva) nic.eContainer()).getName() + "'";
    }
    return "VM '" + ((Vm) user).getName() + "'";
  }

  /** Azure: all NICs of a VM are in the same VNet. */
  @Check(CheckType.FAST)
  public void nicsInOneVnet(Nva nva) {
    Vnet first = null;
    for (Nic nic : nva.getNics()) {
      Vnet vnet = nic.getSubnet() == null || nic.getSubnet().eIsProxy() ? null : NetworkView.vnetOf(nic.getSubnet());
      if (first == null) {
        first = vnet;
      } else if (vnet != null && vnet != first) {
        report(IssueCodes.NIC_VNET_MISMATCH, "NIC '" + nic.getName() + "' is in VNet '" + vnet.getName() + "' but NVA '"
            + nva.getName() + "' has NICs in '" + first.getName() + "': all NICs of an Azure VM are in one VNet.",
            nic, NIC__SUBNET);
      }
    }
  }

  /** Language reference: 'static PREFIX via IP' needs a next hop the NVA reaches directly, in one of its NIC subnets. */
  @Check(CheckType.FAST)
  public void staticNextHop(StaticRoute route) {
    Ipv4Address nextHop = route.getNextHopIp();
    if (nextHop == null || !(route.eContainer() instanceof Nva nva)) {
      return;
    }
    boolean reachable = nva.getNics().stream().map(Nic::getSubnet).map(NetworkView::subnetPrefix)
        .anyMatch(prefix -> prefix != null && prefix.contains(nextHop));
    if (!reachable) {
      report(IssueCodes.STATIC_NEXT_HOP_UNREACHABLE, "Next hop " + nextHop + " is in none of the subnets of NVA '"
          + nva.getName() + "''s NICs, so the route cannot be resolved: use an address of a NIC subnet (usually its"
          + " first host, the Azure gateway) or 'via NICNAME'.", route, STATIC_ROUTE__NEXT_HOP_IP);
    }
  }
}
