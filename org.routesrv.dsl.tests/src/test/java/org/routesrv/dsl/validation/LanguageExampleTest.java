package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** The complete example of the language reference (seed 000) is a valid design. */
class LanguageExampleTest extends RuleTestBase {

  static final String EXAMPLE = """
      network contoso.hubspoke

      vnet hub {
          address-space 10.0.0.0/16
          subnet GatewaySubnet     10.0.0.0/27
          subnet RouteServerSubnet 10.0.1.0/26
          subnet untrusted         10.0.2.0/24 route-table rt-untrusted
          subnet trusted           10.0.3.0/24 route-table rt-trusted
      }

      vnet spoke1 {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }

      vnet spoke2 {
          address-space 10.2.0.0/16
          subnet workload 10.2.0.0/24
      }

      peering hub <-> spoke1 { transit via hub }
      peering hub <-> spoke2 { transit via hub }

      route-table rt-untrusted { bgp-propagation off }
      route-table rt-trusted   { bgp-propagation off }

      route-server ars in hub {
          branch-to-branch off
      }

      nva fw1 vendor panos asn 65501 {
          nic untrusted hub.untrusted 10.0.2.4
          nic trusted   hub.trusted   10.0.3.4 ip-forwarding
          static 0.0.0.0/0    via untrusted
          static 10.0.0.0/8   via trusted
          static 10.0.1.0/26  via trusted      // Route Server subnet: avoids a recursive BGP next hop
          bgp {
              peer ars via trusted keepalive 20s hold 60s
              advertise 0.0.0.0/0
          }
      }

      nva fw2 vendor panos asn 65502 {
          nic untrusted hub.untrusted 10.0.2.5
          nic trusted   hub.trusted   10.0.3.5 ip-forwarding
          static 0.0.0.0/0    via untrusted
          static 10.0.0.0/8   via trusted
          static 10.0.1.0/26  via trusted      // Route Server subnet: avoids a recursive BGP next hop
          bgp {
              peer ars via trusted keepalive 20s hold 60s
              advertise 0.0.0.0/0 prepend 1
          }
      }

      vm vm1 in spoke1.workload 10.1.0.4
      vm vm2 in spoke2.workload 10.2.0.4

      expect route spoke1.workload 0.0.0.0/0 via fw1
      expect trace vm1 -> 8.8.8.8 via fw1

      scenario fw1-crash {
          fail fw1 crash
          expect route spoke1.workload 0.0.0.0/0 via fw2
          expect outage vm1 -> 8.8.8.8 at-most 90s
      }
      """;

  /**
   * The only findings: both firewalls send internet traffic out of their untrusted NIC (static 0.0.0.0/0) without
   * SNAT, so Azure drops those forwarded packets unless that NIC has IP forwarding too.
   */
  @Test
  void languageReferenceExampleHasOnlyTheIpForwardingWarnings() {
    List<Issue> issues = issues(parse(EXAMPLE));
    assertEquals(List.of(IssueCodes.IP_FORWARDING_MISSING, IssueCodes.IP_FORWARDING_MISSING),
        issues.stream().map(Issue::getCode).toList(), () -> describe(issues, EXAMPLE));
    assertEquals(List.of(Severity.WARNING, Severity.WARNING), issues.stream().map(Issue::getSeverity).toList());
  }
}
