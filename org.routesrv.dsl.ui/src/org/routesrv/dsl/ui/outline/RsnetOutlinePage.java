package org.routesrv.dsl.ui.outline;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.documents.ConnectedDocuments;
import org.routesrv.dsl.ui.documents.Positions;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;

/**
 * The Outline view of an RSNet editor: the server's document symbols (VNets and their subnets, the
 * Route Server, NVAs with their NICs and peers, gateways, sites, scenarios). Selecting one shows it
 * in the editor; the tree follows the text shortly after the user stops typing.
 */
public final class RsnetOutlinePage extends ContentOutlinePage implements IDocumentListener {

  private static final int QUIET_MILLIS = 500;

  private final ITextEditor editor;
  private final IDocument document;
  private boolean refreshScheduled;

  RsnetOutlinePage(ITextEditor editor, IDocument document) {
    this.editor = editor;
    this.document = document;
  }

  @Override
  public void createControl(Composite parent) {
    super.createControl(parent);
    TreeViewer tree = getTreeViewer();
    tree.setContentProvider(new SymbolTree());
    tree.setComparer(new SameSymbol());
    tree.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        DocumentSymbol symbol = (DocumentSymbol) element;
        return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
            : symbol.getName() + "  " + symbol.getDetail();
      }
    });
    tree.setInput(List.of());
    document.addDocumentListener(this);
    RsnetServer.connection().thenRun(() -> UiThread.async(this::refresh));
  }

  @Override
  public void dispose() {
    document.removeDocumentListener(this);
    super.dispose();
  }

  @Override
  public void selectionChanged(SelectionChangedEvent event) {
    super.selectionChanged(event);
    if (event.getSelection() instanceof IStructuredSelection selection
        && selection.getFirstElement() instanceof DocumentSymbol symbol) {
      int start = Positions.offsetOf(document, symbol.getSelectionRange().getStart());
      int end = Positions.offsetOf(document, symbol.getSelectionRange().getEnd());
      editor.selectAndReveal(start, end - start);
    }
  }

  @Override
  public void documentAboutToBeChanged(DocumentEvent event) {
    // Refreshed once the change is made.
  }

  @Override
  public void documentChanged(DocumentEvent event) {
    if (refreshScheduled) {
      return;
    }
    refreshScheduled = true;
    Display.getCurrent().timerExec(QUIET_MILLIS, () -> {
      refreshScheduled = false;
      refresh();
    });
  }

  /** The top-level symbols the page shows now. */
  public List<DocumentSymbol> symbols() {
    Control control = getControl();
    if (control == null || control.isDisposed()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<DocumentSymbol> roots = (List<DocumentSymbol>) getTreeViewer().getInput();
    return roots;
  }

  private void refresh() {
    String uri = ConnectedDocuments.instance().uriOf(document);
    LanguageServerConnection running = RsnetServer.running();
    if (uri == null || running == null) {
      return;
    }
    running.server().getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
        .thenAccept(symbols -> UiThread.async(() -> show(symbols)));
  }

  private void show(List<Either<SymbolInformation, DocumentSymbol>> symbols) {
    Control control = getControl();
    if (symbols == null || control == null || control.isDisposed()) {
      return;
    }
    List<DocumentSymbol> roots = symbols.stream().filter(Either::isRight).map(Either::getRight).toList();
    TreeViewer tree = getTreeViewer();
    Object[] expanded = tree.getExpandedElements();
    tree.setInput(roots);
    if (expanded.length == 0) {
      tree.expandToLevel(2);
    } else {
      tree.setExpandedElements(expanded);
    }
  }

  /**
   * Symbols are values that change with every edit (their ranges move); the tree keeps what the user
   * expanded by taking a symbol of the same kind and name for the same element.
   */
  private static final class SameSymbol implements IElementComparer {

    @Override
    public boolean equals(Object a, Object b) {
      return a instanceof DocumentSymbol first && b instanceof DocumentSymbol second
          ? first.getKind() == second.getKind() && first.getName().equals(second.getName())
          : Objects.equals(a, b);
    }

    @Override
    public int hashCode(Object element) {
      return element instanceof DocumentSymbol symbol ? Objects.hash(symbol.getKind(), symbol.getName())
          : Objects.hashCode(element);
    }
  }

  private static final class SymbolTree implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
      return ((List<?>) input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
      List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
      return children == null ? new Object[0] : children.toArray();
    }

    @Override
    public Object getParent(Object element) {
      return null;
    }

    @Override
    public boolean hasChildren(Object element) {
      List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
      return children != null && !children.isEmpty();
    }
  }
}
