package org.routesrv.dsl.ide.server;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Reads LSP frames ({@code Content-Length: N}, a blank line, N bytes of JSON) and survives frames
 * that lie about their length. lsp4j's reader trusts the header: a length too large makes it wait
 * for bytes that never come (the client waits for the answer) or swallow the next messages; a
 * missing or unparsable one makes it read the body as headers, and then every later frame too, so
 * one bad message wedged the server for good, {@code shutdown} and {@code exit} included.
 *
 * <p>Here a body ends at the declared length or where its JSON object closes, whichever comes first
 * (braces and quotes are ASCII, so this holds for any UTF-8 text), and headers are looked for again
 * from there: a header line is recognised even when garbage precedes it on the line. A frame whose
 * JSON is cut short by its length is dropped with one line in the log.
 */
final class ResynchronisingMessageProducer implements MessageProducer, Closeable {

  private static final Logger LOG = Logger.getLogger("rsnet.lsp");
  private static final String CONTENT_LENGTH = "content-length:";
  /** Far above any real message; a larger length is a corrupt header, not a request to buffer it. */
  private static final int MAX_LENGTH = 256 * 1024 * 1024;

  private final InputStream input;
  private final MessageJsonHandler json;
  private final MessageIssueHandler issues;
  private volatile boolean running;

  ResynchronisingMessageProducer(InputStream input, MessageJsonHandler json, MessageIssueHandler issues) {
    this.input = new BufferedInputStream(input);
    this.json = json;
    this.issues = issues;
  }

  @Override
  public void listen(MessageConsumer callback) {
    running = true;
    try {
      while (running) {
        int length = readHeaders();
        if (length < 0) {
          return;
        }
        String body = readBody(length);
        if (body == null) {
          return;
        }
        dispatch(body, callback);
      }
    } catch (IOException e) {
      if (!JsonRpcException.indicatesStreamClosed(e)) {
        throw new JsonRpcException(e);
      }
    } finally {
      running = false;
    }
  }

  /** The length of the next frame; -1 at the end of the input. Frames without a usable one are skipped. */
  private int readHeaders() throws IOException {
    int length = -1;
    boolean sawHeader = false;
    while (true) {
      String line = readLine();
      if (line == null) {
        return -1;
      }
      if (!line.isEmpty()) {
        int at = line.toLowerCase(Locale.ROOT).lastIndexOf(CONTENT_LENGTH);
        if (at >= 0) {
          sawHeader = true;
          length = parseLength(line.substring(at + CONTENT_LENGTH.length()).trim());
          if (at > 0) {
            LOG.warn("skipped " + at + " bytes that were not part of a message");
          }
        } else if (!sawHeader && line.indexOf(':') < 0) {
          LOG.warn("skipped a line that is not a message header");
        }
        continue;
      }
      if (length >= 0) {
        return length;
      }
      if (sawHeader) {
        LOG.warn("dropped a message whose Content-Length is missing or invalid");
        sawHeader = false;
      }
    }
  }

  private static int parseLength(String value) {
    try {
      int length = Integer.parseInt(value);
      return length <= MAX_LENGTH ? length : -1;
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  /** A header line without its line break; null at the end of the input. */
  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int c = input.read();
      if (c < 0) {
        return null;
      }
      if (c == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      if (c != '\r') {
        line.write(c);
      }
    }
  }

  /**
   * At most {@code length} bytes, fewer when a JSON object or array closes first; null at the end of
   * the input. Anything not a JSON object or array is read to its declared length, as lsp4j reads it.
   */
  private String readBody(int length) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(length, 1 << 16));
    JsonEnd end = new JsonEnd();
    for (int read = 0; read < length; read++) {
      int c = input.read();
      if (c < 0) {
        return null;
      }
      body.write(c);
      if (end.closesWith(c)) {
        if (read + 1 < length) {
          LOG.warn("a message was shorter than its Content-Length; reading on from where it ended");
        }
        break;
      }
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  /** Follows a JSON text byte by byte to the byte that closes its outermost object or array. */
  private static final class JsonEnd {
    private boolean started;
    private boolean structured;
    private int depth;
    private boolean inString;
    private boolean escaped;

    boolean closesWith(int c) {
      if (!started) {
        if (Character.isWhitespace(c)) {
          return false;
        }
        started = true;
        structured = c == '{' || c == '[';
      }
      if (!structured) {
        return false;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
        return false;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        return depth == 0;
      }
      return false;
    }
  }

  private void dispatch(String body, MessageConsumer callback) {
    Message message;
    try {
      message = json.parseMessage(new StringReader(body));
    } catch (MessageIssueException issue) {
      issues.handle(issue.getRpcMessage(), issue.getIssues());
      return;
    } catch (RuntimeException unreadable) {
      // Not JSON-RPC, or cut short by its Content-Length: there is no id to answer.
      LOG.warn("dropped a message that is not JSON-RPC: " + reason(unreadable));
      return;
    }
    try {
      callback.consume(message);
    } catch (JsonRpcException failed) {
      if (JsonRpcException.indicatesStreamClosed(failed)) {
        running = false; // the client hung up while being answered: nobody is left to answer
      } else {
        InternalErrors.report(failed);
      }
    } catch (RuntimeException failed) {
      // As lsp4j: a failing handler must not end the thread that reads every later message.
      InternalErrors.report(failed);
    }
  }

  /**
   * What the JSON parser said about the message, without the Java exception classes that wrap it:
   * the log is read by someone debugging a client, and a class name looks like a server bug.
   */
  private static String reason(Throwable unreadable) {
    Throwable deepest = unreadable;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = InternalErrors.shortened(deepest.getMessage())
        .replaceAll("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ", "");
    return message.isEmpty() ? "it could not be parsed" : message;
  }

  @Override
  public void close() {
    running = false;
  }
}
