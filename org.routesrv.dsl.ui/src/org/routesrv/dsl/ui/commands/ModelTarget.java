package org.routesrv.dsl.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.lsp4j.Position;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.routesrv.dsl.ui.documents.ConnectedDocuments;
import org.routesrv.dsl.ui.documents.Positions;
import org.routesrv.dsl.ui.server.DocumentUris;

/**
 * What an RSNet command works on: the model in the active editor (with the cursor, which picks a
 * subnet) or a model file selected in a navigator.
 */
record ModelTarget(String uri, Position cursor) {

  static ModelTarget of(ExecutionEvent event) {
    IEditorPart editor = HandlerUtil.getActiveEditor(event);
    if (HandlerUtil.getActivePart(event) == editor && editor instanceof ITextEditor textEditor) {
      IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
      String uri = document == null ? null : ConnectedDocuments.instance().uriOf(document);
      if (uri != null) {
        Position cursor = textEditor.getSelectionProvider().getSelection() instanceof ITextSelection selection
            ? Positions.positionOf(document, selection.getOffset()) : null;
        return new ModelTarget(uri, cursor);
      }
    }
    if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
        && Adapters.adapt(selection.getFirstElement(), IFile.class) instanceof IFile file) {
      String uri = DocumentUris.of(file);
      return uri == null ? null : new ModelTarget(uri, null);
    }
    if (editor != null && Adapters.adapt(editor.getEditorInput(), IFile.class) instanceof IFile file) {
      String uri = DocumentUris.of(file);
      return uri == null ? null : new ModelTarget(uri, null);
    }
    return null;
  }
}
