package org.routesrv.dsl.cli;

import java.util.Collections;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.validation.RsnetValidator;
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
    } else {
      registerLanguage(injector);
    }
    return injector;
  }

  /**
   * EMF finds the language, and its rules, in registries global to the JVM, which whatever else runs in it may reset (test
   * harnesses restore it between tests): a command would then validate with no rules at all and pass
   * any model. Registering again is cheap, and a no-op while the rules are there.
   */
  private static void registerLanguage(Injector language) {
    new RsnetStandaloneSetup().register(language);
    language.getInstance(RsnetValidator.class).register(language.getInstance(EValidatorRegistrar.class));
  }

  /**
   * Xtext logs problems it recovers from (with stack traces) through log4j; on a command line that
   * noise would hide the diagnostics, so only errors are shown, one line each. Only the console
   * appenders go: an appender someone else installed (a test harness, a build tool embedding the
   * compiler) keeps receiving what it asked for.
   */
  private static void quietXtextLogging() {
    Logger root = Logger.getRootLogger();
    for (Object appender : Collections.list(root.getAllAppenders())) {
      if (appender instanceof ConsoleAppender console) {
        root.removeAppender(console);
      }
    }
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
