package org.routesrv.dsl.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A JSON-RPC client written at the level of bytes rather than through lsp4j, so that the fuzzer can
 * send what no well-behaved client sends (negative positions, bad framing) and see every answer as
 * the server wrote it. Writes go through one thread so that a server that stops reading cannot block
 * the fuzzer; what the server sends that is not a well-formed frame is recorded as a protocol violation.
 */
final class LspConnection implements AutoCloseable {

  /** One publishDiagnostics, numbered in the order it arrived. */
  record Publication(long sequence, String uri, JsonArray diagnostics) {
  }

  /** Ids from here on belong to requests written by hand into malformed frames; their answers are welcome. */
  static final int HAND_WRITTEN_IDS = 900_000;

  private final InputStream fromServer;
  private final OutputStream toServer;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("fuzz-lsp-writer"));
  private final Thread reader;
  private final AtomicInteger nextId = new AtomicInteger(1);
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final Map<String, List<Publication>> publications = new HashMap<>();
  private final List<String> serverMessages = new ArrayList<>();
  private final List<String> protocolViolations = new ArrayList<>();
  private long publicationCount;
  private volatile boolean closed;

  LspConnection(InputStream fromServer, OutputStream toServer) {
    this.fromServer = fromServer;
    this.toServer = toServer;
    reader = daemon("fuzz-lsp-reader").newThread(this::readFrames);
    reader.start();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Sends a request; the future completes with the whole response object (result or error). */
  CompletableFuture<JsonObject> request(String method, JsonElement params) {
    int id = nextId.getAndIncrement();
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    pending.put(id, answer);
    JsonObject message = message(method, params);
    message.addProperty("id", id);
    send(message);
    answer.whenComplete((response, error) -> pending.remove(id));
    return answer;
  }

  int lastRequestId() {
    return nextId.get() - 1;
  }

  void notify(String method, JsonElement params) {
    send(message(method, params));
  }

  private static JsonObject message(String method, JsonElement params) {
    JsonObject message = new JsonObject();
    message.addProperty("jsonrpc", "2.0");
    message.addProperty("method", method);
    if (params != null) {
      message.add("params", params);
    }
    return message;
  }

  private void send(JsonObject message) {
    byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream frame = new ByteArrayOutputStream(body.length + 32);
    frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    frame.writeBytes(body);
    sendRaw(frame.toByteArray());
  }

  /** Bytes exactly as given, for malformed frames. */
  void sendRaw(byte[] bytes) {
    writer.execute(() -> {
      try {
        toServer.write(bytes);
        toServer.flush();
      } catch (IOException serverGone) {
        // Answers that never come are reported by whoever waits for them.
      }
    });
  }

  /** True once everything sent so far has been handed to the server's input, within {@code millis}. */
  boolean flushed(long millis) {
    CompletableFuture<Void> marker = CompletableFuture.runAsync(() -> { }, writer);
    try {
      marker.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  synchronized long publicationCount() {
    return publicationCount;
  }

  synchronized List<Publication> publicationsSince(String uri, long sequence) {
    return publications.getOrDefault(uri, List.of()).stream().filter(p -> p.sequence() > sequence).toList();
  }

  /** Waits until a publication for {@code uri} newer than {@code sequence} arrives; null after {@code millis}. */
  synchronized Publication awaitPublication(String uri, long sequence, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      List<Publication> newer = publicationsSince(uri, sequence);
      if (!newer.isEmpty()) {
        return newer.get(newer.size() - 1);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** From now on, publications for {@code uri} are kept (those for other documents are counted only). */
  synchronized void track(String uri) {
    publications.putIfAbsent(uri, new ArrayList<>());
  }

  /** Drops what was kept for {@code uri}, so a long campaign holds only its open documents' diagnostics. */
  synchronized void forget(String uri) {
    publications.remove(uri);
  }

  /** Log and show messages since the last call. */
  synchronized List<String> drainServerMessages() {
    List<String> drained = List.copyOf(serverMessages);
    serverMessages.clear();
    return drained;
  }

  synchronized List<String> drainProtocolViolations() {
    List<String> drained = List.copyOf(protocolViolations);
    protocolViolations.clear();
    return drained;
  }

  boolean readerAlive() {
    return reader.isAlive();
  }

  private void readFrames() {
    try {
      while (!closed) {
        int length = readHeaders();
        if (length < 0) {
          return;
        }
        byte[] body = fromServer.readNBytes(length);
        if (body.length < length) {
          violation("stream ended inside a message");
          return;
        }
        handle(new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException streamClosed) {
      // the server went away; pending requests time out
    }
  }

  /** The Content-Length of the next frame; -1 at the end of the stream. */
  private int readHeaders() throws IOException {
    int length = -1;
    while (true) {
      String line = readLine();
      if (line == null) {
        return -1;
      }
      if (line.isEmpty()) {
        if (length >= 0) {
          return length;
        }
        violation("frame without Content-Length");
        continue;
      }
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        try {
          length = Integer.parseInt(line.substring(15).trim());
        } catch (NumberFormatException e) {
          violation("bad Content-Length header: " + line);
        }
      } else if (!line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
        violation("not an LSP header: " + abbreviate(line));
      }
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = fromServer.read()) >= 0) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }

  private void handle(String body) {
    JsonObject message;
    try {
      message = JsonParser.parseString(body).getAsJsonObject();
    } catch (RuntimeException notJson) {
      violation("a frame that is not a JSON object: " + abbreviate(body));
      return;
    }
    boolean hasMethod = message.has("method");
    if (!hasMethod && message.has("id")) {
      JsonElement id = message.get("id");
      CompletableFuture<JsonObject> answer = id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber()
          ? pending.get(id.getAsInt()) : null;
      if (answer != null) {
        answer.complete(message);
      } else if (!id.isJsonNull() && !(id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber()
          && id.getAsInt() >= HAND_WRITTEN_IDS)) {
        violation("an answer to no request: " + abbreviate(body));
      }
      // id null: the server's answer to a message it could not parse, which is what JSON-RPC asks for
      return;
    }
    if (!hasMethod) {
      violation("a message that is neither request, answer nor notification: " + abbreviate(body));
      return;
    }
    String method = message.get("method").getAsString();
    JsonObject params = message.has("params") && message.get("params").isJsonObject()
        ? message.getAsJsonObject("params") : new JsonObject();
    if (message.has("id")) {
      answerServerRequest(message.get("id"), method, params);
    } else if (method.equals("textDocument/publishDiagnostics")) {
      synchronized (this) {
        String uri = params.get("uri").getAsString();
        Publication publication = new Publication(++publicationCount, uri, params.getAsJsonArray("diagnostics"));
        List<Publication> kept = publications.get(uri);
        if (kept != null) {
          kept.add(publication);
        }
        notifyAll();
      }
    } else if (method.equals("window/logMessage") || method.equals("window/showMessage")) {
      synchronized (this) {
        serverMessages.add(params.has("message") ? params.get("message").getAsString() : "");
      }
    }
  }

  /** Answers the server's own requests as a plain editor does. */
  private void answerServerRequest(JsonElement id, String method, JsonObject params) {
    JsonObject answer = new JsonObject();
    answer.addProperty("jsonrpc", "2.0");
    answer.add("id", id);
    if (method.equals("workspace/configuration") && params.has("items")) {
      JsonArray nulls = new JsonArray();
      params.getAsJsonArray("items").forEach(item -> nulls.add(JsonNull.INSTANCE));
      answer.add("result", nulls);
    } else {
      answer.add("result", JsonNull.INSTANCE);
    }
    send(answer);
  }

  private synchronized void violation(String what) {
    protocolViolations.add(what);
  }

  static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "...";
  }

  @Override
  public void close() {
    closed = true;
    writer.shutdownNow();
    pending.values().forEach(answer -> answer.cancel(true));
  }
}
