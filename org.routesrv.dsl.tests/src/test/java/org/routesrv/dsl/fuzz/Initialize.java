package org.routesrv.dsl.fuzz;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The {@code initialize} handshake, with the capabilities of the client the fuzzer pretends to be. */
final class Initialize {

  /** What VS Code announces for the features RSNet's server offers. */
  static final String EDITOR_CAPABILITIES = """
      {"workspace": {"executeCommand": {}, "workspaceFolders": false, "configuration": false},
       "textDocument": {
         "synchronization": {"didSave": true},
         "hover": {"contentFormat": ["markdown", "plaintext"]},
         "documentSymbol": {"hierarchicalDocumentSymbolSupport": true},
         "rename": {"prepareSupport": true},
         "foldingRange": {},
         "semanticTokens": {"requests": {"full": true}, "tokenTypes": [], "tokenModifiers": [], "formats": ["relative"]},
         "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}},
         "completion": {"completionItem": {"snippetSupport": false}}}}
      """;

  /** A client that declares nothing, as minimal LSP clients do (issue 22, item 14). */
  static final String BARE_CAPABILITIES = "{}";

  private Initialize() {
  }

  /** Initializes and answers the server's capabilities; throws when the server does not answer. */
  static JsonObject handshake(LspConnection connection, Path workspace, String clientCapabilities) throws Exception {
    JsonObject params = new JsonObject();
    params.addProperty("processId", ProcessHandle.current().pid());
    params.addProperty("rootUri", workspace.toUri().toString());
    params.add("capabilities", JsonParser.parseString(clientCapabilities));
    JsonObject answer = connection.request("initialize", params).get(60, TimeUnit.SECONDS);
    if (!answer.has("result")) {
      throw new IllegalStateException("initialize failed: " + answer);
    }
    connection.notify("initialized", new JsonObject());
    return answer.getAsJsonObject("result").getAsJsonObject("capabilities");
  }
}
