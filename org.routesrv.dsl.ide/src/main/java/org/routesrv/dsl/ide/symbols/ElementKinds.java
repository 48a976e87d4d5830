package org.routesrv.dsl.ide.symbols;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.routesrv.dsl.rsnet.RsnetPackage.Literals;

/**
 * The outline icon of each kind of element. LSP's kinds come from programming languages; the mapping
 * picks those whose icons read naturally for a network: a vnet is a namespace holding subnets (fields).
 */
public class ElementKinds extends DocumentSymbolKindProvider {

  private static final Map<EClass, SymbolKind> KINDS = Map.ofEntries(
      Map.entry(Literals.MODEL, SymbolKind.Package),
      Map.entry(Literals.VNET, SymbolKind.Namespace),
      Map.entry(Literals.SUBNET, SymbolKind.Field),
      Map.entry(Literals.PEERING, SymbolKind.Operator),
      Map.entry(Literals.ROUTE_TABLE, SymbolKind.Struct),
      Map.entry(Literals.ROUTE, SymbolKind.EnumMember),
      Map.entry(Literals.ROUTE_MAP, SymbolKind.Struct),
      Map.entry(Literals.ROUTE_MAP_RULE, SymbolKind.EnumMember),
      Map.entry(Literals.NSG, SymbolKind.Object),
      Map.entry(Literals.ROUTE_SERVER, SymbolKind.Interface),
      Map.entry(Literals.NVA, SymbolKind.Class),
      Map.entry(Literals.NIC, SymbolKind.Property),
      Map.entry(Literals.BGP_NEIGHBOR, SymbolKind.Property),
      Map.entry(Literals.VPN_GATEWAY, SymbolKind.Module),
      Map.entry(Literals.EXPRESS_ROUTE_GATEWAY, SymbolKind.Module),
      Map.entry(Literals.SITE, SymbolKind.Struct),
      Map.entry(Literals.VM, SymbolKind.Variable),
      Map.entry(Literals.SCENARIO, SymbolKind.Function));

  @Override
  protected SymbolKind getSymbolKind(EClass type) {
    return type == null ? SymbolKind.Property : KINDS.getOrDefault(type, SymbolKind.Property);
  }
}
