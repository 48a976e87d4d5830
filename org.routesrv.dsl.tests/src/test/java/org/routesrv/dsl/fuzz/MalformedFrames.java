package org.routesrv.dsl.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * LSP messages as a broken or hostile client writes them. After any one of them a robust server
 * answers the next well-formed request (issue 22, item 9: one bad Content-Length wedged it for good).
 */
final class MalformedFrames {

  record Frame(String name, byte[] bytes) {
  }

  private static final String HOVER = "{\"jsonrpc\":\"2.0\",\"id\":999999,\"method\":\"textDocument/hover\","
      + "\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere.rsnet\"},\"position\":{\"line\":0,\"character\":0}}}";

  private MalformedFrames() {
  }

  static List<String> names() {
    return all(new SplittableRandom(0)).stream().map(Frame::name).toList();
  }

  static List<Frame> all(SplittableRandom random) {
    byte[] garbage = new byte[1 + random.nextInt(512)];
    random.nextBytes(garbage);
    String truncated = HOVER.substring(0, 1 + random.nextInt(HOVER.length() - 2));
    return List.of(
        frame("Content-Length not a number", "Content-Length: abc\r\n\r\n" + HOVER),
        frame("negative Content-Length", "Content-Length: -5\r\n\r\n" + HOVER),
        frame("Content-Length beyond 32 bits", "Content-Length: 99999999999\r\n\r\n" + HOVER),
        frame("Content-Length larger than the message", "Content-Length: " + (HOVER.length() + 40) + "\r\n\r\n" + HOVER),
        frame("Content-Length smaller than the message", "Content-Length: " + (HOVER.length() / 2) + "\r\n\r\n" + HOVER),
        frame("huge Content-Length", "Content-Length: 2000000000\r\n\r\n" + HOVER),
        frame("garbage header line", "this is not a header\r\n\r\n"),
        frame("header without Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + HOVER),
        frame("LF-only header", "Content-Length: " + HOVER.length() + "\n\n" + HOVER),
        frame("truncated JSON", "Content-Length: " + truncated.length() + "\r\n\r\n" + truncated),
        frame("JSON that is not an object", "Content-Length: 2\r\n\r\n[]"),
        frame("JSON-RPC message without method or id", "Content-Length: 17\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
        frame("request with parameters of the wrong type", wellFramed(
            "{\"jsonrpc\":\"2.0\",\"id\":999998,\"method\":\"textDocument/hover\",\"params\":{\"position\":\"here\"}}")),
        frame("unknown method", wellFramed("{\"jsonrpc\":\"2.0\",\"id\":999997,\"method\":\"rsnet/noSuchMethod\"}")),
        new Frame("random bytes", garbage));
  }

  private static Frame frame(String name, String text) {
    return new Frame(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String wellFramed(String json) {
    return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }
}
