package org.routesrv.dsl.ide;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.routesrv.dsl.ide.server.LanguageServerLauncher;
import org.routesrv.dsl.ide.server.RsnetServerModule;

/**
 * A language client talking JSON-RPC to an in-process RSNet language server, as an editor would: the
 * server is wired exactly as {@code rsnet lsp} wires it (only {@code exit} leaves the JVM alone), and
 * announces the capabilities VS Code announces, so each test sees what a real editor sees.
 */
final class LspSession implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Path workspace;
  private final LanguageServer server;
  private final RecordingClient client = new RecordingClient();
  private final Future<Void> clientConnection;
  private final AutoCloseable serverEnd;
  private final Map<String, Integer> versions = new HashMap<>();
  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private InitializeResult initializeResult;
  private Process process;

  private LspSession(Path workspace, InputStream fromServer, OutputStream toServer, AutoCloseable serverEnd) {
    this.workspace = workspace;
    this.serverEnd = serverEnd;
    Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>()
        .setLocalService(client)
        .setRemoteInterface(LanguageServer.class)
        .setInput(fromServer)
        .setOutput(toServer)
        // Daemon threads: a program using a session (the benchmark) ends when its main method does.
        .setExecutorService(Executors.newCachedThreadPool(runnable -> {
          Thread thread = new Thread(runnable, "lsp-test-client");
          thread.setDaemon(true);
          return thread;
        }))
        .create();
    server = launcher.getRemoteProxy();
    clientConnection = launcher.startListening();
  }

  /** A server whose workspace is {@code workspace}, initialized like VS Code initializes it. */
  /** What the in-process servers logged, shown when an expected message does not come. */
  static final List<String> LOGGED = java.util.Collections.synchronizedList(new ArrayList<>());

  static {
    org.apache.log4j.Logger.getRootLogger().addAppender(new org.apache.log4j.AppenderSkeleton() {
      @Override
      protected void append(org.apache.log4j.spi.LoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getRenderedMessage());
        if (event.getThrowableStrRep() != null) {
          text.append('\n').append(String.join("\n", event.getThrowableStrRep()));
        }
        LOGGED.add(text.toString());
      }

      @Override
      public void close() {
      }

      @Override
      public boolean requiresLayout() {
        return false;
      }
    });
  }

  static LspSession start(Path workspace) {
    return start(workspace, capabilities -> { });
  }

  /** A server initialized by a client announcing VS Code's capabilities as {@code adjust} changes them. */
  static LspSession start(Path workspace, java.util.function.Consumer<ClientCapabilities> adjust) {
    try {
      Pipe toServer = Pipe.open();
      Pipe toClient = Pipe.open();
      Future<Void> serverConnection = LanguageServerLauncher.start(Channels.newInputStream(toServer.source()),
          Channels.newOutputStream(toClient.sink()), new InProcessServerModule());
      AutoCloseable serverEnd = () -> {
        serverConnection.cancel(true);
        closeQuietly(toServer);
        closeQuietly(toClient);
      };
      LspSession session = new LspSession(workspace, Channels.newInputStream(toClient.source()),
          Channels.newOutputStream(toServer.sink()), serverEnd);
      session.initialize(adjust);
      return session;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A server started as its own process by {@code command} (e.g. {@code java -jar rsnet.jar lsp});
   * what it writes to stdout is also copied to {@code stdoutCopy}, its stderr goes to {@code stderr}.
   */
  static LspSession startProcess(Path workspace, List<String> command, OutputStream stdoutCopy, Path stderr) {
    try {
      Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      AutoCloseable serverEnd = () -> {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("the language server did not exit after 'exit'");
        }
      };
      InputStream stdout = new FilterInputStream(process.getInputStream()) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            stdoutCopy.write(b);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int count = super.read(buffer, offset, length);
          if (count > 0) {
            stdoutCopy.write(buffer, offset, count);
          }
          return count;
        }
      };
      LspSession session = new LspSession(workspace, stdout, process.getOutputStream(), serverEnd);
      session.process = process;
      session.initialize(capabilities -> { });
      return session;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's process, for sessions started with {@link #startProcess}. */
  Process process() {
    return process;
  }

  private void initialize(java.util.function.Consumer<ClientCapabilities> adjust) {
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setRootUri(workspace.toUri().toString());
    ClientCapabilities capabilities = vsCodeLikeCapabilities();
    adjust.accept(capabilities);
    params.setCapabilities(capabilities);
    initializeResult = await(server.initialize(params));
    server.initialized(new InitializedParams());
  }

  private static ClientCapabilities vsCodeLikeCapabilities() {
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    HoverCapabilities hover = new HoverCapabilities();
    hover.setContentFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
    text.setHover(hover);
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    text.setDocumentSymbol(symbols);
    RenameCapabilities rename = new RenameCapabilities();
    rename.setPrepareSupport(true);
    text.setRename(rename);
    text.setFoldingRange(new FoldingRangeCapabilities());
    text.setSemanticTokens(new SemanticTokensCapabilities(false));
    CodeActionCapabilities actions = new CodeActionCapabilities();
    actions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
        new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix))));
    text.setCodeAction(actions);
    WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
    workspaceCapabilities.setExecuteCommand(new ExecuteCommandCapabilities());
    return new ClientCapabilities(workspaceCapabilities, text, null);
  }

  InitializeResult initializeResult() {
    return initializeResult;
  }

  LanguageServer server() {
    return server;
  }

  Path workspace() {
    return workspace;
  }

  /** Writes {@code text} to {@code relativePath} in the workspace without telling the server. */
  Path writeFile(String relativePath, String text) {
    try {
      Path file = workspace.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the file and opens it in the editor; returns its URI. */
  String open(String relativePath, String text) {
    Path file = writeFile(relativePath, text);
    String uri = uriOf(file);
    versions.put(uri, 1);
    texts.put(uri, text);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "rsnet", 1, text)));
    return uri;
  }

  /** Replaces the whole text of an open document, as a client without incremental sync would. */
  void change(String uri, String text) {
    int version = versions.merge(uri, 1, Integer::sum);
    texts.put(uri, text);
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** Replaces {@code range} with {@code newText}, sent as an incremental change as editors type. */
  void edit(String uri, Range range, String newText) {
    String text = texts.get(uri);
    String changed = text.substring(0, offsetOf(text, range.getStart())) + newText
        + text.substring(offsetOf(text, range.getEnd()));
    int version = versions.merge(uri, 1, Integer::sum);
    texts.put(uri, changed);
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, newText))));
  }

  /** The offset of {@code position}, lines ended by {@code \n}, {@code \r\n} or {@code \r} as LSP counts them. */
  static int offsetOf(String text, Position position) {
    int offset = 0;
    for (int line = 0; line < position.getLine(); line++) {
      offset = nextLineStart(text, offset);
    }
    return offset + position.getCharacter();
  }

  private static int nextLineStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
      if (text.charAt(i) == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    throw new IllegalArgumentException("no line after offset " + from);
  }

  void save(String uri) {
    server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  String text(String uri) {
    return texts.get(uri);
  }

  static String uriOf(Path file) {
    // Xtext answers with file:/// URIs; Path.toUri() gives the same form.
    return file.toUri().toString();
  }

  /** The position of the {@code occurrence}-th (0-based) {@code search} in the document, plus {@code delta} characters. */
  Position positionOf(String uri, String search, int delta) {
    return positionOf(uri, search, 0, delta);
  }

  Position positionOf(String uri, String search, int occurrence, int delta) {
    String text = texts.get(uri);
    int offset = -1;
    for (int i = 0; i <= occurrence; i++) {
      offset = text.indexOf(search, offset + 1);
      if (offset < 0) {
        throw new IllegalArgumentException("'" + search + "' occurs fewer than " + (occurrence + 1) + " times");
      }
    }
    offset += delta;
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      boolean lineBreak = text.charAt(i) == '\n' || text.charAt(i) == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
      if (lineBreak) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  /** The next diagnostics published for {@code uri} that satisfy {@code condition}. */
  List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition) {
    return client.awaitDiagnostics(uri, condition);
  }

  /** The diagnostics most recently published for {@code uri}, or null when none were. */
  List<Diagnostic> latestDiagnostics(String uri) {
    return client.latest(uri);
  }

  List<String> messages() {
    return client.messages();
  }

  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the language server did not answer: " + e, e);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      await(server.shutdown());
      server.exit();
    } finally {
      serverEnd.close();
      clientConnection.cancel(true);
    }
  }

  private static void closeQuietly(Pipe pipe) {
    try {
      pipe.sink().close();
      pipe.source().close();
    } catch (IOException alreadyClosed) {
      // the other side hung up first
    }
  }

  /** {@code rsnet lsp}'s wiring, except that {@code exit} must not end the test JVM. */
  private static final class InProcessServerModule extends RsnetServerModule {
    @Override
    protected Class<? extends ILanguageServerShutdownAndExitHandler> shutdownAndExitHandler() {
      return ILanguageServerShutdownAndExitHandler.NullImpl.class;
    }
  }

  /** Records what the server sends; tests wait on it. */
  private static final class RecordingClient implements LanguageClient {

    private final Map<String, List<Diagnostic>> latest = new HashMap<>();
    private final List<String> history = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
      latest.put(params.getUri(), List.copyOf(params.getDiagnostics()));
      history.add(System.nanoTime() / 1_000_000 + " ms " + params.getUri().replaceAll(".*/", "") + " "
          + params.getDiagnostics().stream().map(d -> d.getMessage().getLeft()).toList());
      notifyAll();
    }

    synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition) {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (latest.get(uri) == null || !condition.test(latest.get(uri))) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no matching diagnostics for " + uri + "; last published: " + latest.get(uri)
              + "\npublished so far:\n" + String.join("\n", history) + "\nserver log:\n" + String.join("\n", LOGGED));
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      return latest.get(uri);
    }

    synchronized List<Diagnostic> latest(String uri) {
      return latest.get(uri);
    }

    synchronized List<String> messages() {
      return List.copyOf(messages);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
      messages.add(params.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void logMessage(MessageParams params) {
      messages.add(params.getMessage());
    }
  }
}
