package org.routesrv.dsl.ui.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.routesrv.dsl.ui.RsnetUiPlugin;

/**
 * The workbench's one RSNet language server, started in the background on first use so that opening
 * an editor never waits for a JVM to start. If the process dies it is started again on the next use,
 * and whoever registered with {@link #onStart} (the open documents) brings it up to date.
 */
public final class RsnetServer {

  private static final List<Consumer<LanguageServerConnection>> START_LISTENERS = new CopyOnWriteArrayList<>();
  private static final Executor STARTER = command -> {
    Thread thread = new Thread(command, "RSNet language server start");
    thread.setDaemon(true);
    thread.start();
  };

  private static CompletableFuture<LanguageServerConnection> connection;

  private RsnetServer() {
  }

  /** The running server, starting one if there is none. */
  public static synchronized CompletableFuture<LanguageServerConnection> connection() {
    if (connection == null || connection.isCompletedExceptionally()
        || (connection.isDone() && !connection.join().isAlive())) {
      connection = CompletableFuture.supplyAsync(RsnetServer::startNow, STARTER);
    }
    return connection;
  }

  /**
   * The server if it answers within the timeout, else null: for requests made on the UI thread
   * (content assist, quick fixes), which must not hang the workbench on a server that is still
   * starting.
   */
  public static LanguageServerConnection await(long timeout, TimeUnit unit) {
    try {
      return connection().get(timeout, unit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  /** The server if one is up now; never starts one. */
  public static synchronized LanguageServerConnection running() {
    if (connection == null || !connection.isDone() || connection.isCompletedExceptionally()) {
      return null;
    }
    LanguageServerConnection running = connection.join();
    return running.isAlive() ? running : null;
  }

  public static void onStart(Consumer<LanguageServerConnection> listener) {
    START_LISTENERS.add(listener);
  }

  public static synchronized void shutdown() {
    LanguageServerConnection running = running();
    connection = null;
    if (running != null) {
      running.stop();
    }
  }

  private static LanguageServerConnection startNow() {
    Path log = RsnetUiPlugin.stateLocation().append("language-server.log").toPath();
    try {
      LanguageServerConnection started = LanguageServerConnection.start(new RsnetLanguageClient(),
          WorkspaceFolders.current(), log);
      START_LISTENERS.forEach(listener -> listener.accept(started));
      return started;
    } catch (IOException | RuntimeException e) {
      RsnetUiPlugin.log().log(Status.error("Could not start the RSNet language server: " + e.getMessage(), e));
      throw new CompletionException(e);
    }
  }
}
