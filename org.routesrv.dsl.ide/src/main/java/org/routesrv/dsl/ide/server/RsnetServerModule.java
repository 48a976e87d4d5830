package org.routesrv.dsl.ide.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's server wiring with RSNet's server in place of the generic one. */
public class RsnetServerModule extends ServerModule {

  @Override
  protected void configure() {
    super.configure();
    bind(LanguageServerImpl.class).to(RsnetLanguageServer.class);
    bind(ILanguageServerShutdownAndExitHandler.class).to(shutdownAndExitHandler());
  }

  /** How {@code exit} ends the server: the process exits, as LSP asks of a stdio server. */
  protected Class<? extends ILanguageServerShutdownAndExitHandler> shutdownAndExitHandler() {
    return ILanguageServerShutdownAndExitHandler.DefaultImpl.class;
  }
}
