package org.routesrv.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.routesrv.dsl.ui.documents.ConnectedDocuments;

/**
 * The Generic Editor has no outline of its own; the workbench asks the editor's adapters for one, and
 * this factory answers for editors showing an RSNet document.
 */
public final class OutlineAdapterFactory implements IAdapterFactory {

  @Override
  public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
    if (adapterType != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)
        || editor.getDocumentProvider() == null) {
      return null;
    }
    IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    if (document == null || ConnectedDocuments.instance().uriOf(document) == null) {
      return null;
    }
    return adapterType.cast(new RsnetOutlinePage(editor, document));
  }

  @Override
  public Class<?>[] getAdapterList() {
    return new Class<?>[] {IContentOutlinePage.class};
  }
}
