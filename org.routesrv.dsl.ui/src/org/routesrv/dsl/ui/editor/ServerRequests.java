package org.routesrv.dsl.ui.editor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.routesrv.dsl.ui.documents.ConnectedDocuments;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;

/**
 * A request about an open document, answered within a time limit. The Generic Editor asks for
 * proposals and hovers in the background while the user waits for them (a quick fix is asked on the
 * UI thread); a slow or starting server then yields no answer, never a hung request.
 */
record ServerRequests(LanguageServerConnection connection, TextDocumentIdentifier document) {

  static final long TIMEOUT_MILLIS = 5000;

  /** The server and URI of an editor's document, or null when the document is not connected. */
  static ServerRequests of(IDocument document) {
    String uri = ConnectedDocuments.instance().uriOf(document);
    if (uri == null) {
      return null;
    }
    LanguageServerConnection connection = RsnetServer.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    return connection == null ? null : new ServerRequests(connection, new TextDocumentIdentifier(uri));
  }

  static <T> T await(CompletableFuture<T> answer) {
    try {
      return answer.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      answer.cancel(true);
      return null;
    }
  }
}
