package org.routesrv.dsl.ui.server;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.Platform;
import org.routesrv.dsl.ui.RsnetUiPlugin;

/**
 * How the language server is started: {@code java -jar server/rsnet.jar lsp}, the same jar and
 * command as in VS Code, Neovim or any other client. It runs on the workbench's own Java: Eclipse
 * 4.39 needs Java 21, and so does the server, so no second JDK has to be found.
 */
final class ServerCommandLine {

  private ServerCommandLine() {
  }

  static List<String> command() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable().toString());
    // Guice 7 warns about sun.misc.Unsafe on Java 23+; the option does not exist on 21.
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.add("-XX:+UseSerialGC");
    // Bounded as `rsnet lsp` bounds it: unbounded, a long session grew the heap to gigabytes. Out of
    // memory it exits, and the plug-in starts a new server with the open editors' text.
    command.add("-Xmx" + System.getProperty("rsnet.server.maxHeap", "640m"));
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-jar");
    command.add(serverJar().toString());
    command.add("lsp");
    return command;
  }

  static Path javaExecutable() {
    String executable = File.separatorChar == '\\' ? "java.exe" : "java";
    return Path.of(System.getProperty("java.home"), "bin", executable);
  }

  /** The jar inside the plug-in; a jarred plug-in has it extracted to a cache by the platform. */
  static Path serverJar() throws IOException {
    URL entry = Platform.getBundle(RsnetUiPlugin.ID).getEntry("server/rsnet.jar");
    if (entry == null) {
      throw new IOException("The RSNet plug-in was built without its language server (server/rsnet.jar).");
    }
    try {
      return Path.of(URIUtil.toURI(FileLocator.toFileURL(entry)));
    } catch (URISyntaxException e) {
      throw new IOException("The RSNet plug-in's language server has no usable path: " + entry, e);
    }
  }
}
