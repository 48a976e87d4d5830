package org.routesrv.dsl.ide.text;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Singleton;

/**
 * Ranges of definitions, references, hovers, symbols and lenses with the same lines as
 * {@link LspDocument}, from the text the resource was parsed from; clamped into it.
 */
@Singleton
public class LspDocumentExtensions extends DocumentExtensions {

  private record Mapped(String text, LineMap lines) {
  }

  /** The last text mapped: requests ask for many positions in one file in a row. */
  private volatile Mapped last;

  @Override
  public Position newPosition(Resource resource, int offset) {
    if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
      return null;
    }
    return linesOf(xtext.getParseResult().getRootNode().getText()).position(offset);
  }

  private LineMap linesOf(String text) {
    Mapped mapped = last;
    if (mapped == null || mapped.text() != text) {
      mapped = new Mapped(text, LineMap.of(text));
      last = mapped;
    }
    return mapped.lines();
  }
}
