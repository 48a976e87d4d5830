package org.routesrv.dsl.ide;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language server per test class, over a workspace of its own; each test opens files of a network
 * named after a counter, so tests of a class never see each other's models.
 */
abstract class LanguageServerTest {

  @TempDir static Path workspace;
  static LspSession session;
  private static final AtomicInteger NETWORKS = new AtomicInteger();

  /** The language as this class's server holds it, taken while the server's registration is the JVM's. */
  static IResourceServiceProvider language;

  @BeforeAll
  static void startServer() {
    session = LspSession.start(workspace);
    language = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createURI("any.rsnet"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    session.close();
  }

  /** A network name no other test uses. */
  static String freshNetwork() {
    return "net" + NETWORKS.incrementAndGet();
  }

  /** Opens {@code body} as a file of a fresh network; returns its URI once its first diagnostics arrived. */
  static String openModel(String body) {
    return openModel(freshNetwork(), body);
  }

  static String openModel(String network, String body) {
    String uri = session.open(network + "/" + network + "-" + NETWORKS.incrementAndGet() + ".rsnet",
        "network " + network + "\n" + body);
    session.awaitDiagnostics(uri, diagnostics -> true);
    return uri;
  }

  static List<Diagnostic> errors(String uri) {
    return session.latestDiagnostics(uri).stream()
        .filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList();
  }

  static String messageOf(Diagnostic diagnostic) {
    return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
  }

  static TextDocumentService documents() {
    return session.server().getTextDocumentService();
  }

  static TextDocumentIdentifier id(String uri) {
    return new TextDocumentIdentifier(uri);
  }

  static Position at(String uri, String search, int delta) {
    return session.positionOf(uri, search, delta);
  }

  static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
    return LspSession.await(future);
  }

  /** The hub of most tests: a Route Server and two firewalls peering with it, as in the examples. */
  static final String HUB = """
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet trusted 10.0.3.0/24 route-table rt-trusted
      }
      vnet spoke1 {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      peering hub <-> spoke1 { transit via hub }
      route-table rt-trusted { bgp-propagation off }
      route-server ars in hub
      nva fw1 vendor panos asn 65501 {
          nic trusted hub.trusted 10.0.3.4 ip-forwarding
          static 10.0.1.0/26 via trusted
          bgp {
              peer ars via trusted keepalive 20s hold 60s
              advertise 0.0.0.0/0
          }
      }
      nva fw2 vendor panos asn 65502 {
          nic trusted hub.trusted 10.0.3.5 ip-forwarding
          static 10.0.1.0/26 via trusted
          bgp {
              peer ars via trusted keepalive 20s hold 60s
              advertise 0.0.0.0/0 prepend 1
          }
      }
      vm vm1 in spoke1.workload 10.1.0.4
      """;
}
