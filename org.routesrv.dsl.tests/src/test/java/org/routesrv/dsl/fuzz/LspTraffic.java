package org.routesrv.dsl.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * One editor session per mutant: open it, ask every request the server declares at valid and invalid
 * positions, type into it (incremental and full changes, some with positions no correct editor sends),
 * save and close it. Each answer is checked as it comes; what the server logged is checked per mutant.
 * The traffic is drawn from a generator seeded with the mutant's seed and index, so it replays too.
 */
final class LspTraffic {

  static final long HANG_MILLIS = TimeUnit.SECONDS.toMillis(Long.getLong("rsnet.fuzz.hangSeconds", 5));
  private static final long WEDGE_MILLIS = TimeUnit.SECONDS.toMillis(30);
  private static final long MEMORY_LIMIT_KILOBYTES = 1024 * 1024;

  private static final String[] VALID_NAMES = {"renamed", "fw9", "spoke-9", "a_b"};
  private static final String[] INVALID_NAMES = {"a b", "..", "", "vnet", "1x", "x.y", "\u202Eevil", "n".repeat(300)};
  private static final String[] TYPED = {"", " ", "x", "vnet", "{", "}", "\n", "\r", "\r\n", "bgp {", "10.0.0.", "/33",
      "4294967296", "//", "/*", "\u202E", "\u0085", "\u001B", "\u0000", "\uFEFF", "\uD83D\uDE00", "peer ars via eth0\n",
      "subnet s 10.0.9.0/24\n", "expect route hub.nva 0.0.0.0/0 via internet\n"};

  /** A position and how it relates to the document, which names the failure. */
  private record Spot(String kind, int line, int character, boolean valid) {
    /** What a failure's signature says of the position: whether it was one a correct editor sends. */
    String validity() {
      return valid ? "at a valid position" : "at an invalid position";
    }

    JsonObject json() {
      JsonObject position = new JsonObject();
      position.addProperty("line", line);
      position.addProperty("character", character);
      return position;
    }
  }

  private record Pending(String where, String detail, CompletableFuture<JsonObject> answer, long sentNanos, int id) {
  }

  private final FuzzedServer server;
  private final CampaignReport report;
  /** Requests for capabilities the server does not declare are sent too (a careless client's traffic). */
  private final boolean undeclaredToo;
  /** Added to every failure's request, to tell this client's failures from an editor's. */
  private final String client;
  private Mutant mutant;
  private SplittableRandom random;
  private String uri;
  private LspText document;
  private int version;
  private boolean hung;
  private boolean memoryReported;
  private JsonArray latestDiagnostics = new JsonArray();

  LspTraffic(FuzzedServer server, CampaignReport report, boolean undeclaredToo) {
    this.server = server;
    this.report = report;
    this.undeclaredToo = undeclaredToo;
    this.client = undeclaredToo ? " (client declaring no capabilities)" : "";
  }

  void run(Mutant mutant) throws Exception {
    this.mutant = mutant;
    random = new SplittableRandom(mutant.seed() * 31 + mutant.index() * 0x632BE59BD9B4E019L);
    uri = server.workspace().resolve(mutant.fileName()).toUri().toString();
    document = new LspText(mutant.text());
    version = 1;
    hung = false;
    latestDiagnostics = new JsonArray();
    try {
      Boolean inNetwork = open();
      if (!hung) {
        documentRequests(true);
      }
      if (!hung) {
        positionRequests(4);
      }
      for (int round = 0; round < 2 && !hung; round++) {
        editRound();
        if (!hung) {
          positionRequests(2);
          documentRequests(false);
        }
      }
      if (!hung) {
        save(inNetwork == null ? null : networkOracle());
      }
    } finally {
      finish();
    }
  }

  // ------------------------------------------------------------------ document lifecycle

  /** Opens the mutant; answers whether it belongs to a network (so saving it must publish), null if unknown. */
  private Boolean open() throws Exception {
    connection().track(uri);
    long before = connection().publicationCount();
    JsonObject item = new JsonObject();
    item.addProperty("uri", uri);
    item.addProperty("languageId", "rsnet");
    item.addProperty("version", version);
    item.addProperty("text", document.text());
    JsonObject params = new JsonObject();
    params.add("textDocument", item);
    connection().notify("textDocument/didOpen", params);
    if (!barrier("didOpen")) {
      return null;
    }
    expectPublication(before, "didOpen (" + lineEndings() + ")");
    Boolean inNetwork = networkOracle();
    if (Boolean.TRUE.equals(inNetwork) && !hung) {
      // Opening also runs the checks that simulate (ExpensiveDiagnostics); they publish once more.
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HANG_MILLIS);
      while (connection().publicationsSince(uri, before).size() < 2 && System.nanoTime() < deadline) {
        connection().awaitPublication(uri, connection().publicationCount(), 50);
      }
      if (connection().publicationsSince(uri, before).size() < 2) {
        report.fail(Failure.of(Failure.Kind.NO_DIAGNOSTICS, "didOpen: open-time (expensive) checks",
            "no second publication within " + HANG_MILLIS + " ms"), mutant);
      }
    }
    return inNetwork;
  }

  private void save(Boolean inNetwork) throws Exception {
    long before = connection().publicationCount();
    connection().notify("textDocument/didSave", textDocumentParams());
    if (Boolean.TRUE.equals(inNetwork)) {
      if (connection().awaitPublication(uri, before, HANG_MILLIS) == null) {
        report.fail(Failure.of(Failure.Kind.NO_DIAGNOSTICS, "didSave (" + lineEndings() + ")",
            "no diagnostics within " + HANG_MILLIS + " ms of the save"), mutant);
      }
    }
    barrier("didSave");
  }

  private void finish() throws Exception {
    connection().notify("textDocument/didClose", textDocumentParams());
    if (hung) {
      recoverFromHang();
    } else {
      // Closing is a build too; what it logs belongs to this mutant, so its end is awaited.
      JsonObject query = new JsonObject();
      query.addProperty("query", "closed");
      List<Pending> pending = new ArrayList<>();
      send(pending, "workspace/symbol", null, query, "(barrier after didClose)");
      awaitAll(pending);
      if (hung) {
        recoverFromHang();
      }
    }
    Set<String> seen = new HashSet<>();
    String log = server.drainLog();
    for (StackTraces.Trace trace : StackTraces.find(log)) {
      Failure failure = Failure.trace(Failure.Kind.STACK_TRACE, "server log", trace, StackTraces.lineNaming(log, trace));
      if (seen.add(failure.signature())) {
        report.fail(failure, mutant);
      }
    }
    if (StackTraces.find(log).isEmpty() && StackTraces.contains(log)) {
      report.fail(Failure.of(Failure.Kind.STACK_TRACE, "server log", LspConnection.abbreviate(log)), mutant);
    }
    for (String message : connection().drainServerMessages()) {
      for (StackTraces.Trace trace : StackTraces.find(message)) {
        Failure failure = Failure.trace(Failure.Kind.STACK_TRACE, "window/logMessage", trace, "");
        if (seen.add(failure.signature())) {
          report.fail(failure, mutant);
        }
      }
    }
    for (String violation : connection().drainProtocolViolations()) {
      report.fail(Failure.of(Failure.Kind.PROTOCOL, "server output", violation), mutant);
    }
    connection().forget(uri);
    long rss = server.rssKilobytes();
    report.rss(rss);
    if (rss > MEMORY_LIMIT_KILOBYTES && !memoryReported) {
      memoryReported = true;
      report.fail(Failure.of(Failure.Kind.MEMORY, "resident memory", rss / 1024 + " MB, over 1 GB"), mutant);
    }
    report.mutantDone();
  }

  /** After a hang: a server that answers nothing for 30 s more is wedged and replaced. */
  private void recoverFromHang() throws Exception {
    JsonObject query = new JsonObject();
    query.addProperty("query", "probe");
    CompletableFuture<JsonObject> probe = connection().request("workspace/symbol", query);
    try {
      probe.get(WEDGE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException wedged) {
      report.fail(Failure.of(Failure.Kind.WEDGED, "after a hang", "no answer for 30 s more; server restarted"), mutant);
      server.restart();
    }
  }

  // ------------------------------------------------------------------ requests

  private void documentRequests(boolean all) throws Exception {
    List<Pending> pending = new ArrayList<>();
    List<Runnable> requests = new ArrayList<>();
    requests.add(() -> send(pending, "textDocument/documentSymbol", "documentSymbolProvider", textDocumentParams(), ""));
    requests.add(() -> send(pending, "textDocument/foldingRange", "foldingRangeProvider", textDocumentParams(), ""));
    requests.add(() -> send(pending, "textDocument/semanticTokens/full", "semanticTokensProvider", textDocumentParams(), ""));
    requests.add(() -> send(pending, "textDocument/codeLens", "codeLensProvider", textDocumentParams(), ""));
    requests.add(() -> {
      JsonObject params = textDocumentParams();
      params.add("options", formattingOptions());
      send(pending, "textDocument/formatting", "documentFormattingProvider", params, "(" + lineEndings() + ")");
    });
    requests.add(() -> {
      JsonObject query = new JsonObject();
      query.addProperty("query", random.nextBoolean() ? "" : "hub");
      send(pending, "workspace/symbol", "workspaceSymbolProvider", query, "");
    });
    for (String command : commands()) {
      requests.add(() -> send(pending, "workspace/executeCommand", "executeCommandProvider",
          command(command, new JsonPrimitive(uri)), command + " [uri]"));
    }
    requests.add(() -> send(pending, "workspace/executeCommand", "executeCommandProvider",
        command("rsnet.simulationReport", new JsonPrimitive(uri), new JsonPrimitive("no-such-scenario")), "rsnet.simulationReport [uri, unknown scenario]"));
    requests.add(() -> send(pending, "workspace/executeCommand", "executeCommandProvider",
        command(commands().isEmpty() ? "rsnet.simulationReport" : commands().get(random.nextInt(commands().size())),
            badArgument()), "[bad arguments]"));
    requests.add(() -> send(pending, "workspace/executeCommand", "executeCommandProvider",
        command("rsnet.noSuchCommand", new JsonPrimitive(uri)), "unknown command"));
    for (int d = 0; d < Math.min(3, latestDiagnostics.size()); d++) {
      JsonObject diagnostic = latestDiagnostics.get(d).getAsJsonObject();
      requests.add(() -> send(pending, "textDocument/codeAction", "codeActionProvider",
          codeActionParams(diagnostic.getAsJsonObject("range"), latestDiagnostics), "[range of a diagnostic]"));
    }
    if (!all) {
      for (int keep = 3; requests.size() > keep; ) {
        requests.remove(random.nextInt(requests.size()));
      }
    }
    requests.forEach(Runnable::run);
    List<JsonObject> answers = awaitAll(pending);
    resolveCodeLenses(answers);
  }

  private void resolveCodeLenses(List<JsonObject> answers) throws Exception {
    if (hung || !declared("codeLensProvider") || !server.capabilities().getAsJsonObject("codeLensProvider")
        .has("resolveProvider") || !server.capabilities().getAsJsonObject("codeLensProvider").get("resolveProvider").getAsBoolean()) {
      return;
    }
    List<Pending> pending = new ArrayList<>();
    for (JsonObject answer : answers) {
      if (answer != null && answer.has("result") && answer.get("result").isJsonArray()
          && !answer.getAsJsonArray("result").isEmpty() && answer.getAsJsonArray("result").get(0).isJsonObject()
          && answer.getAsJsonArray("result").get(0).getAsJsonObject().has("range")) {
        send(pending, "codeLens/resolve", "codeLensProvider", answer.getAsJsonArray("result").get(0), "");
        break;
      }
    }
    awaitAll(pending);
  }

  private void positionRequests(int spots) throws Exception {
    List<Pending> pending = new ArrayList<>();
    for (int s = 0; s < spots && !hung; s++) {
      Spot spot = s < spots / 2 ? validSpot() : anySpot();
      List<Runnable> requests = positionRequests(pending, spot);
      for (int r = 0; r < 4; r++) {
        requests.remove(random.nextInt(requests.size())).run();
      }
    }
    awaitAll(pending);
  }

  private List<Runnable> positionRequests(List<Pending> pending, Spot spot) {
    String at = spot.validity();
    String detail = spot.kind() + " " + spot.line() + ":" + spot.character();
    List<Runnable> requests = new ArrayList<>();
    requests.add(() -> send(pending, "textDocument/completion", "completionProvider", positionParams(spot), at, detail));
    requests.add(() -> send(pending, "textDocument/hover", "hoverProvider", positionParams(spot), at, detail));
    requests.add(() -> send(pending, "textDocument/definition", "definitionProvider", positionParams(spot), at, detail));
    requests.add(() -> {
      JsonObject params = positionParams(spot);
      JsonObject context = new JsonObject();
      context.addProperty("includeDeclaration", true);
      params.add("context", context);
      send(pending, "textDocument/references", "referencesProvider", params, at, detail);
    });
    requests.add(() -> send(pending, "textDocument/documentHighlight", "documentHighlightProvider", positionParams(spot), at, detail));
    requests.add(() -> send(pending, "textDocument/signatureHelp", "signatureHelpProvider", positionParams(spot), at, detail));
    requests.add(() -> send(pending, "textDocument/prepareRename", "renameProvider", positionParams(spot), at, detail));
    requests.add(() -> {
      boolean valid = random.nextBoolean();
      String name = valid ? VALID_NAMES[random.nextInt(VALID_NAMES.length)] : INVALID_NAMES[random.nextInt(INVALID_NAMES.length)];
      JsonObject params = positionParams(spot);
      params.addProperty("newName", name);
      send(pending, "textDocument/rename", "renameProvider", params,
          (valid ? "to a valid name " : "to an invalid name ") + at, detail + ", new name '" + name + "'");
    });
    requests.add(() -> send(pending, "textDocument/codeAction", "codeActionProvider",
        codeActionParams(range(spot, spot), new JsonArray()), at, detail));
    requests.add(() -> {
      Spot end = random.nextBoolean() ? validSpot() : anySpot();
      JsonObject params = textDocumentParams();
      params.add("range", range(spot, end));
      params.add("options", formattingOptions());
      send(pending, "textDocument/rangeFormatting", "documentRangeFormattingProvider", params,
          (spot.valid() && end.valid() ? "of a valid range" : "of an invalid range") + " (" + lineEndings() + ")",
          spot.kind() + " to " + end.kind());
    });
    for (String command : commands()) {
      if (!command.equals("rsnet.simulationReport")) {
        requests.add(() -> send(pending, "workspace/executeCommand", "executeCommandProvider",
            command(command, new JsonPrimitive(uri), spot.json()), command + " [uri, position] " + at, detail));
      }
    }
    return requests;
  }

  /** Whether the document belongs to a network, by the server's own account; null when it cannot say. */
  private Boolean networkOracle() throws Exception {
    if (!commands().contains("rsnet.simulationReport")) {
      return null;
    }
    List<Pending> pending = new ArrayList<>();
    send(pending, "workspace/executeCommand", "executeCommandProvider",
        command("rsnet.simulationReport", new JsonPrimitive(uri)), "rsnet.simulationReport [uri]");
    JsonObject answer = awaitAll(pending).get(0);
    if (answer == null || !answer.has("result") || !answer.get("result").isJsonPrimitive()) {
      return null;
    }
    return !answer.get("result").getAsString().contains("not part of a network");
  }

  // ------------------------------------------------------------------ edits

  /** One burst of typing: a few changes sent back to back, after which diagnostics must come. */
  private void editRound() throws Exception {
    long before = connection().publicationCount();
    int changes = 1 + random.nextInt(3);
    String last = "";
    for (int c = 0; c < changes; c++) {
      int choice = random.nextInt(10);
      if (choice < 6) {
        Spot start = validSpot();
        Spot end = random.nextInt(3) == 0 ? validSpot() : start;
        if (end.line() < start.line() || end.line() == start.line() && end.character() < start.character()) {
          Spot swap = start;
          start = end;
          end = swap;
        }
        String typed = TYPED[random.nextInt(TYPED.length)];
        last = "didChange incremental (" + lineEndings() + ")";
        JsonObject change = new JsonObject();
        change.add("range", range(start, end));
        change.addProperty("text", typed);
        document = document.replace(start.line(), start.character(), end.line(), end.character(), typed);
        didChange(change);
      } else if (choice < 8) {
        String text = document.text();
        int cut = random.nextInt(text.length() + 1);
        String changed = random.nextBoolean() ? text.substring(0, cut) : text.substring(0, cut) + TYPED[random.nextInt(TYPED.length)] + text.substring(cut);
        document = new LspText(changed);
        last = "didChange full (" + lineEndings() + ")";
        didChange(fullChange());
      } else {
        Spot start = invalidSpot();
        JsonObject change = new JsonObject();
        change.add("range", range(start, random.nextBoolean() ? start : invalidSpot()));
        change.addProperty("text", TYPED[random.nextInt(TYPED.length)]);
        didChange(change);
        // The server's text is unknown now: the next full change brings both sides together again.
        last = "didChange full, after an incremental change at [" + start.kind() + "]";
        didChange(fullChange());
      }
    }
    if (barrier("didChange")) {
      expectPublication(before, last);
    }
  }

  private void didChange(JsonObject change) {
    JsonObject params = new JsonObject();
    JsonObject id = new JsonObject();
    id.addProperty("uri", uri);
    id.addProperty("version", ++version);
    params.add("textDocument", id);
    JsonArray changes = new JsonArray();
    changes.add(change);
    params.add("contentChanges", changes);
    connection().notify("textDocument/didChange", params);
  }

  private JsonObject fullChange() {
    JsonObject change = new JsonObject();
    change.addProperty("text", document.text());
    return change;
  }

  /**
   * A request queued behind the build of everything sent before it: once it is answered, the build
   * is done and its diagnostics, if any, were written before the answer.
   */
  private boolean barrier(String after) throws Exception {
    List<Pending> pending = new ArrayList<>();
    send(pending, "textDocument/documentSymbol", null, textDocumentParams(), "(barrier after " + after + ")");
    awaitAll(pending);
    return !hung;
  }

  private void expectPublication(long before, String where) {
    List<LspConnection.Publication> published = connection().publicationsSince(uri, before);
    if (published.isEmpty()) {
      report.fail(Failure.of(Failure.Kind.NO_DIAGNOSTICS, where, "no publishDiagnostics for version " + version), mutant);
    } else {
      latestDiagnostics = published.get(published.size() - 1).diagnostics();
    }
  }

  // ------------------------------------------------------------------ sending and checking

  private void send(List<Pending> pending, String method, String capability, JsonElement params, String where) {
    send(pending, method, capability, params, where, "");
  }

  private void send(List<Pending> pending, String method, String capability, JsonElement params, String where,
      String detail) {
    if (capability != null && !undeclaredToo && !declared(capability)) {
      return;
    }
    if (method.equals("textDocument/prepareRename") && !undeclaredToo && !(server.capabilities().get("renameProvider").isJsonObject()
        && server.capabilities().getAsJsonObject("renameProvider").has("prepareProvider"))) {
      return;
    }
    report.requestSent();
    CompletableFuture<JsonObject> answer = connection().request(method, params);
    pending.add(new Pending(method + (where.isEmpty() ? "" : " " + where) + client, detail, answer, System.nanoTime(),
        connection().lastRequestId()));
  }

  /** Every answer, or null for those that did not come within the hang limit (each a hang). */
  private List<JsonObject> awaitAll(List<Pending> pending) throws Exception {
    List<JsonObject> answers = new ArrayList<>();
    for (Pending request : pending) {
      long left = HANG_MILLIS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.sentNanos());
      JsonObject answer;
      try {
        answer = request.answer().get(Math.max(left, 1), TimeUnit.MILLISECONDS);
      } catch (TimeoutException late) {
        report.fail(Failure.of(Failure.Kind.HANG, request.where(),
            "no answer within " + HANG_MILLIS + " ms " + request.detail()), mutant);
        JsonObject cancel = new JsonObject();
        cancel.addProperty("id", request.id());
        connection().notify("$/cancelRequest", cancel);
        hung = true;
        answers.add(null);
        continue;
      }
      check(request, answer);
      answers.add(answer);
    }
    return answers;
  }

  private void check(Pending request, JsonObject answer) {
    if (!answer.has("error") || !answer.get("error").isJsonObject()) {
      return;
    }
    JsonObject error = answer.getAsJsonObject("error");
    int code = error.has("code") ? error.get("code").getAsInt() : 0;
    String message = error.has("message") ? error.get("message").getAsString() : "";
    String data = error.has("data") ? (error.get("data").isJsonPrimitive() ? error.get("data").getAsString() : error.get("data").toString()) : "";
    List<StackTraces.Trace> traces = StackTraces.find(message + "\n" + data);
    if (code == -32603) {
      StackTraces.Trace trace = traces.isEmpty() ? new StackTraces.Trace("", "") : traces.get(0);
      report.fail(Failure.trace(Failure.Kind.INTERNAL_ERROR, request.where(), trace,
          (request.detail() + ": " + message).replaceFirst("^: ", "")), mutant);
    }
    String leak = StackTraces.contains(message + "\n" + data) ? "a stack trace"
        : leaksDocument(message + "\n" + data, request.detail()) ? "the document's text" : null;
    if (leak != null) {
      report.fail(Failure.of(Failure.Kind.LEAKING_ERROR, "error answers (code " + code + ") carry " + leak,
          "first in " + request.where() + " " + request.detail()), mutant);
    }
  }

  /**
   * True when the error quotes a line of the document long enough to be more than a name. Quoting what the
   * request itself sent (a new name, which may happen to be a line of the document: long-name mutants and
   * the long invalid names are both runs of one letter, mutant 10456) is not a leak.
   */
  private boolean leaksDocument(String errorText, String sent) {
    for (int line = 0; line < Math.min(document.lineCount(), 2_000); line++) {
      int start = document.offset(line, 0);
      String content = document.text().substring(start, start + document.lineLength(line)).trim();
      if (content.length() >= 24 && errorText.contains(content) && !sent.contains(content)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ positions and parameters

  private Spot validSpot() {
    int line = random.nextInt(document.lineCount());
    int length = document.lineLength(line);
    return switch (random.nextInt(6)) {
      case 0 -> new Spot("end of line", line, length, true);
      case 1 -> new Spot("end of document", document.lineCount() - 1, document.lineLength(document.lineCount() - 1), true);
      default -> new Spot("inside", line, random.nextInt(length + 1), true);
    };
  }

  private Spot invalidSpot() {
    int line = random.nextInt(document.lineCount());
    return switch (random.nextInt(5)) {
      case 0 -> new Spot("past end of line", line, document.lineLength(line) + 1 + random.nextInt(5), false);
      case 1 -> new Spot("past end of document", document.lineCount() + random.nextInt(3), random.nextInt(3), false);
      case 2 -> new Spot("negative line", -1 - random.nextInt(3), 0, false);
      case 3 -> new Spot("negative character", line, -1 - random.nextInt(3), false);
      default -> new Spot("huge", Integer.MAX_VALUE, Integer.MAX_VALUE, false);
    };
  }

  private Spot anySpot() {
    return random.nextBoolean() ? validSpot() : invalidSpot();
  }

  private String lineEndings() {
    String text = document.text();
    boolean loneCr = text.matches("(?s).*\r(?!\n).*");
    boolean crlf = text.contains("\r\n");
    return loneCr ? (crlf || text.replace("\r\n", "").contains("\n") ? "mixed line endings" : "CR line endings")
        : crlf ? "CRLF line endings" : "LF line endings";
  }

  private JsonObject textDocumentParams() {
    JsonObject params = new JsonObject();
    JsonObject id = new JsonObject();
    id.addProperty("uri", uri);
    params.add("textDocument", id);
    return params;
  }

  private JsonObject positionParams(Spot spot) {
    JsonObject params = textDocumentParams();
    params.add("position", spot.json());
    return params;
  }

  private static JsonObject range(Spot start, Spot end) {
    JsonObject range = new JsonObject();
    range.add("start", start.json());
    range.add("end", end.json());
    return range;
  }

  private JsonObject codeActionParams(JsonObject range, JsonArray diagnostics) {
    JsonObject params = textDocumentParams();
    params.add("range", range);
    JsonObject context = new JsonObject();
    context.add("diagnostics", diagnostics);
    params.add("context", context);
    return params;
  }

  private static JsonObject formattingOptions() {
    JsonObject options = new JsonObject();
    options.addProperty("tabSize", 4);
    options.addProperty("insertSpaces", true);
    return options;
  }

  private static JsonObject command(String command, JsonElement... arguments) {
    JsonObject params = new JsonObject();
    params.addProperty("command", command);
    JsonArray list = new JsonArray();
    for (JsonElement argument : arguments) {
      list.add(argument);
    }
    params.add("arguments", list);
    return params;
  }

  private JsonElement badArgument() {
    return switch (random.nextInt(4)) {
      case 0 -> new JsonPrimitive(42);
      case 1 -> new JsonPrimitive("file:///nowhere/at-all.rsnet");
      case 2 -> new JsonPrimitive("not a uri at all \u202E");
      default -> new JsonObject();
    };
  }

  private List<String> commands() {
    JsonElement provider = server.capabilities().get("executeCommandProvider");
    if (provider == null || !provider.isJsonObject() || !provider.getAsJsonObject().has("commands")) {
      return undeclaredToo ? List.of("rsnet.simulationReport", "rsnet.effectiveRoutes", "rsnet.effectiveRouteTable") : List.of();
    }
    List<String> commands = new ArrayList<>();
    provider.getAsJsonObject().getAsJsonArray("commands").forEach(c -> commands.add(c.getAsString()));
    return commands;
  }

  private boolean declared(String capability) {
    JsonElement value = server.capabilities().get(capability);
    return value != null && !value.isJsonNull() && !(value.isJsonPrimitive() && !value.getAsBoolean());
  }

  private LspConnection connection() {
    return server.connection();
  }
}
