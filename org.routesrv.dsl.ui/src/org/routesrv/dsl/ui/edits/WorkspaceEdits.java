package org.routesrv.dsl.ui.edits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.routesrv.dsl.ui.documents.Positions;
import org.routesrv.dsl.ui.server.DocumentUris;

/**
 * Applies the server's workspace edits (quick fixes) the way Eclipse's own refactorings do: through
 * the file's text buffer, so an open editor shows the change as an undoable, unsaved edit, and a file
 * no editor shows is changed and saved.
 */
public final class WorkspaceEdits {

  private WorkspaceEdits() {
  }

  public static void apply(WorkspaceEdit edit) throws CoreException {
    for (Map.Entry<String, List<TextEdit>> file : editsByUri(edit).entrySet()) {
      apply(file.getKey(), file.getValue());
    }
  }

  private static Map<String, List<TextEdit>> editsByUri(WorkspaceEdit edit) {
    Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
    if (edit.getChanges() != null) {
      edit.getChanges().forEach((uri, edits) -> byUri.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(edits));
    }
    if (edit.getDocumentChanges() != null) {
      for (var change : edit.getDocumentChanges()) {
        if (change.isLeft()) {
          TextDocumentEdit documentEdit = change.getLeft();
          List<TextEdit> edits = byUri.computeIfAbsent(documentEdit.getTextDocument().getUri(), u -> new ArrayList<>());
          // A snippet's placeholders mean nothing outside an interactive editor: its text is inserted.
          documentEdit.getEdits().forEach(one -> edits.add(one.isLeft() ? one.getLeft()
              : new TextEdit(one.getRight().getRange(), one.getRight().getSnippet().getValue())));
        }
      }
    }
    return byUri;
  }

  private static void apply(String uri, List<TextEdit> edits) throws CoreException {
    IFile file = DocumentUris.fileOf(uri);
    if (file == null) {
      throw new CoreException(Status.error("RSNet cannot change " + uri + ": it is not in the workspace."));
    }
    ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
    // A buffer that exists before this connects to it belongs to an editor, whose user saves it.
    boolean openElsewhere = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
    buffers.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
    try {
      ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
      apply(buffer.getDocument(), edits);
      if (!openElsewhere) {
        // Not forced: a file changed on disk since it was read is reported, not overwritten.
        buffer.commit(new NullProgressMonitor(), false);
      }
    } finally {
      buffers.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
    }
  }

  /** Edits apply to the text as it was, so they are made all at once, not one after another. */
  static void apply(IDocument document, List<TextEdit> edits) throws CoreException {
    MultiTextEdit all = new MultiTextEdit();
    edits.stream()
        .sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
            .thenComparing(e -> e.getRange().getStart().getCharacter()))
        .forEach(edit -> {
          int start = Positions.offsetOf(document, edit.getRange().getStart());
          int end = Positions.offsetOf(document, edit.getRange().getEnd());
          all.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
        });
    try {
      all.apply(document);
    } catch (MalformedTreeException | BadLocationException e) {
      throw new CoreException(Status.error("RSNet could not apply a quick fix: " + e.getMessage(), e));
    }
  }
}
