package org.routesrv.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * Xtext, on resolving a reference while the file has any error, builds that reference's "unresolved"
 * message only to look for a stale diagnostic with that message to remove. RSNet's message lists the
 * names in scope, so one syntax error made linking quadratic (a 5,000-line file took seconds to check
 * instead of a fraction of one). The message is built only when a linking diagnostic sits on the node.
 */
public class RsnetLinkingResource extends LazyLinkingResource {

  @Override
  protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
    INode node = triple.getThird();
    if (node == null || hasLinkingDiagnosticAt(getErrors(), node) || hasLinkingDiagnosticAt(getWarnings(), node)) {
      super.removeDiagnostic(triple);
    }
  }

  private static boolean hasLinkingDiagnosticAt(List<Resource.Diagnostic> diagnostics, INode node) {
    for (Resource.Diagnostic diagnostic : diagnostics) {
      if (diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
          && linking.getLength() == node.getLength()) {
        return true;
      }
    }
    return false;
  }
}
