package org.routesrv.dsl.cli;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.workspace.InvisibleCharacters;

import com.google.inject.Injector;

/** The language's injector for command-line use, created once per process. */
final class Language {

  private static Injector injector;

  private Language() {
  }

  static synchronized Injector injector() {
    if (injector == null) {
      quietXtextLogging();
      injector = new RsnetStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
    return injector;
  }

  /**
   * Xtext logs problems it recovers from (with stack traces) through log4j; on a command line that
   * noise would hide the diagnostics, so only errors are shown, one line each.
   */
  private static void quietXtextLogging() {
    Logger root = Logger.getRootLogger();
    root.removeAllAppenders();
    root.setLevel(Level.ERROR);
    root.addAppender(new AppenderSkeleton() {
      @Override
      protected void append(LoggingEvent event) {
        System.err.println("rsnet: internal: " + InvisibleCharacters.escape(event.getRenderedMessage()));
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
}
