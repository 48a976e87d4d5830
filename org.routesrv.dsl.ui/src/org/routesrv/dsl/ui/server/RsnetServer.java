package org.routesrv.dsl.ui.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;
import org.routesrv.dsl.ui.RsnetUiPlugin;

/**
 * The workbench's one RSNet language server, started in the background on first use so that opening
 * an editor never waits for a JVM to start. A server that exits unexpectedly is started again at
 * once, and whoever registered with {@link #onStart} (the open documents) brings it up to date; a
 * server that keeps failing is given up, and the user is told once, with the log to look at.
 */
public final class RsnetServer {

  /** Failures in a row (crashes, or starts that fail) after which no more starts are tried. */
  private static final int ATTEMPTS = 3;
  /** A server that ran this long before it crashed was working: its crash starts a new count. */
  private static final Duration WORKING = Duration.ofMinutes(1);

  private static final List<Consumer<LanguageServerConnection>> START_LISTENERS = new CopyOnWriteArrayList<>();
  private static final Executor STARTER = command -> {
    Thread thread = new Thread(command, "RSNet language server start");
    thread.setDaemon(true);
    thread.start();
  };

  private static CompletableFuture<LanguageServerConnection> connection;
  private static int failuresInARow;
  private static boolean givenUp;
  private static boolean stopped;

  private RsnetServer() {
  }

  /** The running server, starting one if there is none (unless it has been given up). */
  public static synchronized CompletableFuture<LanguageServerConnection> connection() {
    boolean usable = connection != null && !connection.isCompletedExceptionally()
        && (!connection.isDone() || connection.join().isAlive());
    if (!usable && !givenUp && !stopped) {
      connection = CompletableFuture.supplyAsync(RsnetServer::startNow, STARTER);
    }
    return connection != null ? connection
        : CompletableFuture.failedFuture(new IOException("The RSNet language server is stopped."));
  }

  /**
   * The server if it answers within the timeout, else null: for requests made while the user waits
   * (content assist, quick fixes), which must not hang the workbench on a server that is starting.
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

  /** Stops the server for good: the plug-in is stopping. A server still starting is stopped once up. */
  public static synchronized void shutdown() {
    stopped = true;
    LanguageServerConnection running = running();
    connection = null;
    if (running != null) {
      running.stop();
    }
  }

  private static LanguageServerConnection startNow() {
    Path log = RsnetUiPlugin.stateLocation().append("language-server.log").toPath();
    LanguageServerConnection started = null;
    try {
      started = LanguageServerConnection.start(new RsnetLanguageClient(), WorkspaceFolders.announceAll(), log);
      LanguageServerConnection self = started;
      started.onExit(() -> exited(self, log));
      synchronized (RsnetServer.class) {
        if (stopped) {
          started.stop();
          throw new CompletionException(new IOException("The workbench closed while the server started."));
        }
      }
      for (Consumer<LanguageServerConnection> listener : START_LISTENERS) {
        listener.accept(started);
      }
      return started;
    } catch (IOException | RuntimeException e) {
      if (started != null) {
        started.stop();
      }
      failed("Could not start the RSNet language server: " + e.getMessage() + " (its log: " + log + ")", e);
      throw e instanceof CompletionException completion ? completion : new CompletionException(e);
    }
  }

  private static void exited(LanguageServerConnection exited, Path log) {
    synchronized (RsnetServer.class) {
      if (stopped || exited.wasStopped()) {
        return;
      }
      if (exited.uptime().compareTo(WORKING) > 0) {
        failuresInARow = 0;
      }
    }
    failed("The RSNet language server stopped unexpectedly (exit code " + exited.exitCode() + "; its log: " + log
        + ")", null);
    if (!givenUp) {
      connection();
    }
  }

  private static synchronized void failed(String message, Throwable cause) {
    failuresInARow++;
    IStatus status = Status.error(message, cause);
    if (failuresInARow < ATTEMPTS) {
      RsnetUiPlugin.log().log(status);
      return;
    }
    if (!givenUp) {
      givenUp = true;
      StatusManager.getManager().handle(Status.error(message + ". RSNet editors work without diagnostics, "
          + "colours and assistance until Eclipse is restarted.", cause), StatusManager.LOG | StatusManager.SHOW);
    }
  }
}
