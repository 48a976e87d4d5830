package org.routesrv.dsl.ide.server;

import org.routesrv.dsl.cli.CliExtension;

import picocli.CommandLine;

public class ServerCliExtension implements CliExtension {
  @Override
  public void addSubcommands(CommandLine rsnet) {
    rsnet.addSubcommand(new LspCommand());
  }
}
