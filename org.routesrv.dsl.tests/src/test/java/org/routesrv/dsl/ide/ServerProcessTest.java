package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.Repository;

import com.google.gson.JsonParser;

/**
 * {@code rsnet lsp} from the self-contained jar, as editors start it: stdout carries nothing but LSP
 * messages, the server answers, and it exits with 0 after {@code shutdown} and {@code exit}.
 */
class ServerProcessTest {

  private static final Pattern HEADER = Pattern.compile("Content-Length: (\\d+)\r\n\r\n");

  @TempDir Path workspace;

  @Test
  void stdoutCarriesOnlyLspMessagesAndExitIsClean() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Path stderr = workspace.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    LspSession session = LspSession.startProcess(workspace,
        List.of(java, "-jar", Repository.cliJar().toString(), "lsp"), stdout, stderr);
    String uri = session.open("broken.rsnet", "network n\nvnet hub {\n    address-space 10.0.0.0/16\n    subnett s\n}\n");
    List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, list -> !list.isEmpty());
    assertEquals(3, diagnostics.get(0).getRange().getStart().getLine());
    assertTrue(LspSession.await(session.server().getTextDocumentService()
        .hover(new HoverParams(LanguageServerTest.id(uri), session.positionOf(uri, "vnet", 1)))) != null);
    session.close();
    assertEquals(0, session.process().exitValue(), Files.readString(stderr));

    List<String> messages = frames(stdout.toByteArray());
    assertTrue(messages.size() >= 3, "initialize, diagnostics, hover, shutdown answers: " + messages);
    messages.forEach(message -> assertEquals("2.0",
        JsonParser.parseString(message).getAsJsonObject().get("jsonrpc").getAsString()));
    assertFalse(Files.readString(stderr).contains("Exception"), Files.readString(stderr));
  }

  /**
   * Regression: one frame whose Content-Length was wrong wedged the server for good, so that it then
   * ignored even {@code shutdown} and {@code exit}. Too long, not a number, too short: each frame is
   * dropped or read as far as its JSON goes, and the next frame is answered. Error answers carry no
   * stack trace, and stderr gets none either.
   */
  @Test
  void aFrameWithAWrongContentLengthDoesNotWedgeTheServer() throws Exception {
    Path stderr = workspace.resolve("stderr.txt");
    BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    Process server = startServer(stderr, answers);
    var toServer = server.getOutputStream();
    String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
        + "\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}";
    send(toServer, frame(initialize));
    assertTrue(awaitAnswer(answers, 1).contains("capabilities"));
    String symbols = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"x\"}}";
    send(toServer, "Content-Length: 100000\r\n\r\n" + symbols);
    awaitAnswer(answers, 2);
    send(toServer, "Content-Length: twelve\r\n\r\n" + symbols.replace("\"id\":2", "\"id\":3"));
    send(toServer, "Content-Length: 20\r\n\r\n" + symbols.replace("\"id\":2", "\"id\":4"));
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"workspace/executeCommand\","
        + "\"params\":{\"command\":\"rsnet.noSuchCommand\",\"arguments\":[]}}"));
    var error = JsonParser.parseString(awaitAnswer(answers, 6)).getAsJsonObject().getAsJsonObject("error");
    assertEquals(-32601, error.get("code").getAsInt(), error.toString());
    assertFalse(error.has("data"), "an error answer carries no stack trace: " + error);
    String open = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{"
        + "\"uri\":\"" + workspace.toUri() + "a.rsnet\",\"languageId\":\"rsnet\",\"version\":1,\"text\":\"network a\\n\"}}}";
    send(toServer, frame(open));
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}"));
    awaitAnswer(answers, 5);
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
    assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server exits after 'exit'");
    assertEquals(0, server.exitValue(), Files.readString(stderr));
    String log = Files.readString(stderr);
    assertFalse(log.contains("\tat "), "one line per problem, no stack trace: " + log);
  }

  /**
   * Regression: a client with no folder open (VS Code given a single file) sends no root and no
   * workspace folders, and {@code initialize} failed with an internal error; a request for a method
   * nobody serves was one too. Now the open document is checked, the unknown method is
   * MethodNotFound, and a message that is not JSON-RPC is logged by what was wrong with it, with no
   * Java exception named in the log.
   */
  @Test
  void aClientWithNoFolderOpenIsServedAndUnknownMethodsAreMethodNotFound() throws Exception {
    Path stderr = workspace.resolve("stderr.txt");
    BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    Process server = startServer(stderr, answers);
    var toServer = server.getOutputStream();
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
        + "\"rootUri\":null,\"capabilities\":{}}}"));
    assertTrue(awaitAnswer(answers, 1).contains("capabilities"));
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"));
    String uri = workspace.resolve("single.rsnet").toUri().toString();
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{"
        + "\"uri\":\"" + uri + "\",\"languageId\":\"rsnet\",\"version\":1,\"text\":\"network n\\nvnet hub {\\n  subnett s\\n}\\n\"}}}"));
    String diagnostics = awaitMessage(answers, "publishDiagnostics");
    assertTrue(diagnostics.contains("subnett"), diagnostics);
    send(toServer, "Content-Length: 2\r\n\r\n[]");
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"rsnet/noSuchMethod\"}"));
    var error = JsonParser.parseString(awaitAnswer(answers, 2)).getAsJsonObject().getAsJsonObject("error");
    assertEquals(-32601, error.get("code").getAsInt(), error.toString());
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}"));
    awaitAnswer(answers, 5);
    send(toServer, frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
    assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server exits after 'exit'");
    assertEquals(0, server.exitValue(), Files.readString(stderr));
    String log = Files.readString(stderr);
    assertTrue(log.contains("not JSON-RPC"), log);
    assertFalse(log.contains("Exception"), "no Java exception in the log: " + log);
  }

  /** The first message holding {@code text}; fails after 30 s. */
  private static String awaitMessage(BlockingQueue<String> messages, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String message = messages.poll(1, TimeUnit.SECONDS);
      if (message != null && message.contains(text)) {
        return message;
      }
    }
    throw new AssertionError("no message with " + text);
  }

  /** {@code rsnet lsp} from the jar, its stderr into {@code stderr}, every frame it writes into {@code answers}. */
  private static Process startServer(Path stderr, BlockingQueue<String> answers) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(java, "-jar", Repository.cliJar().toString(), "lsp").redirectError(stderr.toFile())
        .start();
    Thread reader = new Thread(() -> readFrames(server.getInputStream(), answers));
    reader.setDaemon(true);
    reader.start();
    return server;
  }

  private static String frame(String json) {
    return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }

  private static void send(OutputStream out, String bytes) throws IOException {
    out.write(bytes.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The answer with this id, skipping notifications and other answers; fails after 30 s. */
  private static String awaitAnswer(BlockingQueue<String> answers, int id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String message = answers.poll(1, TimeUnit.SECONDS);
      if (message != null && message.contains("\"id\":" + id + ",") || message != null && message.contains("\"id\":" + id + "}")) {
        return message;
      }
    }
    throw new AssertionError("no answer to request " + id);
  }

  private static void readFrames(InputStream in, BlockingQueue<String> frames) {
    try {
      var data = new DataInputStream(new BufferedInputStream(in));
      while (true) {
        StringBuilder header = new StringBuilder();
        while (!header.toString().endsWith("\r\n\r\n")) {
          int c = data.read();
          if (c < 0) {
            return;
          }
          header.append((char) c);
        }
        Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(header);
        assertTrue(length.find(), header.toString());
        byte[] body = new byte[Integer.parseInt(length.group(1))];
        data.readFully(body);
        frames.add(new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException closed) {
      // the server exited
    }
  }

  /** Splits stdout into LSP frames; fails on any byte that is not part of one. */
  static List<String> frames(byte[] bytes) {
    List<String> messages = new ArrayList<>();
    int position = 0;
    while (position < bytes.length) {
      String rest = new String(bytes, position, Math.min(64, bytes.length - position), StandardCharsets.US_ASCII);
      Matcher header = HEADER.matcher(rest);
      assertTrue(header.lookingAt(), "stdout holds something that is not an LSP frame at byte " + position + ": " + rest);
      int length = Integer.parseInt(header.group(1));
      int start = position + header.end();
      messages.add(new String(bytes, start, length, StandardCharsets.UTF_8));
      position = start + length;
    }
    return messages;
  }
}
