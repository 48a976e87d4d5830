package org.routesrv.dsl.testing;

import java.util.List;

/**
 * The JVM options with which the editors start {@code rsnet lsp} (vscode/java.js, the Eclipse
 * plug-in's ServerCommandLine, scripts/launch.sh): tests and benchmarks that start a server process
 * use them so that they measure the server users run. LauncherTest checks them against the launcher.
 */
public final class EditorServerOptions {

  public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx640m", "-XX:+ExitOnOutOfMemoryError");

  private EditorServerOptions() {
  }
}
