package org.routesrv.dsl.ui.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.routesrv.dsl.ui.server.RsnetServer;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/**
 * The server's RSNet commands (see the language server's RsnetCommands): the same ones VS Code's
 * "Simulate" and "Show Effective Routes" run.
 */
final class ServerCommands {

  static final String SIMULATION_REPORT = "rsnet.simulationReport";
  static final String EFFECTIVE_ROUTE_TABLE = "rsnet.effectiveRouteTable";

  private static final Gson GSON = new Gson();

  private ServerCommands() {
  }

  /** A server that dies mid-request never answers it; the caller hears of that after the timeout. */
  private static final long TIMEOUT_SECONDS = 120;

  static CompletableFuture<JsonElement> run(String command, List<Object> arguments) {
    return RsnetServer.connection().thenCompose(connection -> connection.server()
        .getWorkspaceService().executeCommand(new ExecuteCommandParams(command, arguments)))
        .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .thenApply(ServerCommands::asJson);
  }

  /** lsp4j hands an untyped result over as Gson's tree, or as plain Java values. */
  private static JsonElement asJson(Object result) {
    return result instanceof JsonElement json ? json : GSON.toJsonTree(result);
  }
}
