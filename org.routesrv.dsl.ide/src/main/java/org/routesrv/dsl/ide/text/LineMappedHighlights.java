package org.routesrv.dsl.ide.text;

import java.lang.ref.WeakReference;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.ITextRegionTransformer;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Singleton;

/**
 * Document highlights placed through an {@link LspDocument}. Xtext's highlight service builds a plain
 * {@link Document} of the text and asks it for each highlight's position, which counts lines from
 * the start every time and counts only {@code \n}: a name used 9,000 times in a 200 KB model (4,683
 * peerings, long fuzz campaign of issue 22) took seconds, and in a file with lone {@code \r} line
 * ends every highlight landed on line 0. The line map of the text is built once per request here.
 */
@Singleton
public class LineMappedHighlights implements ITextRegionTransformer {

  private record Mapped(WeakReference<Document> document, LspDocument lines) {
  }

  private volatile Mapped last;

  @Override
  public DocumentHighlight apply(Document document, ITextRegion region, DocumentHighlightKind kind) {
    LspDocument lines = linesOf(document);
    return new DocumentHighlight(new Range(lines.getPosition(region.getOffset()), lines.getPosition(region.getEndOffset())),
        kind);
  }

  /** One line map per text: the service hands the same document for every highlight of one request. */
  private LspDocument linesOf(Document document) {
    if (document instanceof LspDocument mapped) {
      return mapped;
    }
    Mapped known = last;
    if (known != null && known.document().get() == document) {
      return known.lines();
    }
    LspDocument lines = new LspDocument(document.getVersion(), document.getContents());
    last = new Mapped(new WeakReference<>(document), lines);
    return lines;
  }
}
