package org.routesrv.dsl.ide.server;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Inject;

/**
 * Xtext's language server, with the expensive (simulation-backed) checks run when a file is opened
 * or saved instead of after every keystroke; clients are asked to report saves for that.
 */
public class RsnetLanguageServer extends LanguageServerImpl {

  @Inject private UriExtensions uris;
  private ExpensiveDiagnostics expensive;

  @Override
  protected ServerCapabilities createServerCapabilities(InitializeParams params) {
    ServerCapabilities capabilities = super.createServerCapabilities(params);
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    capabilities.setTextDocumentSync(sync);
    return capabilities;
  }

  @Override
  public void connect(LanguageClient client) {
    expensive = new ExpensiveDiagnostics(getWorkspaceManager(), uris, this::toDiagnostics);
    super.connect(expensive.mergingInto(client));
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    super.didOpen(params);
    checkExpensively(params.getTextDocument().getUri());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    checkExpensively(params.getTextDocument().getUri());
  }

  /** Queued behind the build of the latest change; the next change cancels it. */
  private void checkExpensively(String uri) {
    getRequestManager().runRead(cancelIndicator -> {
      expensive.check(uris.toUri(uri), cancelIndicator);
      return null;
    });
  }
}
