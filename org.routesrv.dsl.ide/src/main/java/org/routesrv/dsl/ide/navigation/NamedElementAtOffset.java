package org.routesrv.dsl.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's lookup of what the cursor is on, for definition, references, highlights and rename. Where
 * the text holds no element at all (an empty file, one of comments only, a file without its
 * {@code network} line) Xtext asked a missing element for its name and threw; there is nothing
 * there to name, so the answer is nothing.
 */
public class NamedElementAtOffset extends EObjectAtOffsetHelper {

  @Override
  public EObject getElementWithNameAt(XtextResource resource, int offset) {
    if (resource != null && offset >= 0 && resource.getParseResult() != null
        && resolveCrossReferencedElementAt(resource, offset) == null && resolveElementAt(resource, offset) == null) {
      return null;
    }
    return super.getElementWithNameAt(resource, offset);
  }
}
