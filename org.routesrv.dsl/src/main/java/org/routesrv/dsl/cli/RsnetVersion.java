package org.routesrv.dsl.cli;

import picocli.CommandLine.IVersionProvider;

public class RsnetVersion implements IVersionProvider {

  /** The version of the RSNet jar, as Maven wrote it into the manifest; "development" when run from classes. */
  public static String version() {
    String version = RsnetVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rsnet " + version()};
  }
}
