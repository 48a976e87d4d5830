package org.routesrv.dsl.fuzz;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.routesrv.dsl.testing.SmallModels;

import com.google.gson.JsonObject;

/** A running language server as the fuzzer drives it: in this JVM or as its own process. */
abstract class FuzzedServer implements AutoCloseable {

  private final Path workspace;
  private LspConnection connection;
  private JsonObject capabilities;
  private boolean ended;

  FuzzedServer(Path workspace) {
    this.workspace = workspace;
  }

  /** Talks to a freshly started server through {@code connection}, introduced as {@code clientCapabilities}. */
  void connect(LspConnection newConnection, String clientCapabilities) throws Exception {
    connection = newConnection;
    capabilities = Initialize.handshake(newConnection, workspace, clientCapabilities);
    warmUp();
  }

  /**
   * One valid model opened, asked about and closed before the mutants, without a time limit: a cold
   * JVM loads and compiles for seconds, which is not a hang.
   */
  private void warmUp() throws Exception {
    String uri = workspace.resolve("warm-up.rsnet").toUri().toString();
    JsonObject item = new JsonObject();
    item.addProperty("uri", uri);
    item.addProperty("languageId", "rsnet");
    item.addProperty("version", 1);
    item.addProperty("text", SmallModels.hubWithFrrNva("warm.up"));
    JsonObject open = new JsonObject();
    open.add("textDocument", item);
    connection.notify("textDocument/didOpen", open);
    JsonObject document = new JsonObject();
    JsonObject id = new JsonObject();
    id.addProperty("uri", uri);
    document.add("textDocument", id);
    JsonObject hover = document.deepCopy();
    JsonObject position = new JsonObject();
    position.addProperty("line", 11);
    position.addProperty("character", 10);
    hover.add("position", position);
    connection.request("textDocument/documentSymbol", document).get(2, TimeUnit.MINUTES);
    connection.request("textDocument/hover", hover).get(2, TimeUnit.MINUTES);
    connection.notify("textDocument/didClose", document);
  }

  LspConnection connection() {
    return connection;
  }

  /** The server's capabilities, as its answer to {@code initialize} declared them. */
  JsonObject capabilities() {
    return capabilities;
  }

  Path workspace() {
    return workspace;
  }

  /** What the server logged (stderr, its loggers) since the last call. */
  abstract String drainLog();

  /** The server's resident memory in kilobytes; -1 when it shares this JVM. */
  abstract long rssKilobytes();

  /** Ends this server however it is (possibly wedged) and starts a fresh one. */
  abstract void restart() throws Exception;

  /** Sends {@code shutdown} and {@code exit}, once; returns why the server did not end cleanly, or null. */
  final String shutdown() throws Exception {
    if (ended) {
      return null;
    }
    ended = true;
    return endOnce();
  }

  abstract String endOnce() throws Exception;

  @Override
  public void close() throws Exception {
    shutdown();
  }
}
