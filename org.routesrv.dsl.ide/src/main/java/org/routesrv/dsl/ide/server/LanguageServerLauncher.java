package org.routesrv.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
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
    logToStandardError();
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

  /**
   * Xtext's log4j.properties sends its log to stdout; the protocol owns stdout here. Each event is one
   * line, an exception shown by its summary: a stack trace per failed request buried the log.
   */
  private static void logToStandardError() {
    Logger root = Logger.getRootLogger();
    root.removeAllAppenders();
    root.setLevel(Level.WARN);
    root.addAppender(new ConsoleAppender(new OneLineLayout(), ConsoleAppender.SYSTEM_ERR));
    // lsp4j logs through java.util.logging, with stack traces: the same one line each.
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("");
    for (java.util.logging.Handler handler : jul.getHandlers()) {
      jul.removeHandler(handler);
    }
    java.util.logging.Handler oneLine = new java.util.logging.StreamHandler(System.err, new java.util.logging.Formatter() {
      @Override
      public String format(java.util.logging.LogRecord record) {
        String failure = record.getThrown() == null ? "" : " (" + InternalErrors.summary(record.getThrown()) + ")";
        return "rsnet lsp: " + record.getLevel() + " " + record.getLoggerName() + " - " + formatMessage(record) + failure
            + System.lineSeparator();
      }
    }) {
      @Override
      public synchronized void publish(java.util.logging.LogRecord record) {
        super.publish(record);
        flush();
      }
    };
    oneLine.setLevel(java.util.logging.Level.WARNING);
    jul.addHandler(oneLine);
  }

  /** {@code rsnet lsp: LEVEL logger - message (exception summary)}, never a stack trace. */
  private static final class OneLineLayout extends PatternLayout {
    OneLineLayout() {
      super("rsnet lsp: %-5p %c{1} - %m");
    }

    @Override
    public String format(org.apache.log4j.spi.LoggingEvent event) {
      String failure = event.getThrowableInformation() == null ? ""
          : " (" + InternalErrors.summary(event.getThrowableInformation().getThrowable()) + ")";
      return super.format(event) + failure + System.lineSeparator();
    }

    @Override
    public boolean ignoresThrowable() {
      return false;
    }
  }
}
