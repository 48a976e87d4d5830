package org.routesrv.dsl.cli;

import picocli.CommandLine.Option;

/** --network and --scenario, shared by the commands that simulate one network. */
class NetworkSelection {
  @Option(names = "--network", paramLabel = "NAME", description = "The network to use when FILES hold several.")
  String network;

  @Option(names = "--scenario", paramLabel = "NAME", description = "Apply this scenario's events to the baseline first.")
  String scenario;
}
