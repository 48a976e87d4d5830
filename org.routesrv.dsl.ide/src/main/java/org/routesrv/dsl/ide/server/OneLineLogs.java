package org.routesrv.dsl.ide.server;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;

/**
 * The server's log on stderr, one line per event, an exception shown by its summary
 * ({@link InternalErrors#summary}): a stack trace per failed request buried the log (372,894 lines
 * for 5,000 mutated documents). Xtext's log4j.properties would log to stdout, which the protocol owns.
 */
final class OneLineLogs {

  private static final String PREFIX = "rsnet lsp: ";

  private OneLineLogs() {
  }

  static void toStandardError() {
    Logger root = Logger.getRootLogger();
    root.removeAllAppenders();
    root.setLevel(Level.WARN);
    root.addAppender(new ConsoleAppender(new OneLineLayout(), ConsoleAppender.SYSTEM_ERR));
    // lsp4j logs through java.util.logging.
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("");
    for (Handler handler : jul.getHandlers()) {
      jul.removeHandler(handler);
    }
    Handler oneLine = new StreamHandler(System.err, new OneLineFormatter()) {
      @Override
      public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
      }
    };
    oneLine.setLevel(java.util.logging.Level.WARNING);
    jul.addHandler(oneLine);
  }

  private static String failure(Throwable thrown) {
    return thrown == null ? "" : " (" + InternalErrors.summary(thrown) + ")";
  }

  private static final class OneLineLayout extends PatternLayout {
    OneLineLayout() {
      super(PREFIX + "%-5p %c{1} - %m");
    }

    @Override
    public String format(LoggingEvent event) {
      Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
      return super.format(event).lines().findFirst().orElse("") + failure(thrown) + System.lineSeparator();
    }

    @Override
    public boolean ignoresThrowable() {
      return false;
    }
  }

  private static final class OneLineFormatter extends Formatter {
    @Override
    public String format(LogRecord record) {
      String message = formatMessage(record).lines().findFirst().orElse("");
      return PREFIX + record.getLevel() + " " + record.getLoggerName() + " - " + message + failure(record.getThrown())
          + System.lineSeparator();
    }
  }
}
