package org.routesrv.dsl.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.routesrv.dsl.ide.server.LanguageServerLauncher;
import org.routesrv.dsl.ide.server.RsnetServerModule;


/**
 * RSNet's language server in this JVM, wired as {@code rsnet lsp} wires it (only {@code exit} leaves
 * the JVM alone). What it logs through log4j (Xtext), java.util.logging (lsp4j) or straight to
 * {@code System.err} is captured, so stack traces it would print are seen.
 */
final class InProcessServer extends FuzzedServer {

  private final String clientCapabilities;
  private final StringBuilder log = new StringBuilder();
  private final AppenderSkeleton log4j = new AppenderSkeleton() {
    @Override
    protected void append(LoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.WARN) || event.getThrowableStrRep() != null) {
        StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " - "
            + event.getRenderedMessage());
        if (event.getThrowableStrRep() != null) {
          line.append('\n').append(String.join("\n", event.getThrowableStrRep()));
        }
        record(line.append('\n').toString());
      }
    }

    @Override
    public void close() {
    }

    @Override
    public boolean requiresLayout() {
      return false;
    }
  };
  private final Handler julHandler = new Handler() {
    @Override
    public void publish(LogRecord logRecord) {
      if (logRecord.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        StringBuilder line = new StringBuilder(logRecord.getLevel() + " " + logRecord.getLoggerName() + " - "
            + logRecord.getMessage());
        if (logRecord.getThrown() != null) {
          java.io.StringWriter trace = new java.io.StringWriter();
          logRecord.getThrown().printStackTrace(new java.io.PrintWriter(trace));
          line.append('\n').append(trace);
        }
        record(line.append('\n').toString());
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private final PrintStream originalErr = System.err;
  private Pipe toServer;
  private Pipe toClient;
  private Future<Void> serving;

  InProcessServer(Path workspace, String clientCapabilities) throws Exception {
    super(workspace);
    this.clientCapabilities = clientCapabilities;
    Logger.getRootLogger().addAppender(log4j);
    java.util.logging.Logger.getLogger("").addHandler(julHandler);
    System.setErr(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      // Not passed on: a long campaign's traces would fill the build log; the report names each once.
      @Override
      public void write(byte[] bytes, int offset, int length) {
        record(new String(bytes, offset, length, StandardCharsets.UTF_8));
      }
    }, true, StandardCharsets.UTF_8));
    start();
  }

  private synchronized void record(String text) {
    log.append(text);
  }

  private void start() throws Exception {
    toServer = Pipe.open();
    toClient = Pipe.open();
    serving = LanguageServerLauncher.start(Channels.newInputStream(toServer.source()),
        Channels.newOutputStream(toClient.sink()), new InProcessModule());
    connect(new LspConnection(Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink())),
        clientCapabilities);
  }

  @Override
  synchronized String drainLog() {
    String drained = log.toString();
    log.setLength(0);
    return drained;
  }

  @Override
  long rssKilobytes() {
    return -1;
  }

  @Override
  void restart() throws Exception {
    disconnect();
    start();
  }

  @Override
  String endOnce() throws Exception {
    try {
      connection().request("shutdown", null).get(10, TimeUnit.SECONDS);
      connection().notify("exit", null);
      connection().flushed(5_000);
      return null;
    } catch (Exception e) {
      return "shutdown was not answered: " + e;
    } finally {
      disconnect();
      Logger.getRootLogger().removeAppender(log4j);
      java.util.logging.Logger.getLogger("").removeHandler(julHandler);
      System.setErr(originalErr);
    }
  }

  private void disconnect() {
    connection().close();
    serving.cancel(true);
    for (Pipe pipe : new Pipe[] {toServer, toClient}) {
      try {
        pipe.sink().close();
        pipe.source().close();
      } catch (IOException alreadyClosed) {
        // the other end hung up first
      }
    }
  }

  /** {@code rsnet lsp}'s wiring, except that {@code exit} must not end the test JVM. */
  private static final class InProcessModule extends RsnetServerModule {
    @Override
    protected Class<? extends ILanguageServerShutdownAndExitHandler> shutdownAndExitHandler() {
      return ILanguageServerShutdownAndExitHandler.NullImpl.class;
    }
  }
}
