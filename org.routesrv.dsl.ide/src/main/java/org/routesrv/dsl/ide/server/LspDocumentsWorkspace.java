package org.routesrv.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.routesrv.dsl.ide.text.LspDocument;

/** Xtext's workspace, holding every document, open or read from disk, as an {@link LspDocument}. */
public class LspDocumentsWorkspace extends WorkspaceManager {

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
