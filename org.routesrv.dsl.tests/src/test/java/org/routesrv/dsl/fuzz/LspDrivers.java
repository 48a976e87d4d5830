package org.routesrv.dsl.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonObject;

/**
 * The two ways the campaign drives the language server: in this JVM, and as the {@code rsnet lsp}
 * process editors start, which also gets malformed frames and has its memory measured.
 */
final class LspDrivers {

  private LspDrivers() {
  }

  /**
   * Mutants {@code [from, from + count)} through one in-process server; first, a client that declares
   * no capabilities at all sends every request once (issue 22, item 14).
   */
  static void inProcess(MutantGenerator generator, int from, int count, Path workspace, CampaignReport report)
      throws Exception {
    if (count == 0) {
      return;
    }
    try (InProcessServer bare = new InProcessServer(workspace, Initialize.BARE_CAPABILITIES)) {
      new LspTraffic(bare, report, true).run(generator.mutant(from));
    }
    try (InProcessServer server = new InProcessServer(workspace, Initialize.EDITOR_CAPABILITIES)) {
      LspTraffic traffic = new LspTraffic(server, report, false);
      for (int index = from; index < from + count; index++) {
        traffic.run(generator.mutant(index));
      }
      String unclean = server.shutdown();
      if (unclean != null) {
        report.fail(Failure.of(Failure.Kind.WEDGED, "shutdown", unclean), null);
      }
    }
  }

  /** Mutants {@code [from, from + count)} through one {@code rsnet lsp} process, a malformed frame after each. */
  static void process(MutantGenerator generator, int from, int count, Path workspace, CampaignReport report)
      throws Exception {
    if (count == 0) {
      return;
    }
    ServerProcess server = new ServerProcess(workspace);
    try {
      LspTraffic traffic = new LspTraffic(server, report, false);
      int frames = 0;
      for (int index = from; index < from + count; index++) {
        traffic.run(generator.mutant(index));
        malformedFrame(server, generator.seed(), frames++, report);
      }
    } finally {
      String unclean = server.shutdown();
      if (unclean != null) {
        report.fail(Failure.of(Failure.Kind.WEDGED, "shutdown and exit", unclean), null);
      }
    }
  }

  /** Sends frame number {@code k} of the rotation; the server must answer a normal request after it. */
  private static void malformedFrame(ServerProcess server, long seed, int k, CampaignReport report) throws Exception {
    List<MalformedFrames.Frame> frames = MalformedFrames.all(new SplittableRandom(seed + k));
    MalformedFrames.Frame frame = frames.get(k % frames.size());
    server.connection().sendRaw(frame.bytes());
    String where = "after malformed frame '" + frame.name() + "'";
    String which = "frame " + k + " of seed " + seed;
    boolean answered = answersAgain(server.connection());
    String log = server.drainLog();
    for (StackTraces.Trace trace : StackTraces.find(log)) {
      report.fail(Failure.trace(Failure.Kind.STACK_TRACE, "server log " + where, trace, which), null);
    }
    if (!answered) {
      report.fail(Failure.of(Failure.Kind.WEDGED, where, "two normal requests unanswered, server restarted; " + which),
          null);
      server.restart();
    }
    server.connection().drainProtocolViolations();
  }

  /**
   * True when one of two well-formed requests, sent together, is answered in time: a frame that
   * claimed too many bytes may swallow the first, a server that resynchronises answers the second.
   */
  private static boolean answersAgain(LspConnection connection) throws Exception {
    JsonObject query = new JsonObject();
    query.addProperty("query", "alive");
    CompletableFuture<JsonObject> first = connection.request("workspace/symbol", query);
    CompletableFuture<JsonObject> second = connection.request("workspace/symbol", query);
    try {
      CompletableFuture.anyOf(first, second).get(LspTraffic.HANG_MILLIS, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException unanswered) {
      return false;
    }
  }
}
