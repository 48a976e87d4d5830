package org.routesrv.dsl.cli;

import java.util.List;

import picocli.CommandLine.Parameters;

/** The FILES argument every model command takes: .rsnet files, or folders searched recursively. */
public class ModelInputs {
  @Parameters(arity = "1..*", paramLabel = "FILES",
      description = ".rsnet files, or folders searched recursively; files with the same network name form one model.")
  List<String> paths;
}
