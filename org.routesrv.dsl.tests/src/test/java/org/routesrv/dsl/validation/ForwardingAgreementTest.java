package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.NicForwarding;
import org.routesrv.dsl.simulation.TraceHop;
import org.routesrv.dsl.simulation.TracePath;
import org.routesrv.dsl.simulation.TraceResult;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Inject;

/**
 * One forwarding model: what the validator says Azure drops at a NIC, the trace drops at the same hop with the same
 * reason, because both ask {@link NicForwarding}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class ForwardingAgreementTest {

  @Inject ModelLoader loader;
  @Inject NetworkAnalyzer analyzer;
  @TempDir Path folder;

  private record Checked(LoadedModel model, String text) {
    List<Diagnostic> withCode(String code) {
      return model.diagnostics().stream().filter(d -> code.equals(d.code())).toList();
    }

    int lineOf(String fragment) {
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(fragment)) {
          return i + 1;
        }
      }
      throw new AssertionError(fragment + " is not in the model");
    }
  }

  private Checked check(String text) throws Exception {
    Path file = folder.resolve("model.rsnet");
    Files.writeString(file, text);
    return new Checked(loader.load(ModelFiles.collect(List.of(file.toString()))), text);
  }

  private TracePath trace(Checked checked, String vm, String ip) {
    String network = checked.model().networks().keySet().iterator().next();
    return analyzer.analyze(checked.model(), network).baseline().trace(vm, Destination.ip(ip)).primary();
  }

  /**
   * Issue 13's contradiction, on the flagship example as the spec first wrote it (no IP forwarding on the untrusted
   * NICs, no SNAT): the validator warns on fw1's untrusted NIC, and the trace from vm1 to the internet is dropped at
   * fw1, leaving by that NIC, for the same reason (facts 41, 48, 61: Azure's fabric carries the NVA's packets).
   */
  @Test
  void fact61_traceDropsAtTheNicTheValidatorWarnsAbout_onTheUnfixedFlagshipExample() throws Exception {
    Checked checked = check(LanguageExampleTest.WITHOUT_FORWARDING_ON_UNTRUSTED);
    String reason = NicForwarding.Drop.SENT_FROM_ANOTHER_ADDRESS.reason();

    List<Diagnostic> warnings = checked.withCode(IssueCodes.IP_FORWARDING_MISSING);
    assertEquals(List.of(checked.lineOf("nic untrusted hub.untrusted 10.0.2.4"),
        checked.lineOf("nic untrusted hub.untrusted 10.0.2.5")), warnings.stream().map(Diagnostic::line).toList());
    assertTrue(warnings.get(0).message().startsWith("NIC 'untrusted' "), warnings.get(0).message());
    assertTrue(warnings.get(0).message().contains(reason), warnings.get(0).message());

    TracePath path = trace(checked, "vm1", "8.8.8.8");
    assertEquals(TraceResult.DROPPED, path.result(), path.toString());
    TraceHop last = path.hops().get(path.hops().size() - 1);
    assertEquals("fw1", last.node(), "dropped at fw1's hop: " + path);
    assertEquals("10.0.2.1 via untrusted", last.nextHop(), "leaving by the NIC the validator marks: " + path);
    assertEquals("fw1/untrusted has IP forwarding off: " + reason + " (source 10.1.0.4)", path.reason());
  }

  /** The fixed example: no warning, and the trace reaches the internet through fw1's untrusted NIC. */
  @Test
  void fact61_withIpForwardingOnTheUntrustedNicsBothAgreeThePacketLeaves() throws Exception {
    Checked checked = check(LanguageExampleTest.EXAMPLE);
    assertEquals(List.of(), checked.model().diagnostics());
    TracePath path = trace(checked, "vm1", "8.8.8.8");
    assertEquals(TraceResult.INTERNET, path.result(), path.toString());
    assertEquals(List.of("fw1"), path.nodes());
  }

  /** With SNAT the packet leaves from the NIC's own address: neither the validator nor the trace drops it. */
  @Test
  void fact61_sourceNatLeavesFromTheNicsOwnAddressSoNeitherDrops() throws Exception {
    Checked checked = check(LanguageExampleTest.WITHOUT_FORWARDING_ON_UNTRUSTED
        .replace("nva fw1 vendor panos asn 65501 {\n", "nva fw1 vendor panos asn 65501 {\n    snat on\n"));
    assertEquals(List.of(checked.lineOf("nic untrusted hub.untrusted 10.0.2.5")),
        checked.withCode(IssueCodes.IP_FORWARDING_MISSING).stream().map(Diagnostic::line).toList(),
        "only fw2, which does not source-NAT, warns");
    TracePath path = trace(checked, "vm1", "8.8.8.8");
    assertEquals(TraceResult.INTERNET, path.result(), path.toString());
  }
}
