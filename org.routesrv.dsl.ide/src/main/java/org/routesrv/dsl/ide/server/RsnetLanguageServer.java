package org.routesrv.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's language server, with the expensive (simulation-backed) checks run when a file is opened
 * or saved instead of after every keystroke; clients are asked to report saves for that.
 */
public class RsnetLanguageServer extends LanguageServerImpl {

  @Inject private UriExtensions uris;
  private ExpensiveDiagnostics expensive;
  private volatile boolean commandsDeclared;

  @Override
  protected ServerCapabilities createServerCapabilities(InitializeParams params) {
    ServerCapabilities capabilities = super.createServerCapabilities(params);
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    capabilities.setTextDocumentSync(sync);
    commandsDeclared = capabilities.getExecuteCommandProvider() != null;
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

  /**
   * Xtext's registry of commands exists only when the client declared {@code workspace.executeCommand}
   * at {@code initialize} (without it every command was a NullPointerException), and answers an
   * unknown command with nothing at all; both are a {@code MethodNotFound} here, saying which commands
   * there are.
   */
  @Override
  protected Object executeCommand(ExecuteCommandParams params, CancelIndicator cancelIndicator) {
    List<String> commands = commandsDeclared ? getCommandRegistry().getCommands() : List.of();
    if (params.getCommand() == null || !commands.contains(params.getCommand())) {
      String known = commandsDeclared ? "; this server runs " + String.join(", ", commands.stream().sorted().toList())
          : "; the client did not declare workspace.executeCommand when it initialized the server";
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
          "No command " + params.getCommand() + known + ".", null));
    }
    return super.executeCommand(params, cancelIndicator);
  }

  /**
   * Xtext answers a request for a method no one serves with an {@link UnsupportedOperationException},
   * which reached the client as an internal error; JSON-RPC has a code for it.
   */
  @Override
  public CompletableFuture<?> request(String method, Object parameter) {
    try {
      return super.request(method, parameter);
    } catch (UnsupportedOperationException unknown) {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
          "No method " + method + " in this server.", null));
    }
  }

  /** Queued behind the build of the latest change; the next change cancels it. */
  private void checkExpensively(String uri) {
    getRequestManager().runRead(cancelIndicator -> {
      expensive.check(uris.toUri(uri), cancelIndicator);
      return null;
    });
  }
}
