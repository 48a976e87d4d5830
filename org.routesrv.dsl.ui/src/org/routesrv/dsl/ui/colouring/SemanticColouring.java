package org.routesrv.dsl.ui.colouring;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.documents.ConnectedDocuments;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;

/**
 * Syntax colouring from the language server's semantic tokens, so Eclipse colours exactly what the
 * grammar says: keywords, comments, literals, and names by what they name. Tokens are asked for
 * shortly after the user stops typing and applied on the UI thread; an answer about a text that has
 * changed since is dropped.
 */
public final class SemanticColouring extends PresentationReconciler implements ITextInputListener, IDocumentListener {

  private static final int QUIET_MILLIS = 200;

  private final SemanticTokenCache cache = new SemanticTokenCache();
  private ITextViewer viewer;
  private IDocument document;
  /** Counts edits, so an answer can tell whether it still describes the text. */
  private long edits;
  private boolean refreshScheduled;

  public SemanticColouring() {
    DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new SemanticTokenScanner(cache));
    setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
    setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
  }

  @Override
  public void install(ITextViewer textViewer) {
    super.install(textViewer);
    viewer = textViewer;
    viewer.addTextInputListener(this);
    watch(viewer.getDocument());
  }

  @Override
  public void uninstall() {
    if (viewer != null) {
      viewer.removeTextInputListener(this);
      watch(null);
      viewer = null;
    }
    super.uninstall();
  }

  @Override
  public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
    watch(null);
  }

  @Override
  public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
    watch(newInput);
  }

  @Override
  public void documentAboutToBeChanged(DocumentEvent event) {
    // The cache moves with the text once the change is made.
  }

  @Override
  public void documentChanged(DocumentEvent event) {
    edits++;
    cache.adjust(event);
    scheduleRefresh();
  }

  private void watch(IDocument shown) {
    if (document != null) {
      document.removePrenotifiedDocumentListener(this);
    }
    document = shown;
    cache.clear();
    if (document != null) {
      // Pre-notified, so the tokens have moved with the text before the viewer repaints it.
      document.addPrenotifiedDocumentListener(this);
      // The server opens the document once it is up; ask after that.
      RsnetServer.connection().thenRun(() -> UiThread.async(this::scheduleRefresh));
    }
  }

  private void scheduleRefresh() {
    if (refreshScheduled || viewer == null) {
      return;
    }
    refreshScheduled = true;
    Display.getCurrent().timerExec(QUIET_MILLIS, () -> {
      refreshScheduled = false;
      refresh();
    });
  }

  private void refresh() {
    IDocument asked = document;
    String uri = asked == null ? null : ConnectedDocuments.instance().uriOf(asked);
    LanguageServerConnection running = RsnetServer.running();
    if (uri == null || running == null || running.capabilities().getSemanticTokensProvider() == null) {
      return;
    }
    SemanticTokensLegend legend = running.capabilities().getSemanticTokensProvider().getLegend();
    long editsWhenAsked = edits;
    running.server().getTextDocumentService()
        .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))
        .thenAccept(tokens -> UiThread.async(() -> apply(asked, editsWhenAsked, tokens, legend)));
  }

  private void apply(IDocument asked, long editsWhenAsked, SemanticTokens tokens, SemanticTokensLegend legend) {
    if (tokens == null || asked != document || editsWhenAsked != edits || viewer == null) {
      return;
    }
    StyledText widget = viewer.getTextWidget();
    if (widget == null || widget.isDisposed()) {
      return;
    }
    TokenStyles palette = TokenStyles.on(widget.getBackground().getRGB());
    cache.replace(SemanticTokenDecoder.decode(tokens, legend, palette, asked));
    viewer.invalidateTextPresentation();
  }
}
