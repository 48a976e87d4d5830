package org.routesrv.dsl.compile;

import java.util.List;

/** Every file {@code rsnet compile} writes for one network. */
public record CompiledNetwork(String network, List<OutputFile> files) {

  public CompiledNetwork {
    files = List.copyOf(files);
  }
}
