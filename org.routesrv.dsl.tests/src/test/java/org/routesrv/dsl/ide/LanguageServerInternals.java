package org.routesrv.dsl.ide;

/**
 * Services of the language as the test class's language server holds them. The server creates the
 * language's injector through {@code RsnetIdeSetup}, which registers it JVM-wide, but so does any
 * other setup in the test JVM (the command line's, a generator test's): the registration is taken
 * when the class's server starts, not when a test asks.
 */
final class LanguageServerInternals {

  private LanguageServerInternals() {
  }

  static <T> T languageService(Class<T> type) {
    return LanguageServerTest.language.get(type);
  }
}
