package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.testing.ExampleFiles;

/** The complete example of the language reference (seed 000, examples/panos-active-standby.rsnet) is a valid design. */
class LanguageExampleTest extends RuleTestBase {

  /** The flagship example as shipped: IP forwarding on both data-plane NICs of each firewall. */
  static final String EXAMPLE = ExampleFiles.text(ExampleFiles.named("panos-active-standby.rsnet"));

  /** The example as the normative spec first wrote it: the untrusted NICs without IP forwarding. */
  static final String WITHOUT_FORWARDING_ON_UNTRUSTED = withoutForwardingOnUntrusted(EXAMPLE);

  static String withoutForwardingOnUntrusted(String example) {
    String variant = example.replace("hub.untrusted 10.0.2.4 ip-forwarding", "hub.untrusted 10.0.2.4")
        .replace("hub.untrusted 10.0.2.5 ip-forwarding", "hub.untrusted 10.0.2.5");
    assertEquals(2, (example.length() - variant.length()) / " ip-forwarding".length(),
        "both untrusted NICs of the example have ip-forwarding");
    return variant;
  }

  @Test
  void flagshipExampleChecksWithoutAnyFinding() {
    List<Issue> issues = issues(parse(EXAMPLE));
    assertEquals(List.of(), issues, () -> describe(issues, EXAMPLE));
  }

  /**
   * Facts 41, 61 and Azure NIC IP forwarding: without it on the untrusted NICs, both firewalls send internet traffic
   * out of them (static 0.0.0.0/0) without SNAT, so Azure drops those forwarded packets: the two warnings, and the
   * failed {@code expect trace} that shows the trace agrees.
   */
  @Test
  void fact61_withoutForwardingOnUntrustedBothFirewallsWarnAndTheTraceExpectationFails() {
    List<Issue> issues = issues(parse(WITHOUT_FORWARDING_ON_UNTRUSTED));
    List<Issue> warnings = issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).toList();
    assertEquals(List.of(IssueCodes.IP_FORWARDING_MISSING, IssueCodes.IP_FORWARDING_MISSING),
        warnings.stream().map(Issue::getCode).toList(), () -> describe(issues, WITHOUT_FORWARDING_ON_UNTRUSTED));
    List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
    assertTrue(errors.stream().allMatch(i -> IssueCodes.EXPECTATION_FAILED.equals(i.getCode())),
        () -> describe(issues, WITHOUT_FORWARDING_ON_UNTRUSTED));
    assertTrue(errors.stream().anyMatch(i -> i.getMessage().contains("vm1 -> 8.8.8.8: dropped via fw1 (fw1/untrusted"
        + " has IP forwarding off")), () -> describe(issues, WITHOUT_FORWARDING_ON_UNTRUSTED));
  }
}
