package org.routesrv.dsl.ide.server;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rsnet lsp}: the one RSNet language server every editor talks to, on stdin/stdout. */
@Command(name = "lsp", description = "Run the RSNet language server on stdin/stdout (for editors).")
public class LspCommand implements Callable<Integer> {

  /** Standard input and output are the only transport; many LSP clients say so with --stdio. */
  @Option(names = "--stdio", description = "Talk LSP on stdin/stdout (the default and only transport).")
  boolean stdio;

  @Override
  public Integer call() throws Exception {
    LanguageServerLauncher.runOnStandardStreams();
    return 0;
  }
}
