package org.routesrv.dsl.ide;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * Services of the language as the most recently started language server holds them: the server
 * creates the language's injector through {@code RsnetIdeSetup}, which registers it globally.
 */
final class LanguageServerInternals {

  private LanguageServerInternals() {
  }

  static <T> T languageService(Class<T> type) {
    return IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createURI("any.rsnet")).get(type);
  }
}
