package org.routesrv.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Realistic mistakes, each made once in an otherwise correct design, and the one error a user gets
 * for it: where, and in words that name the fix. A mistake must never cost the rest of the file its
 * diagnostics, nor bring follow-on errors that blame correct text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class UserMistakesTest {

  /** Seed 000's active/standby design, correct: every row below breaks one line of it. */
  static final String DESIGN = """
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
          nic untrusted hub.untrusted 10.0.2.4 ip-forwarding
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
          nic untrusted hub.untrusted 10.0.2.5 ip-forwarding
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
          expect outage vm1 -> 8.8.8.8 at-most 100s
      }
      """;

  @Inject private Provider<XtextResourceSet> resources;
  @Inject private IResourceValidator validator;

  static Stream<Arguments> mistakes() {
    return Stream.of(
      row("advertise-outside-bgp", "    nic trusted   hub.trusted   10.0.3.4 ip-forwarding",
          "    nic trusted   hub.trusted   10.0.3.4 ip-forwarding\n    advertise 10.9.0.0/16",
          "34:5", "'advertise' goes inside the NVA's bgp block: nva fw1 ... { bgp { advertise ... } }"),
      row("arrow-nospace", "expect trace vm1 -> 8.8.8.8 via fw1",
          "expect trace vm1->8.8.8.8 via fw1",
          "59:18", "unexpected '>': a name may contain '-', so put a space before '->' (vm1 -> 8.8.8.8)"),
      row("asn-range", "nva fw2 vendor panos asn 65502 {",
          "nva fw2 vendor panos asn 4294967296 {",
          "43:26", "AS number 4294967296 is out of range: an ASN is a number from 0 to 4294967295"),
      row("bgp-in-vnet", "    subnet workload 10.1.0.0/24",
          "    subnet workload 10.1.0.0/24\n    bgp { }",
          "14:5", "unexpected 'bgp', expected '}'; the block it is in is written: vnet NAME [location REGION] { address-space PREFIX ... subnet ... }"),
      row("cidr-missing", "    subnet workload 10.1.0.0/24",
          "    subnet workload 10.1.0.0",
          "13:21", "'10.1.0.0' is an address, not a prefix: add a length, e.g. 10.1.0.0/24"),
      row("colon-asn", "nva fw1 vendor panos asn 65501 {",
          "nva fw1 vendor panos asn: 65501 {",
          "31:25", "':' is not needed between an option and its value: write 'asn 65501'"),
      row("comma-list", "    address-space 10.0.0.0/16",
          "    address-space 10.0.0.0/16 10.5.0.0/16",
          "4:31", "unexpected '10.5.0.0/16', expected '}'; it is written: address-space PREFIX[, PREFIX...]"),
      row("community", "        advertise 0.0.0.0/0 prepend 1",
          "        advertise 0.0.0.0/0 prepend 1 community 65001",
          "51:49", "unexpected '65001', expected a community such as 65001:100; it is written: advertise PREFIX [next-hop IP] [prepend N] [as-path ASN...] [community A:B, ...] [no-advertise] [to PEER [instance first|second]] [when-learned PREFIX [from PEER]]"),
      row("dash-keyword", "route-table rt-untrusted { bgp-propagation off }",
          "route-table rt-untrusted { bgp_propagation off }",
          "24:28", "unexpected 'bgp_propagation', expected '}'; did you mean 'bgp-propagation'?; the block it is in is written: route-table NAME { [bgp-propagation on|off] route ... }"),
      row("duration-nounit", "        peer ars via trusted keepalive 20s hold 60s",
          "        peer ars via trusted keepalive 20 hold 60s",
          "38:40", "duration '20' has no unit: write 20s (units: ms, s, m, h)"),
      row("equals", "nva fw1 vendor panos asn 65501 {",
          "nva fw1 vendor panos asn = 65501 {",
          "31:26", "'=' is not needed between an option and its value: write 'asn 65501'"),
      row("expect-no-via", "expect route spoke1.workload 0.0.0.0/0 via fw1",
          "expect route spoke1.workload 0.0.0.0/0",
          "59:1", "unexpected 'expect'; it is written: expect route VNET.SUBNET PREFIX via TARGET[, TARGET...] (a TARGET is an NVA, a gateway, GATEWAY instance first|second, ip IP, internet, vnet-local, peering or none), or expect route VNET.SUBNET PREFIX state invalid|absent"),
      row("expect-typo", "expect route spoke1.workload 0.0.0.0/0 via fw1",
          "expects route spoke1.workload 0.0.0.0/0 via fw1",
          "58:1", "unexpected 'expects': a declaration starts with vnet, peering, route-table, nsg, route-server, route-map, nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario; did you mean 'expect'?"),
      row("expect-via-gateway", "expect route spoke1.workload 0.0.0.0/0 via fw1",
          "expect route spoke1.workload 0.0.0.0/0 -> fw1",
          "58:40", "unexpected '->'; it is written: expect route VNET.SUBNET PREFIX via TARGET[, TARGET...] (a TARGET is an NVA, a gateway, GATEWAY instance first|second, ip IP, internet, vnet-local, peering or none), or expect route VNET.SUBNET PREFIX state invalid|absent"),
      row("extra-close", "peering hub <-> spoke1 { transit via hub }",
          "peering hub <-> spoke1 { transit via hub } }",
          "21:44", "this '}' closes no block: remove it, or add the '{' that is missing above"),
      row("fail-typo", "    fail fw1 crash",
          "    fail fw1 crashed",
          "62:5", "unexpected 'crashed'; did you mean 'crash'?; it is written: fail NVA crash|graceful, or fail ROUTE-SERVER instance first|second"),
      row("hash-comment", "route-server ars in hub {",
          "# the route server\nroute-server ars in hub {",
          "27:1", "comments start with // (or are written /* ... */), not #"),
      row("instance-third", "    fail fw1 crash",
          "    fail ars instance third",
          "62:23", "'instance' takes first or second, not 'third'"),
      row("ip-forwarding-typo", "    nic trusted   hub.trusted   10.0.3.4 ip-forwarding",
          "    nic trusted   hub.trusted   10.0.3.4 ipforwarding",
          "33:42", "unexpected 'ipforwarding', expected '}'; did you mean 'ip-forwarding'?; it is written: nic NAME VNET.SUBNET IP [ip-forwarding]"),
      row("ipv6", "    address-space 10.0.0.0/16",
          "    address-space 10.0.0.0/16, fd00::/48",
          "4:32", "IPv6 is not supported by Azure Route Server: RSNet v1 models IPv4 only, write an IPv4 prefix instead of 'fd00::/48'"),
//MULTI keepalive-nounit [('38', '40', "duration '20' has no unit: write 20s (units: ms, s, m, h)"), ('38', '48', "duration '60' has no unit: write 60s (units: ms, s, m, h)")]
      row("location-in-vnet", "vnet hub {",
          "vnet hub {\n    location westeurope",
          "4:5", "'location' goes after the vnet's name: vnet hub location westeurope {"),
      row("missing-brace", "    subnet workload 10.2.0.0/24\n}",
          "    subnet workload 10.2.0.0/24\n",
          "21:1", "'}' is missing before 'peering'; the block it is in is written: vnet NAME [location REGION] { address-space PREFIX ... subnet ... }"),
      row("missing-network", "network contoso.hubspoke\n",
          "",
          "2:1", "an RSNet file starts with 'network NAME', e.g. network contoso.hubspoke"),
      row("next-hop-type", "route-table rt-untrusted { bgp-propagation off }",
          "route-table rt-untrusted { route r1 0.0.0.0/0 -> firewall }",
          "24:50", "'->' takes appliance, internet, vnet-local, gateway or none, not 'firewall'"),
      row("nic-no-subnet", "    nic untrusted hub.untrusted 10.0.2.4",
          "    nic untrusted 10.0.2.4",
          "32:19", "unexpected '10.0.2.4'; it is written: nic NAME VNET.SUBNET IP [ip-forwarding]"),
      row("nva-no-asn", "nva fw2 vendor panos asn 65502 {",
          "nva fw2 vendor panos {",
          "43:22", "unexpected '{', expected 'asn'; it is written: nva NAME vendor VENDOR asn ASN [{ nic ...  static ...  snat on|off  bgp { ... } }]"),
      row("octet", "    subnet workload 10.2.0.0/24",
          "    subnet workload 10.2.0.300/24",
          "18:21", "'10.2.0.300' is not an IPv4 address: octet 300 is above 255"),
      row("on-off-missing", "    branch-to-branch off",
          "    branch-to-branch",
          "29:1", "'branch-to-branch' takes on or off, not '}'"),
      row("peer-asn-missing", "        advertise 0.0.0.0/0 prepend 1",
          "        peer onprem 10.9.9.9\n        advertise 0.0.0.0/0 prepend 1",
          "52:9", "unexpected 'advertise', expected 'asn'; it is written: peer ROUTE-SERVER via NIC [keepalive DURATION] [hold DURATION] [instances both|first|second] [OPTIONS], or peer NAME IP asn ASN [via NIC] [multihop N] [OPTIONS]; OPTIONS: [import MAP] [export MAP] [as-override] [remove-private-as [replace]] [allowas-in [N]]"),
      row("peer-without-via", "        peer ars via trusted keepalive 20s hold 60s",
          "        peer ars keepalive 20s hold 60s",
          "38:9", "unexpected 'keepalive'; it is written: peer ROUTE-SERVER via NIC [keepalive DURATION] [hold DURATION] [instances both|first|second] [OPTIONS], or peer NAME IP asn ASN [via NIC] [multihop N] [OPTIONS]; OPTIONS: [import MAP] [export MAP] [as-override] [remove-private-as [replace]] [allowas-in [N]]"),
      row("prefix-as-ip", "        advertise 0.0.0.0/0",
          "        advertise 0.0.0.0",
          "39:19", "'0.0.0.0' is an address, not a prefix: add a length, e.g. 0.0.0.0/24"),
      row("prepend-no-number", "        advertise 0.0.0.0/0 prepend 1",
          "        advertise 0.0.0.0/0 prepend",
          "52:5", "'prepend' needs a number after it, not '}'; it is written: advertise PREFIX [next-hop IP] [prepend N] [as-path ASN...] [community A:B, ...] [no-advertise] [to PEER [instance first|second]] [when-learned PREFIX [from PEER]]"),
      row("public-ip-sku", "    branch-to-branch off",
          "    public-ip premium",
          "28:15", "'public-ip' takes standard, basic or none, not 'premium'"),
      row("quoted-name", "vnet spoke2 {",
          "vnet \"spoke2\" {",
          "16:6", "names are written without quotes (a name with a keyword's spelling takes a leading '^')"),
      row("route-equals-arrow", "route-table rt-untrusted { bgp-propagation off }",
          "route-table rt-untrusted { route r1 0.0.0.0/0 via appliance 10.0.2.4 }",
          "24:47", "unexpected 'via', expected '->'; it is written: route NAME PREFIX -> appliance IP|internet|vnet-local|gateway|none"),
      row("route-server-cap", "route-server ars in hub {",
          "routeserver ars in hub {",
          "27:1", "unexpected 'routeserver': a declaration starts with vnet, peering, route-table, nsg, route-server, route-map, nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario; did you mean 'route-server'?"),
      row("route-table-no-name", "    subnet trusted           10.0.3.0/24 route-table rt-trusted",
          "    subnet trusted           10.0.3.0/24 route-table",
          "9:1", "'route-table' needs a name after it, not '}'; it is written: subnet NAME PREFIX [route-table NAME] [nsg NAME]"),
      row("rs-no-in", "route-server ars in hub {",
          "route-server ars hub {",
          "27:18", "'in' is missing before 'hub'; it is written: route-server NAME in VNET [{ branch-to-branch on|off  routing-preference expressroute|vpn|as-path  programming-delay DURATION [to DURATION]  public-ip standard|basic|none  capacity N  instance-order IP, IP  programmed-from both|first|second  import MAP from NVA  export MAP to NVA }]"),
      row("scenario-no-brace", "scenario fw1-crash {",
          "scenario fw1-crash",
          "62:5", "'{' is missing before 'fail'; it is written: scenario NAME { fail ...  restore ...  withdraw ...  advertise ...  set ...  attach ...  detach ...  expect ... }"),
      row("semicolon", "    address-space 10.0.0.0/16",
          "    address-space 10.0.0.0/16;",
          "4:30", "';' is not needed: a statement ends at the end of its line"),
      row("session-state", "expect route spoke1.workload 0.0.0.0/0 via fw1",
          "expect session fw1 up",
          "58:20", "unexpected 'up'; it is written: expect session NVA established|down"),
      row("static-no-via", "    static 0.0.0.0/0    via untrusted",
          "    static 0.0.0.0/0    untrusted",
          "34:25", "'via' is missing before 'untrusted'; it is written: static PREFIX via NIC|IP"),
      row("subnet-in-peering", "peering hub <-> spoke1 { transit via hub }",
          "peering hub -> spoke1 { transit via hub }",
          "21:13", "unexpected '->', expected '<->'; it is written: peering VNET <-> VNET [{ transit via VNET }]"),
      row("tab-uppercase-kw", "vnet spoke1 {",
          "VNET spoke1 {",
          "11:1", "unexpected 'VNET': keywords are written in lower case, 'vnet'"),
      row("trace-no-comma", "expect trace vm1 -> 8.8.8.8 via fw1",
          "expect trace vm1 -> 8.8.8.8 via fw1 fw2",
          "59:37", "unexpected 'fw2'; it is written: expect trace VM -> IP|VM via HOP[, HOP...], or expect trace VM -> IP|VM dropped|loops"),
      row("transit-no-via", "peering hub <-> spoke1 { transit via hub }",
          "peering hub <-> spoke1 { transit hub }",
          "21:34", "'via' is missing before 'hub'; it is written: transit via VNET"),
      row("true-for-on", "    branch-to-branch off",
          "    branch-to-branch true",
          "28:22", "'true' is not a switch value: write on or off"),
      row("two-networks", "vnet spoke2 {",
          "network other\nvnet spoke2 {",
          "16:1", "a file has one 'network' line, at its top: put another network in a file of its own"),
      row("unclosed-comment", "vnet spoke2 {",
          "/* spoke two\nvnet spoke2 {",
          "16:1", "this /* comment is never closed: end it with */"),
      row("vendor-keyword", "nva fw2 vendor panos asn 65502 {",
          "nva fw2 vendor bgp asn 65502 {",
          "43:16", "unexpected 'bgp', expected a name ('bgp' is a keyword; as a name write ^bgp); it is written: nva NAME vendor VENDOR asn ASN [{ nic ...  static ...  snat on|off  bgp { ... } }]"),
      row("vm-no-in", "vm vm2 in spoke2.workload 10.2.0.4",
          "vm vm2 spoke2.workload 10.2.0.4",
          "56:8", "'in' is missing before 'spoke2'; it is written: vm NAME in VNET.SUBNET IP"),
      row("vnett", "vnet spoke1 {",
          "vnett spoke1 {",
          "11:1", "unexpected 'vnett': a declaration starts with vnet, peering, route-table, nsg, route-server, route-map, nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario; did you mean 'vnet'?"),
      row("vpn-gateway-pref", "    branch-to-branch off",
          "    routing-preference vpn-gateway",
          "28:24", "'routing-preference' takes expressroute, vpn or as-path, not 'vpn-gateway'"),
      row("vpngateway", "    branch-to-branch off",
          "    routing-preference vpngateway",
          "28:24", "'routing-preference' takes expressroute, vpn or as-path, not 'vpngateway'"),
      row("yes-for-on", "    branch-to-branch off",
          "    branch-to-branch yes",
          "28:22", "'yes' is not a switch value: write on or off"));
  }

  private static Arguments row(String mistake, String correct, String written, String position, String message) {
    return Arguments.of(mistake, correct, written, position, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void oneMistakeGivesOneErrorThatNamesTheFix(String mistake, String correct, String written, String position,
      String message) {
    assertTrue(DESIGN.contains(correct), mistake + ": the design has the line the row changes");
    int at = DESIGN.indexOf(correct);
    List<String> errors = errors(DESIGN.substring(0, at) + written + DESIGN.substring(at + correct.length()));
    assertEquals(List.of(position + " " + message), errors, mistake);
  }

  @Test
  void theDesignItselfHasNoErrors() {
    assertEquals(List.of(), errors(DESIGN));
  }

  @Test
  void thereAreAtLeastFortyMistakes() {
    assertTrue(mistakes().count() >= 40);
  }

  private List<String> errors(String text) {
    Resource resource = resources.get().createResource(URI.createURI("design.rsnet"));
    try {
      resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR)
        .map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getMessage()).toList();
  }
}
