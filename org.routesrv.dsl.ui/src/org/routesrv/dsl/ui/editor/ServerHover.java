package org.routesrv.dsl.ui.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.editors.text.EditorsUI;
import org.routesrv.dsl.ui.documents.Positions;
import org.routesrv.dsl.ui.text.MarkdownText;

/**
 * Hovers from the server: what a keyword means, a subnet's effective routes, an NVA's sessions and
 * routes, an expectation's actual value. Hovers are computed off the UI thread by the workbench.
 */
public final class ServerHover implements ITextHover, ITextHoverExtension {

  @Override
  public String getHoverInfo(ITextViewer viewer, IRegion region) {
    ServerRequests requests = ServerRequests.of(viewer.getDocument());
    if (requests == null) {
      return null;
    }
    HoverParams params = new HoverParams(requests.document(),
        Positions.positionOf(viewer.getDocument(), region.getOffset()));
    Hover hover = ServerRequests.await(requests.connection().server().getTextDocumentService().hover(params));
    if (hover == null || hover.getContents() == null) {
      return null;
    }
    String text = textOf(hover.getContents());
    return text.isBlank() ? null : text;
  }

  private static String textOf(Either<List<Either<String, MarkedString>>, MarkupContent> contents) {
    if (contents.isRight()) {
      return MarkdownText.plain(contents.getRight().getValue());
    }
    return contents.getLeft().stream()
        .map(part -> part.isLeft() ? part.getLeft() : part.getRight().getValue())
        .map(MarkdownText::plain)
        .collect(Collectors.joining("\n\n"));
  }

  /** The word under the mouse, so the hover stays up while the mouse moves along it. */
  @Override
  public IRegion getHoverRegion(ITextViewer viewer, int offset) {
    IRegion word = WordRegions.around(viewer.getDocument(), offset);
    return word != null ? word : new Region(offset, 0);
  }

  @Override
  public IInformationControlCreator getHoverControlCreator() {
    return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(),
        new FixedWidthHoverPresenter());
  }
}
