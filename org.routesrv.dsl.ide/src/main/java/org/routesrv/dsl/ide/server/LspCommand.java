package org.routesrv.dsl.ide.server;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code rsnet lsp}: the one RSNet language server every editor talks to, on stdin/stdout. */
@Command(name = "lsp", description = "Run the RSNet language server on stdin/stdout (for editors).")
public class LspCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    LanguageServerLauncher.runOnStandardStreams();
    return 0;
  }
}
