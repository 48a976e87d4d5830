package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.ide.commands.RsnetCommands;

/**
 * What editors send besides well-formed requests on well-formed text: positions past a line, past
 * the document or negative, empty documents, lone {@code \r} line endings, names the grammar cannot
 * write, commands that do not exist. None of it is an internal error (issue 22).
 */
class BadInputTest extends LanguageServerTest {

  /** Every request that takes a position, by name. */
  private static Map<String, Function<Position, CompletableFuture<?>>> positionRequests(String uri) {
    Map<String, Function<Position, CompletableFuture<?>>> requests = new LinkedHashMap<>();
    requests.put("hover", at -> documents().hover(new HoverParams(id(uri), at)));
    requests.put("completion", at -> documents().completion(new CompletionParams(id(uri), at)));
    requests.put("definition", at -> documents().definition(new DefinitionParams(id(uri), at)));
    requests.put("references", at -> documents().references(new ReferenceParams(id(uri), at, new ReferenceContext(true))));
    requests.put("documentHighlight", at -> documents().documentHighlight(new DocumentHighlightParams(id(uri), at)));
    requests.put("prepareRename", at -> documents().prepareRename(new PrepareRenameParams(id(uri), at)));
    requests.put("rename", at -> documents().rename(new RenameParams(id(uri), at, "renamed")));
    requests.put("signatureHelp", at -> documents().signatureHelp(new SignatureHelpParams(id(uri), at)));
    requests.put("codeAction", at -> documents().codeAction(new CodeActionParams(id(uri), new Range(at, at),
        new CodeActionContext(List.of(new Diagnostic(new Range(at, at), "stale"))))));
    requests.put("effectiveRoutes command", at -> session.server().getWorkspaceService().executeCommand(
        new ExecuteCommandParams(RsnetCommands.EFFECTIVE_ROUTES, List.of(uri, at))));
    return requests;
  }

  private static void answersEveryRequestAt(String uri, Position position) {
    positionRequests(uri).forEach((request, send) -> {
      try {
        send.apply(position).get(LspSession.TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        // Rename refuses to run while the document has a syntax error; that refusal is its answer.
        boolean refusedRename = request.equals("rename") && e.getCause() instanceof ResponseErrorException refusal
            && refusal.getResponseError().getCode() == ResponseErrorCode.InvalidRequest.getValue();
        if (!refusedRename) {
          fail(request + " at " + position.getLine() + ":" + position.getCharacter() + " failed: " + e.getCause());
        }
      }
    });
  }

  @Test
  void positionsPastTheLineTheDocumentOrBeforeItAreClampedForEveryRequest() {
    String uri = openModel(HUB);
    for (Position outside : List.of(new Position(1, 500), new Position(5000, 3), new Position(-1, -5),
        new Position(2, -1), new Position(Integer.MAX_VALUE, Integer.MAX_VALUE))) {
      answersEveryRequestAt(uri, outside);
    }
  }

  /**
   * Hover and code actions threw IndexOutOfBoundsException at positions inside half-typed documents;
   * every request is tried at every 17th position of the hub cut short at six places, with
   * {@code \n}, {@code \r\n} and {@code \r} line ends.
   */
  @Test
  void everyRequestAnswersInsideHalfTypedDocuments() {
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      for (int cut = 1; cut <= 6; cut++) {
        String body = HUB.substring(0, cut * HUB.length() / 6 - 3).replace("\n", lineEnd);
        String uri = openModel(body);
        String text = session.text(uri);
        for (int offset = 0; offset <= text.length(); offset += 17) {
          answersEveryRequestAt(uri, positionOf(text, offset));
        }
      }
    }
  }

  private static Position positionOf(String text, int offset) {
    org.eclipse.xtext.ide.server.Document reference = new org.routesrv.dsl.ide.text.LspDocument(1, text);
    return reference.getPosition(offset);
  }

  @Test
  void navigationInAnEmptyDocumentOrOneWithoutANetworkAnswersNothing() {
    for (String text : List.of("", "// only a comment\n", "\n\n", "vnet hub {\n    address-space 10.0.0.0/16\n}\n")) {
      String uri = session.open("no-network/" + freshNetwork() + ".rsnet", text);
      session.awaitDiagnostics(uri, diagnostics -> true);
      answersEveryRequestAt(uri, new Position(0, 0));
      answersEveryRequestAt(uri, new Position(1, 2));
    }
  }

  @Test
  void incrementalEditsBelowALoneCarriageReturnReachTheServer() {
    String network = freshNetwork();
    String text = "network " + network + "\rvnet hub {\r    address-space 10.0.0.0/16\r"
        + "    subnet app 10.0.1.0/24\r}\rvm v1 in hub.ap 10.0.1.4\r";
    String uri = session.open(network + "/cr.rsnet", text);
    List<Diagnostic> errors = session.awaitDiagnostics(uri, list -> !list.isEmpty());
    assertEquals(new Range(new Position(5, 9), new Position(5, 15)), errors.get(0).getRange(),
        "the error on 'hub.ap', lines counted at each \\r");
    Position afterAp = new Position(5, 15);
    session.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(new Range(afterAp, afterAp), "p"))));
    session.awaitDiagnostics(uri, List::isEmpty);
    var definition = await(documents().definition(new DefinitionParams(id(uri), new Position(5, 13)))).getLeft();
    assertEquals(new Range(new Position(3, 11), new Position(3, 14)), definition.get(0).getRange(), "subnet app");
    var hover = await(documents().hover(new HoverParams(id(uri), new Position(5, 13))));
    assertEquals(new Range(new Position(5, 9), new Position(5, 16)), hover.getRange(), "the reference hub.app");
  }

  @Test
  void renameToANameTheGrammarCannotWriteIsRefusedWithTheReason() {
    String uri = openModel(HUB);
    for (String invalid : List.of("a b", "..", "", "fw-1!", "hub.app")) {
      ResponseError error = errorOf(documents().rename(new RenameParams(id(uri), at(uri, "nva fw1", 4), invalid)));
      assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), invalid + ": " + error.getMessage());
      assertTrue(error.getMessage().startsWith("Cannot rename to '" + invalid + "': "), error.getMessage());
      assertNull(error.getData());
    }
    var edit = await(documents().rename(new RenameParams(id(uri), at(uri, "nva fw1", 4), "fw9")));
    assertFalse(edit.getChanges().isEmpty(), "a valid name still renames");
  }

  @Test
  void renameOfANicWhoseRouteServerIsNamedAfterAKeywordRenamesIt() {
    String uri = openModel("""
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet nva 10.0.2.0/24
        }
        route-server advertise in hub
        nva edge vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer advertise via eth0
                advertise 172.16.0.0/12
            }
        }
        """);
    var edit = await(documents().rename(new RenameParams(id(uri), at(uri, "via eth0", 8), "spoke-9")));
    assertEquals(3, edit.getChanges().get(uri).size(), edit.toString());
    var vnet = await(documents().rename(new RenameParams(id(uri), at(uri, "vnet hub", 6), "fw9")));
    assertEquals(3, vnet.getChanges().get(uri).size(), vnet.toString());
    var server = await(documents().rename(new RenameParams(id(uri), at(uri, "route-server advertise", 14), "ars2")));
    assertEquals(2, server.getChanges().get(uri).size(), server.toString());
  }

  @Test
  void renameOfTheNetworkAcceptsADottedName() {
    String uri = openModel(HUB);
    var edit = await(documents().rename(new RenameParams(id(uri), new Position(0, 9), "contoso.hub")));
    assertEquals("contoso.hub", edit.getChanges().get(uri).get(0).getNewText());
  }

  @Test
  void prepareRenameAnswersNullWhereNothingCanBeRenamed() {
    String uri = openModel(HUB);
    for (Position keyword : List.of(at(uri, "vnet hub", 1), at(uri, "address-space", 3), at(uri, "10.0.0.0/16", 2),
        at(uri, "{", 0))) {
      assertNull(await(documents().prepareRename(new PrepareRenameParams(id(uri), keyword))), keyword.toString());
    }
  }

  @Test
  void anUnknownCommandIsMethodNotFound() {
    ResponseError error = errorOf(session.server().getWorkspaceService()
        .executeCommand(new ExecuteCommandParams("rsnet.noSuchCommand", List.of())));
    assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getCode());
    assertTrue(error.getMessage().contains(RsnetCommands.SIMULATION_REPORT), error.getMessage());
  }

  @Test
  void aCommandFromAClientWithoutTheCapabilityIsMethodNotFound(@TempDir Path otherWorkspace) throws Exception {
    try (LspSession withoutCommands = LspSession.start(otherWorkspace, capabilities -> capabilities.getWorkspace()
        .setExecuteCommand(null))) {
      ResponseError error = errorOf(withoutCommands.server().getWorkspaceService()
          .executeCommand(new ExecuteCommandParams(RsnetCommands.SIMULATION_REPORT, List.of("file:///x.rsnet"))));
      assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getCode());
      assertTrue(error.getMessage().contains("did not declare workspace.executeCommand"), error.getMessage());
    }
  }

  /**
   * Regression (issue 22): a second server in the same JVM re-registered the language JVM-wide, and
   * the first server then parsed with the second one's grammar; completion at the end of a name or a
   * prefix failed inside Xtext's content-assist parser (a NullPointerException logged per request,
   * 862 in one run of this class). Completion is asked at every position of the hub after a second
   * server has started, and nothing may be logged.
   */
  @Test
  void aSecondServerInTheSameJvmLeavesCompletionWorking(@TempDir Path otherWorkspace) throws Exception {
    try (LspSession second = LspSession.start(otherWorkspace)) {
      String secondUri = second.open("other.rsnet", "network other\n");
      second.awaitDiagnostics(secondUri, diagnostics -> true);
      String uri = openModel(HUB.substring(0, HUB.indexOf("route-server")));
      String text = session.text(uri);
      int logged = LspSession.LOGGED.size();
      int withProposals = 0;
      for (int offset = 0; offset <= text.length(); offset++) {
        var completion = await(documents().completion(new CompletionParams(id(uri), positionOf(text, offset))));
        withProposals += completion.isRight() && !completion.getRight().getItems().isEmpty() ? 1 : 0;
      }
      assertEquals(List.of(), LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()));
      assertTrue(withProposals > text.length() / 2, withProposals + " of " + text.length() + " positions had proposals");
    }
  }

  /**
   * Regression (issue 22, fuzz mutant 413 of seed 22): a client that sent a byte order mark got
   * positions one off from the parser's, and completion on the first line failed inside Xtext
   * ("offset -1 is < 0", logged, no proposals). Diagnostics land where they land without the mark.
   */
  @Test
  void aByteOrderMarkFromTheClientKeepsPositionsAndCompletion() {
    String network = freshNetwork();
    String body = "network " + network + "\nvnet hub {\n    adress-space 10.0.0.0/16\n}\n";
    String withMark = session.open(network + "/with-mark.rsnet", "\uFEFF" + body);
    List<Diagnostic> marked = session.awaitDiagnostics(withMark, diagnostics -> !diagnostics.isEmpty());
    String withoutMark = session.open(network + "-plain/plain.rsnet", body.replace(network, network + "plain"));
    List<Diagnostic> plain = session.awaitDiagnostics(withoutMark, diagnostics -> !diagnostics.isEmpty());
    assertEquals(plain.get(0).getRange(), marked.get(0).getRange());
    int logged = LspSession.LOGGED.size();
    String firstLine = "\uFEFFnetwork " + network;
    for (int character = 0; character <= firstLine.length(); character++) {
      await(documents().completion(new CompletionParams(id(withMark), new Position(0, character))));
    }
    assertEquals(List.of(), LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()));
  }

  /**
   * Regression (issue 22, long fuzz campaign, mutant 10314 of seed 22): a header that names the
   * network with an address left an empty name, which scoping handed Xtext as a namespace; the
   * simulation commands and code lenses answered with internal errors.
   */
  @Test
  void aNetworkHeaderWithoutANameIsNoInternalError() {
    String uri = session.open("headless/m10314.rsnet", """
        network 10.0.2.0/24
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet nva small.frr-m10314
        65001
        route-server ars in hub
        nva edge via frr asn } {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            static 10.0.1.0/26 vendor eth0
            bgp {
                peer ars via eth0
                advertise 172.16.0.0/12
            }
        }
        """);
    session.awaitDiagnostics(uri, diagnostics -> !diagnostics.isEmpty());
    int logged = LspSession.LOGGED.size();
    for (Position at : List.of(new Position(5, 24), new Position(3, 5), new Position(0, 9))) {
      answersEveryRequestAt(uri, at);
    }
    await(documents().codeLens(new org.eclipse.lsp4j.CodeLensParams(id(uri))));
    assertEquals(List.of(), LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()));
  }

  /**
   * Regression (issue 22, long fuzz campaign, mutants 1690 and 4805 of seed 22): Xtext computes a
   * completion's contexts on a thread pool whose tasks share one lexer, and checks proposals with
   * lexers that every request shares; under concurrent requests completion failed inside the lexer
   * or with negative offsets. Completion is asked at every position of a file with a byte order
   * mark, from eight threads at once, twice.
   */
  @Test
  void completionsAskedAtOnceFromManyThreadsAllAnswer() throws Exception {
    String network = freshNetwork();
    String uri = session.open(network + "/bom.rsnet", "\uFEFFnetwork " + network + "\n" + HUB);
    session.awaitDiagnostics(uri, diagnostics -> true);
    String text = session.text(uri);
    int logged = LspSession.LOGGED.size();
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<?>> answers = new java.util.ArrayList<>();
      for (int offset = 0; offset <= 2 * text.length(); offset++) {
        Position at = positionOf(text, offset % (text.length() + 1));
        answers.add(CompletableFuture.supplyAsync(() -> documents().completion(new CompletionParams(id(uri), at)), clients)
            .thenCompose(answer -> answer));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(LspSession.TIMEOUT.toSeconds(),
          java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      clients.shutdownNow();
    }
    assertEquals(List.of(), LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()));
  }

  @Test
  void formattingADocumentWithSyntaxErrorsChangesNothing() {
    String nestedBgp = "nva fw1 vendor frr asn 65001 {\n  bgp {\n    bgp {\n  peer x via y\n}\n";
    String truncated = HUB.substring(0, HUB.indexOf("advertise 0.0.0.0/0 prepend"));
    // The slips the grammar parses on purpose (# comments, ;, =) are syntax errors too.
    String slips = "# hub\nvnet hub { address-space 10.0.0.0/16; }\nnva fw vendor frr asn = 65001\n";
    int logged = LspSession.LOGGED.size();
    for (String body : List.of(nestedBgp, truncated, "vnet {{{{ }", "\u202e\u0085 vnet", slips)) {
      String uri = openModel(body);
      var edits = await(documents().formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(4, true))));
      assertTrue(edits.isEmpty(), body + ": " + edits);
    }
    List<String> formatterFailures = LspSession.LOGGED.subList(logged, LspSession.LOGGED.size()).stream()
        .filter(line -> line.contains("ITextReplacer")).toList();
    assertEquals(List.of(), formatterFailures, "the formatter was not asked to lay out what it cannot");
  }

  /** The error a request was answered with; fails if it succeeded. */
  static ResponseError errorOf(CompletableFuture<?> request) {
    try {
      Object answer = request.get(LspSession.TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      throw new AssertionError("expected an error answer, got " + answer);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof ResponseErrorException answer) {
        return answer.getResponseError();
      }
      throw new AssertionError(e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
