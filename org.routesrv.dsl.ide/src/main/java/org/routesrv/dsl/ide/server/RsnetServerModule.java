package org.routesrv.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.routesrv.dsl.ide.build.ReparsingInPlaceBuilder;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's server wiring with RSNet's server in place of the generic one, documents that count lines
 * as LSP does, and a request queue that logs a failure as one line.
 */
public class RsnetServerModule extends AbstractModule {

  @Override
  protected void configure() {
    install(Modules.override(new ServerModule()).with(new AbstractModule() {
      @Override
      protected void configure() {
        bind(IRequestManager.class).to(QuietRequestManager.class);
      }
    }));
    bind(LanguageServerImpl.class).to(RsnetLanguageServer.class);
    bind(WorkspaceManager.class).to(LspDocumentsWorkspace.class);
    bind(XtextResourceSet.class).to(ServerLanguagesResourceSet.class);
    bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingInPlaceBuilder.class);
    bind(ILanguageServerShutdownAndExitHandler.class).to(shutdownAndExitHandler());
  }

  /** How {@code exit} ends the server: the process exits, as LSP asks of a stdio server. */
  protected Class<? extends ILanguageServerShutdownAndExitHandler> shutdownAndExitHandler() {
    return ILanguageServerShutdownAndExitHandler.DefaultImpl.class;
  }
}
