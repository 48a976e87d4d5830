package org.routesrv.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.routesrv.dsl.ide.build.ReparsingInPlaceBuilder;

/** Xtext's server wiring with RSNet's server in place of the generic one. */
public class RsnetServerModule extends ServerModule {

  @Override
  protected void configure() {
    super.configure();
    bind(LanguageServerImpl.class).to(RsnetLanguageServer.class);
    bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingInPlaceBuilder.class);
    bind(ILanguageServerShutdownAndExitHandler.class).to(shutdownAndExitHandler());
  }

  /** How {@code exit} ends the server: the process exits, as LSP asks of a stdio server. */
  protected Class<? extends ILanguageServerShutdownAndExitHandler> shutdownAndExitHandler() {
    return ILanguageServerShutdownAndExitHandler.DefaultImpl.class;
  }
}
