package org.routesrv.dsl.linking;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.routesrv.dsl.rsnet.RsnetPackage.Literals;

/** What a network engineer calls each kind of model element. */
public final class ElementNames {

  private static final Map<EClass, String> NAMES = Map.ofEntries(
      Map.entry(Literals.VNET, "vnet"),
      Map.entry(Literals.SUBNET, "subnet"),
      Map.entry(Literals.ROUTE_TABLE, "route table"),
      Map.entry(Literals.NSG, "nsg"),
      Map.entry(Literals.ROUTE_SERVER, "route server"),
      Map.entry(Literals.ROUTE_MAP, "route map"),
      Map.entry(Literals.ROUTE_MAP_RULE, "route-map rule"),
      Map.entry(Literals.NVA, "NVA"),
      Map.entry(Literals.NIC, "NIC"),
      Map.entry(Literals.BGP_PEER, "BGP peer"),
      Map.entry(Literals.SITE_CONNECTOR, "NVA or gateway"),
      Map.entry(Literals.GATEWAY, "gateway"),
      Map.entry(Literals.VPN_GATEWAY, "VPN gateway"),
      Map.entry(Literals.EXPRESS_ROUTE_GATEWAY, "ExpressRoute gateway"),
      Map.entry(Literals.SITE, "site"),
      Map.entry(Literals.VM, "vm"),
      Map.entry(Literals.SCENARIO, "scenario"));

  private ElementNames() {
  }

  public static String of(EClass type) {
    return NAMES.getOrDefault(type, type.getName());
  }

  /** Where names of this kind are looked up, as a phrase: NICs and peers belong to one NVA. */
  public static String scopeOf(EClass type) {
    return type == Literals.NIC || type == Literals.BGP_PEER ? "on this NVA" : "in this network";
  }
}
