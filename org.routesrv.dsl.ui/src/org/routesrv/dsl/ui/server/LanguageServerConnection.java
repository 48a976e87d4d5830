package org.routesrv.dsl.ui.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TokenFormat;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One running language server process and the LSP session with it. Every request goes through
 * {@link #server()}; lsp4j sends messages in call order, so a document change always reaches the
 * server before a completion or hover request made after it.
 */
public final class LanguageServerConnection {

  private static final long INITIALIZE_SECONDS = 60;
  private static final long SHUTDOWN_SECONDS = 5;

  private final Process process;
  private final LanguageServer server;
  private final ServerCapabilities capabilities;
  private final Future<Void> listening;
  private final long startedAt = System.nanoTime();
  private volatile boolean stopped;

  private LanguageServerConnection(Process process, LanguageServer server, ServerCapabilities capabilities,
      Future<Void> listening) {
    this.process = process;
    this.server = server;
    this.capabilities = capabilities;
    this.listening = listening;
  }

  static LanguageServerConnection start(LanguageClient client, List<WorkspaceFolder> folders, Path log)
      throws IOException {
    // The log holds the current session only: a new server starts a new log.
    Process process = new ProcessBuilder(ServerCommandLine.command())
        .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
        .start();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
        process.getOutputStream());
    Future<Void> listening = launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    try {
      // A server that dies at once (no Java, a broken jar) fails the start at once, not after the timeout.
      CompletableFuture<InitializeResult> initialized = server.initialize(initializeParams(folders));
      CompletableFuture.anyOf(initialized, process.onExit()).get(INITIALIZE_SECONDS, TimeUnit.SECONDS);
      if (!initialized.isDone()) {
        throw new IOException("The RSNet language server exited with code " + process.exitValue()
            + " before it answered; its log is " + log);
      }
      InitializeResult result = initialized.join();
      server.initialized(new InitializedParams());
      return new LanguageServerConnection(process, server, result.getCapabilities(), listening);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IOException("Interrupted while the RSNet language server started.", e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroy();
      throw new IOException("The RSNet language server did not start; its log is " + log, e);
    }
  }

  public LanguageServer server() {
    return server;
  }

  public ServerCapabilities capabilities() {
    return capabilities;
  }

  public boolean isAlive() {
    return process.isAlive() && !listening.isDone();
  }

  void onExit(Runnable action) {
    process.onExit().thenRun(action);
  }

  boolean wasStopped() {
    return stopped;
  }

  Duration uptime() {
    return Duration.ofNanos(System.nanoTime() - startedAt);
  }

  int exitCode() {
    return process.isAlive() ? -1 : process.exitValue();
  }

  /** Incremental unless the server asks for the whole text on every change. */
  public boolean wantsIncrementalChanges() {
    var sync = capabilities.getTextDocumentSync();
    if (sync == null) {
      return false;
    }
    TextDocumentSyncKind kind = sync.isLeft() ? sync.getLeft()
        : sync.getRight() == null ? null : ((TextDocumentSyncOptions) sync.getRight()).getChange();
    return kind == TextDocumentSyncKind.Incremental;
  }

  void stop() {
    stopped = true;
    try {
      if (process.isAlive()) {
        server.shutdown().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        server.exit();
        process.waitFor(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // A server that does not shut down in time is stopped below.
    } finally {
      process.destroy();
      listening.cancel(true);
    }
  }

  private static InitializeParams initializeParams(List<WorkspaceFolder> folders) {
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setClientInfo(new org.eclipse.lsp4j.ClientInfo("Eclipse RSNet plug-in"));
    params.setWorkspaceFolders(folders);
    if (!folders.isEmpty()) {
      params.setRootUri(folders.get(0).getUri());
    }
    params.setCapabilities(clientCapabilities());
    return params;
  }

  private static ClientCapabilities clientCapabilities() {
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setSynchronization(new SynchronizationCapabilities(false, false, true));
    text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
    text.setCompletion(new CompletionCapabilities());
    text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    text.setDocumentSymbol(symbols);
    text.setCodeAction(new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
        new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix))), false));
    SemanticTokensCapabilities tokens = new SemanticTokensCapabilities(false);
    tokens.setRequests(new SemanticTokensClientCapabilitiesRequests(true));
    tokens.setFormats(List.of(TokenFormat.Relative));
    tokens.setTokenTypes(List.of(SemanticTokenTypes.Keyword, SemanticTokenTypes.Comment,
        SemanticTokenTypes.Number, SemanticTokenTypes.String, SemanticTokenTypes.Namespace,
        SemanticTokenTypes.Type, SemanticTokenTypes.Class, SemanticTokenTypes.Interface,
        SemanticTokenTypes.Struct, SemanticTokenTypes.Parameter, SemanticTokenTypes.Variable,
        SemanticTokenTypes.Property, SemanticTokenTypes.EnumMember, SemanticTokenTypes.Function));
    tokens.setTokenModifiers(List.of(SemanticTokenModifiers.Declaration));
    text.setSemanticTokens(tokens);
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    workspace.setWorkspaceFolders(true);
    workspace.setApplyEdit(true);
    WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
    edits.setDocumentChanges(true);
    workspace.setWorkspaceEdit(edits);
    workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(false));
    workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
    return new ClientCapabilities(workspace, text, null);
  }
}
