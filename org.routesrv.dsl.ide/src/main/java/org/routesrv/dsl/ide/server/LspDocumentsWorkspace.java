package org.routesrv.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.routesrv.dsl.ide.text.LspDocument;

/** Xtext's workspace, holding every document, open or read from disk, as an {@link LspDocument}. */
public class LspDocumentsWorkspace extends WorkspaceManager {

  /**
   * A client with no folder open (VS Code given one file, an editor started outside any project)
   * sends neither a root nor workspace folders, and Xtext took the missing root for a folder: a
   * NullPointerException answered {@code initialize}. Without a folder, the workspace is the open
   * documents alone.
   */
  @Override
  public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
      CancelIndicator cancelIndicator) {
    if (baseDir == null) {
      initialize(List.<WorkspaceFolder>of(), issueAcceptor, cancelIndicator);
    } else {
      super.initialize(baseDir, issueAcceptor, cancelIndicator);
    }
  }

  @Override
  public BuildManager.Buildable didOpen(URI uri, Integer version, String contents) {
    BuildManager.Buildable build = super.didOpen(uri, version, contents);
    // Edits derive their documents from this one (LspDocument.applyTextDocumentChanges).
    getOpenDocuments().put(uri, new LspDocument(version, contents));
    return build;
  }

  @Override
  protected Document getDocument(XtextResource resource) {
    Document open = getOpenDocuments().get(resource.getURI());
    if (open != null) {
      return open;
    }
    return new LspDocument(1, resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText());
  }
}
