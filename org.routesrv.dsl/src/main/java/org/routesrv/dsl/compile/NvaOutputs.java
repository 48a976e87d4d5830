package org.routesrv.dsl.compile;

import java.util.List;

import org.routesrv.dsl.network.NvaVendor;

/** What compile wrote for one NVA: its configuration files and what they could not express. */
public record NvaOutputs(String nva, NvaVendor vendor, List<String> files, List<String> notes) {

  public NvaOutputs {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }
}
