package org.routesrv.dsl.ui.documents;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

/**
 * The Generic Editor's hook into each RSNet editor: installed as a "reconciler", it connects the
 * document the editor shows to the language server for as long as it shows it. It reconciles
 * nothing itself; the server does.
 */
public final class DocumentConnector implements IReconciler, ITextInputListener {

  private ITextViewer viewer;
  private IDocument shown;

  @Override
  public void install(ITextViewer textViewer) {
    viewer = textViewer;
    viewer.addTextInputListener(this);
    show(viewer.getDocument());
  }

  @Override
  public void uninstall() {
    if (viewer != null) {
      viewer.removeTextInputListener(this);
      show(null);
      viewer = null;
    }
  }

  @Override
  public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
    // Connected in inputDocumentChanged, once the viewer shows the new document.
  }

  @Override
  public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
    show(newInput);
  }

  private void show(IDocument document) {
    if (document == shown) {
      return;
    }
    if (shown != null) {
      ConnectedDocuments.instance().disconnect(shown);
    }
    shown = document;
    if (document != null) {
      ConnectedDocuments.instance().connect(document);
    }
  }

  @Override
  public IReconcilingStrategy getReconcilingStrategy(String contentType) {
    return null;
  }
}
