package org.routesrv.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/**
 * In the outline an element is nested in its parent, so it shows its own name ({@code trusted} under
 * {@code hub}), not the qualified name with the network in front.
 */
public class ElementNamesInOutline extends DocumentSymbolNameProvider {

  @Override
  public String getName(EObject object) {
    EStructuralFeature name = object == null ? null : object.eClass().getEStructuralFeature("name");
    Object value = name == null ? null : object.eGet(name);
    return value instanceof String text ? text : null;
  }
}
