package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
