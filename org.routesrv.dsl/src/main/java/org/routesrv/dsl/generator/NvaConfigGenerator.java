package org.routesrv.dsl.generator;

import java.util.List;

/** One configuration format for one vendor's NVA. */
public interface NvaConfigGenerator {

  /** What follows the NVA's name in the file name, e.g. {@code frr.conf}. */
  String fileSuffix();

  String generate(NvaConfigInput input);

  /**
   * What the model asks for that this format cannot express, one sentence each; the config repeats
   * them as comments and the report lists them.
   */
  List<String> notes(NvaConfigInput input);
}
