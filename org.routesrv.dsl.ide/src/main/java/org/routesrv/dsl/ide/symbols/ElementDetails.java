package org.routesrv.dsl.ide.symbols;

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
          .collect(Collectors.joining(", "));
      case Subnet subnet -> subnet.getPrefix();
      case Route route -> route.getPrefix() + " -> " + route.getNextHopType()
          + (route.getNextHopIp() != null ? " " + route.getNextHopIp() : "");
      case RouteServer server -> server.getVnet() == null || server.getVnet().eIsProxy() ? null
          : "in " + server.getVnet().getName();
      case Nva nva -> nva.getVendor() + " · AS " + nva.getAsn();
      case Nic nic -> nic.getIp();
      case Site site -> "AS " + site.getAsn();
      case Vm vm -> vm.getIp();
      default -> null;
    };
    return details == null ? "" : details;
  }
}
