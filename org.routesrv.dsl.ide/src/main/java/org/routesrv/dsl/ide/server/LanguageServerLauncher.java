package org.routesrv.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Module;

/**
 * Starts the RSNet language server on a pair of streams. The one place that knows how the server is
 * wired: {@code rsnet lsp}, the tests and the latency benchmark all come through here.
 */
public final class LanguageServerLauncher {

  private LanguageServerLauncher() {
  }

  /**
   * Serves one client on stdin/stdout until it disconnects. Stdout carries only LSP messages: anything
   * else that prints to {@code System.out} (a library, a stray debug line) would corrupt the stream,
   * so {@code System.out} is pointed at stderr, where log4j writes too.
   */
  public static void runOnStandardStreams() throws Exception {
    PrintStream protocolOut = System.out;
    InputStream protocolIn = System.in;
    System.setOut(System.err);
    OneLineLogs.toStandardError();
    Future<Void> connection = start(protocolIn, protocolOut, new RsnetServerModule());
    connection.get();
  }

  /** Connects a server built from {@code serverModule} to a client on the given streams. */
  public static Future<Void> start(InputStream in, OutputStream out, Module serverModule) {
    LanguageServerImpl server = Guice.createInjector(serverModule).getInstance(LanguageServerImpl.class);
    ExecutorService messages = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "rsnet-lsp");
      thread.setDaemon(true);
      return thread;
    });
    Launcher<LanguageClient> launcher = new GuardedLauncherBuilder<LanguageClient>()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(in)
        .setOutput(out)
        .setExecutorService(messages)
        .setExceptionHandler(InternalErrors::toResponseError)
        .create();
    server.connect(launcher.getRemoteProxy());
    return launcher.startListening();
  }
}
