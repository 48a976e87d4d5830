package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.routesrv.dsl.ide.BadInputTest.errorOf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.commands.RsnetCommands;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Requests the fuzzing campaign (seed 22) answered with internal errors or logged stack traces for:
 * rename in a network with a syntax error, rename to a name too long to be one, commands with
 * arguments of the wrong shape, and documents that were never on disk.
 */
class RenameAndCommandRefusalsTest extends LanguageServerTest {

  /** The VM's subnet deleted: Xtext's reference updater met a reference the parser never set. */
  @Test
  void renameWhileTheNetworkHasASyntaxErrorIsRefusedUntilItIsFixed() {
    String broken = HUB.replace("nic trusted hub.trusted 10.0.3.4", "nic trusted  10.0.3.4")
        + "vm web in  10.0.3.9\n";
    String uri = openModel(broken);
    ResponseError error = errorOf(documents().rename(new RenameParams(id(uri), at(uri, "route-server ars in hub", 21),
        "renamed")));
    assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error.getCode(), error.getMessage());
    assertTrue(error.getMessage().startsWith("Cannot rename while the network has syntax errors; fix the syntax errors first: "),
        error.getMessage());
    assertNull(error.getData());

    session.change(uri, session.text(uri).replace("nic trusted  10.0.3.4", "nic trusted hub.trusted 10.0.3.4")
        .replace("vm web in  10.0.3.9", "vm web in hub.trusted 10.0.3.9"));
    session.awaitDiagnostics(uri, diagnostics -> true);
    var edit = await(documents().rename(new RenameParams(id(uri), at(uri, "route-server ars in hub", 21), "renamed")));
    assertTrue(edit.getChanges().get(uri).size() >= 3, "the vnet and its references: " + edit.getChanges());
  }

  @Test
  void renameToANameLongerThanANameMayBeIsInvalidParamsWithTheReason() {
    String uri = openModel(HUB);
    String tooLong = "n".repeat(300);
    for (var at : List.of(at(uri, "nva fw1", 4), new Position(0, 9), new Position(0, 2))) {
      ResponseError error = errorOf(documents().rename(new RenameParams(id(uri), at, tooLong)));
      assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error.getMessage());
      assertTrue(error.getMessage().contains("300 characters"), error.getMessage());
      assertNull(error.getData());
    }
  }

  /**
   * Regression (issue 22, long fuzz campaign, mutant 10456): the grammar's message about a name that
   * is not one quoted the whole name, so a refusal carried a document's worth of text back.
   */
  @Test
  void aRefusedNameIsQuotedShortWhateverItsLength() {
    String uri = openModel(HUB);
    for (String notAName : List.of("n".repeat(100_000) + " x", "1" + "n".repeat(100_000), "n".repeat(50_000) + "{")) {
      ResponseError error = errorOf(documents().rename(new RenameParams(id(uri), at(uri, "nva fw1", 4), notAName)));
      assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error.getMessage());
      assertTrue(error.getMessage().length() < 500, () -> error.getMessage().length() + " characters: "
          + error.getMessage().substring(0, 200));
    }
  }

  @Test
  void commandArgumentsOfTheWrongShapeAreInvalidParamsLoggedOnceAtMost() {
    String uri = openModel(HUB);
    List<List<Object>> badArguments = List.of(
        List.of(new JsonObject()),
        List.of(JsonParser.parseString("[1, {\"a\": null}]")),
        List.of(JsonParser.parseString("17")),
        List.of(JsonParser.parseString("true"), JsonParser.parseString("\"x\"")),
        List.of(JsonParser.parseString("\"" + uri + "\""), JsonParser.parseString("\"not a position\"")),
        List.of(JsonParser.parseString("\"" + uri + "\""), JsonParser.parseString("{\"line\": \"x\", \"character\": []}")),
        List.of(JsonParser.parseString("\"" + uri + "\""), JsonParser.parseString("[\"no scenario\"]")));
    for (String command : List.of(RsnetCommands.SIMULATION_REPORT, RsnetCommands.EFFECTIVE_ROUTES,
        RsnetCommands.EFFECTIVE_ROUTE_TABLE)) {
      for (List<Object> arguments : badArguments) {
        if (command.equals(RsnetCommands.SIMULATION_REPORT) && arguments.toString().contains("not a position")) {
          continue; // a scenario's name, which this command takes
        }
        int logged = LspSession.LOGGED.size();
        ResponseError error = errorOf(session.server().getWorkspaceService()
            .executeCommand(new ExecuteCommandParams(command, arguments)));
        String what = command + " " + arguments + ": " + error.getMessage();
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), what);
        assertTrue(error.getMessage().startsWith(command + ": argument "), what);
        assertFalse(error.getMessage().contains("\n"), what);
        assertNull(error.getData(), what);
        List<String> newLines = new ArrayList<>(LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()));
        assertTrue(newLines.size() <= 1 && newLines.stream().noneMatch(line -> line.contains("\n")), what + newLines);
      }
    }
  }

  /**
   * A client may open, change and close a document it never saved, ask about one it never opened, or
   * lose its didOpen to a malformed frame; none of that is a failure of the server, and its log names
   * no exception for it (a FileNotFoundException was logged after a frame that swallowed a didOpen).
   */
  @Test
  void documentsThatAreNotOnDiskLogNoException() throws Exception {
    String network = freshNetwork();
    String unsaved = workspace.resolve(network).resolve("unsaved.rsnet").toUri().toString();
    String neverOpened = workspace.resolve(network).resolve("never-opened.rsnet").toUri().toString();
    int logged = LspSession.LOGGED.size();
    var documents = session.server().getTextDocumentService();
    documents.didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(unsaved, "rsnet", 1, "network " + network + "\nvnet hub {\n    address-space 10.0.0.0/16\n}\n")));
    session.awaitDiagnostics(unsaved, diagnostics -> true);
    documents.didClose(new DidCloseTextDocumentParams(id(unsaved)));
    session.awaitDiagnostics(unsaved, List::isEmpty);
    documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(neverOpened, 2),
        List.of(new TextDocumentContentChangeEvent("network " + network + "\n"))));
    documents.didSave(new DidSaveTextDocumentParams(id(neverOpened)));
    documents.didClose(new DidCloseTextDocumentParams(id(neverOpened)));
    for (String uri : List.of(unsaved, neverOpened, "file:///nowhere.rsnet")) {
      documents.hover(new HoverParams(id(uri), new Position(0, 0))).handle((answer, failure) -> answer)
          .get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      documents.rename(new RenameParams(id(uri), new Position(0, 9), "renamed")).handle((answer, failure) -> answer)
          .get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
    List<String> newLines = new ArrayList<>(LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()));
    assertTrue(newLines.stream().noneMatch(line -> line.contains("\n") || line.contains("Exception")),
        String.join("\n", newLines));
  }
}
