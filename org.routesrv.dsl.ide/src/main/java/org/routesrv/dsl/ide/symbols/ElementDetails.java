package org.routesrv.dsl.ide.symbols;

import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Route;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;

/** The short text an outline shows beside a name: a subnet's prefix, an NVA's vendor and ASN. */
public class ElementDetails extends DocumentSymbolDetailsProvider {

  @Override
  public String getDetails(EObject object) {
    String details = switch (object) {
      case Vnet vnet -> vnet.getAddressSpaces().stream().flatMap(space -> space.getPrefixes().stream())
          .map(String::valueOf).collect(Collectors.joining(", "));
      case Subnet subnet -> Objects.toString(subnet.getPrefix(), null);
      case Route route -> route.getPrefix() + " -> " + route.getNextHopType()
          + (route.getNextHopIp() != null ? " " + route.getNextHopIp() : "");
      case RouteServer server -> server.getVnet() == null || server.getVnet().eIsProxy() ? null
          : "in " + server.getVnet().getName();
      case Nva nva -> nva.getVendor() + " · AS " + nva.getAsn();
      case Nic nic -> Objects.toString(nic.getIp(), null);
      case Site site -> "AS " + site.getAsn();
      case Vm vm -> Objects.toString(vm.getIp(), null);
      default -> null;
    };
    return details == null ? "" : details;
  }
}
