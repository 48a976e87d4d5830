package org.routesrv.dsl.ui.documents;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.server.DocumentUris;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;

/**
 * The documents open in RSNet editors, kept in step with the language server: opened, changed
 * keystroke by keystroke, saved (which runs the expectation checks) and closed. Editors showing the
 * same file share one document, opened once.
 *
 * <p>Documents are connected, changed and sent on the UI thread, the thread documents change on, so
 * a change can never slip between reading a document's text and sending it. The lookups may be used
 * from any thread (hovers and markers are computed in the background); documents do not override
 * {@code equals}, so the map is by identity.
 */
public final class ConnectedDocuments {

  public static final String LANGUAGE_ID = "rsnet";

  private static final ConnectedDocuments INSTANCE = new ConnectedDocuments();

  private final Map<IDocument, OpenDocument> documents = new ConcurrentHashMap<>();
  private final Map<String, IDocument> byUri = new ConcurrentHashMap<>();

  private ConnectedDocuments() {
    // Synchronously, so that whoever waits for the server finds its documents open.
    RsnetServer.onStart(started -> UiThread.sync(() -> openAllOn(started)));
    FileBuffers.getTextFileBufferManager().addFileBufferListener(new BufferListener());
  }

  public static ConnectedDocuments instance() {
    return INSTANCE;
  }

  /** The open document of a server URI, or null; safe on any thread. */
  public IDocument documentOf(String uri) {
    Path path = DocumentUris.pathOf(uri);
    return path == null ? null : byUri.get(DocumentUris.of(path));
  }

  /** The server URI of an open document, or null; safe on any thread. */
  public String uriOf(IDocument document) {
    OpenDocument open = documents.get(document);
    return open == null ? null : open.uri;
  }

  public boolean isOpen(String uri) {
    return documentOf(uri) != null;
  }

  void connect(IDocument document) {
    OpenDocument open = documents.get(document);
    if (open != null) {
      open.viewers++;
      return;
    }
    String uri = uriOfBuffer(document);
    if (uri == null) {
      return;
    }
    open = new OpenDocument(document, uri);
    documents.put(document, open);
    byUri.put(uri, document);
    document.addDocumentListener(open);
    LanguageServerConnection running = RsnetServer.running();
    if (running != null) {
      open.openOn(running);
    } else {
      // The start listener opens it once the server is up.
      RsnetServer.connection();
    }
  }

  void disconnect(IDocument document) {
    OpenDocument open = documents.get(document);
    if (open == null || --open.viewers > 0) {
      return;
    }
    documents.remove(document);
    byUri.remove(open.uri, document);
    document.removeDocumentListener(open);
    LanguageServerConnection running = RsnetServer.running();
    if (running != null && open.openedOn == running) {
      running.server().getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(open.uri)));
    }
  }

  private void moved(IDocument document) {
    OpenDocument open = documents.get(document);
    String newUri = uriOfBuffer(document);
    if (open == null || newUri == null || newUri.equals(open.uri)) {
      return;
    }
    LanguageServerConnection running = RsnetServer.running();
    if (running != null && open.openedOn == running) {
      running.server().getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(open.uri)));
    }
    byUri.remove(open.uri, document);
    open.uri = newUri;
    byUri.put(newUri, document);
    open.openedOn = null;
    if (running != null) {
      open.openOn(running);
    }
  }

  private void openAllOn(LanguageServerConnection started) {
    for (OpenDocument open : List.copyOf(documents.values())) {
      open.openOn(started);
    }
  }

  private static String uriOfBuffer(IDocument document) {
    ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
    if (buffer == null || buffer.getFileStore() == null) {
      return null;
    }
    URI location = buffer.getFileStore().toURI();
    return "file".equals(location.getScheme()) ? DocumentUris.of(Path.of(location)) : null;
  }

  private static final class OpenDocument implements IDocumentListener {

    private final IDocument document;
    private String uri;
    private int viewers = 1;
    private int version;
    private LanguageServerConnection openedOn;
    private Range changing;

    OpenDocument(IDocument document, String uri) {
      this.document = document;
      this.uri = uri;
    }

    void openOn(LanguageServerConnection connection) {
      if (openedOn == connection) {
        return;
      }
      openedOn = connection;
      connection.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
          new TextDocumentItem(uri, LANGUAGE_ID, ++version, document.get())));
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
      // The range must be measured in the text before the change.
      changing = Positions.rangeOf(document, event.getOffset(), event.getLength());
    }

    @Override
    public void documentChanged(DocumentEvent event) {
      LanguageServerConnection running = RsnetServer.running();
      if (running == null || openedOn != running) {
        return;
      }
      TextDocumentContentChangeEvent change = running.wantsIncrementalChanges()
          ? new TextDocumentContentChangeEvent(changing, event.getText() == null ? "" : event.getText())
          : new TextDocumentContentChangeEvent(document.get());
      running.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
    }
  }

  /**
   * A save is when the server runs the expensive checks (the model's expectations); a file moved or
   * renamed while open is, to the server, one document closed and another opened.
   */
  private final class BufferListener implements IFileBufferListener {

    @Override
    public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
      if (isDirty || !(buffer instanceof ITextFileBuffer textBuffer)) {
        return;
      }
      IDocument document = textBuffer.getDocument();
      UiThread.async(() -> {
        OpenDocument open = documents.get(document);
        LanguageServerConnection running = RsnetServer.running();
        if (open != null && running != null && open.openedOn == running) {
          running.server().getTextDocumentService()
              .didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(open.uri)));
        }
      });
    }

    @Override
    public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
      if (buffer instanceof ITextFileBuffer textBuffer) {
        IDocument document = textBuffer.getDocument();
        UiThread.async(() -> moved(document));
      }
    }

    @Override public void bufferCreated(IFileBuffer buffer) { }
    @Override public void bufferDisposed(IFileBuffer buffer) { }
    @Override public void bufferContentAboutToBeReplaced(IFileBuffer buffer) { }
    @Override public void bufferContentReplaced(IFileBuffer buffer) { }
    @Override public void stateChanging(IFileBuffer buffer) { }
    @Override public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) { }
    @Override public void underlyingFileDeleted(IFileBuffer buffer) { }
    @Override public void stateChangeFailed(IFileBuffer buffer) { }
  }
}
