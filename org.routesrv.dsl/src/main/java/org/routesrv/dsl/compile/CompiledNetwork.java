package org.routesrv.dsl.compile;

import java.util.List;

/**
 * Every file {@code rsnet compile} writes for one network, and what the NVA configurations among them could not
 * express ({@code leftOut}: one sentence each, naming the NVA and its files; each is also in the file's header).
 */
public record CompiledNetwork(String network, List<OutputFile> files, List<String> leftOut) {

  public CompiledNetwork {
    files = List.copyOf(files);
    leftOut = List.copyOf(leftOut);
  }
}
