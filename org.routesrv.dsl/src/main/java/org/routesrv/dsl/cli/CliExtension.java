package org.routesrv.dsl.cli;

import picocli.CommandLine;

/**
 * Sub-commands contributed by modules that build on this one (the language server adds
 * {@code rsnet lsp}), found through {@link java.util.ServiceLoader} so that this module does not
 * depend on them.
 */
public interface CliExtension {
  void addSubcommands(CommandLine rsnet);
}
