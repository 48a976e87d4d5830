package org.routesrv.dsl.parser;

import java.util.Map;

/**
 * How each statement is written, in the words of docs/language.md, so that a syntax error can show
 * the line the user was writing instead of ANTLR's token names. Keyed by the keyword that starts the
 * statement ({@code expect} forms by both words).
 */
final class StatementSyntax {

  private static final Map<String, String> SYNTAX = Map.ofEntries(
      Map.entry("network", "network NAME[.NAME...] [location REGION]"),
      Map.entry("vnet", "vnet NAME [location REGION] { address-space PREFIX ... subnet ... }"),
      Map.entry("address-space", "address-space PREFIX[, PREFIX...]"),
      Map.entry("subnet", "subnet NAME PREFIX [route-table NAME] [nsg NAME]"),
      Map.entry("peering", "peering VNET <-> VNET [{ transit via VNET }]"),
      Map.entry("transit", "transit via VNET"),
      Map.entry("allow-gateway-transit", "allow-gateway-transit VNET"),
      Map.entry("use-remote-gateways", "use-remote-gateways VNET"),
      Map.entry("route-table", "route-table NAME { [bgp-propagation on|off] route ... }"),
      Map.entry("route", "route NAME PREFIX -> appliance IP|internet|vnet-local|gateway|none"),
      Map.entry("nsg", "nsg NAME"),
      Map.entry("route-server", "route-server NAME in VNET [{ branch-to-branch on|off  routing-preference expressroute|vpn|as-path"
          + "  programming-delay DURATION [to DURATION]  public-ip standard|basic|none  capacity N  instance-order IP, IP  programmed-from both|first|second  import MAP from NVA  export MAP to NVA }]"),
      Map.entry("import", "import ROUTE-MAP from NVA"),
      Map.entry("export", "export ROUTE-MAP to NVA"),
      Map.entry("route-map", "route-map NAME { rule NAME [continue] { match ...  drop|summarize|prepend|set|add|remove ... } ... }"),
      Map.entry("rule", "rule NAME [continue] { match prefix|community|as-path equals|contains ...  drop  summarize PREFIX, ..."
          + "  prepend ASN...  set as-path ASN...  add|remove community A:B, ...  set community [A:B, ...]  set local-pref N }"),
      Map.entry("match", "match prefix equals|contains PREFIX[, PREFIX...], match community equals|contains A:B[, A:B...],"
          + " or match as-path equals|contains ASN..."),
      Map.entry("summarize", "summarize PREFIX[, PREFIX...]"),
      Map.entry("nva", "nva NAME vendor VENDOR asn ASN [{ nic ...  static ...  snat on|off  bgp { ... } }]"),
      Map.entry("nic", "nic NAME VNET.SUBNET IP [ip-forwarding]"),
      Map.entry("static", "static PREFIX via NIC|IP"),
      Map.entry("bgp", "bgp { [router-id IP]  peer ...  advertise ... }"),
      Map.entry("peer", "peer ROUTE-SERVER via NIC [keepalive DURATION] [hold DURATION] [instances both|first|second] [OPTIONS],"
          + " or peer NAME IP asn ASN [via NIC] [multihop N] [OPTIONS]; OPTIONS: [import MAP] [export MAP] [as-override]"
          + " [remove-private-as [replace]] [allowas-in [N]]"),
      Map.entry("advertise", "advertise PREFIX [next-hop IP] [prepend N] [as-path ASN...] [community A:B, ...]"
          + " [no-advertise] [to PEER [instance first|second]] [when-learned PREFIX [from PEER]]"),
      Map.entry("vpn-gateway", "vpn-gateway NAME in VNET [active-active] [asn ASN] [{ bgp-ips IP, IP  public-ip IP }]"),
      Map.entry("expressroute-gateway", "expressroute-gateway NAME in VNET [{ bgp-ips IP, IP }]"),
      Map.entry("site", "site NAME asn ASN via GATEWAY|NVA { prefix PREFIX [as-path ASN...] ... }"),
      Map.entry("prefix", "prefix PREFIX [as-path ASN...]"),
      Map.entry("vm", "vm NAME in VNET.SUBNET IP"),
      Map.entry("expect", "expect route|no-route|trace|session|learned|no-learned|advertised|no-advertised|outage ..."),
      Map.entry("expect route", "expect route VNET.SUBNET PREFIX via TARGET[, TARGET...]"
          + " (a TARGET is an NVA, a gateway, GATEWAY instance first|second, ip IP, internet, vnet-local, peering or none),"
          + " or expect route VNET.SUBNET PREFIX state invalid|absent"),
      Map.entry("expect no-route", "expect no-route VNET.SUBNET PREFIX"),
      Map.entry("expect trace", "expect trace VM -> IP|VM via HOP[, HOP...], or expect trace VM -> IP|VM dropped|loops"),
      Map.entry("expect session", "expect session NVA established|down"),
      Map.entry("expect learned", "expect learned ROUTE-SERVER PREFIX [from NVA] [as-path ASN...],"
          + " or expect learned ROUTE-SERVER count N [from NVA]"),
      Map.entry("expect no-learned", "expect no-learned ROUTE-SERVER PREFIX [from NVA]"),
      Map.entry("expect advertised", "expect advertised ROUTE-SERVER PREFIX to NVA [as-path ASN...]"),
      Map.entry("expect no-advertised", "expect no-advertised ROUTE-SERVER PREFIX to NVA"),
      Map.entry("expect outage", "expect outage VM -> IP|VM at-most DURATION"),
      Map.entry("scenario", "scenario NAME { fail ...  restore ...  withdraw ...  advertise ...  set ...  attach ...  detach ...  expect ... }"),
      Map.entry("attach", "attach ROUTE-SERVER import ROUTE-MAP from NVA, or attach ROUTE-SERVER export ROUTE-MAP to NVA"),
      Map.entry("detach", "detach ROUTE-SERVER import from NVA, or detach ROUTE-SERVER export to NVA"),
      Map.entry("fail", "fail NVA crash|graceful, or fail ROUTE-SERVER instance first|second"),
      Map.entry("restore", "restore NVA"),
      Map.entry("withdraw", "withdraw NVA PREFIX"),
      Map.entry("scenario advertise", "advertise NVA PREFIX [next-hop IP] [prepend N] [as-path ASN...] [community A:B, ...]"));

  private StatementSyntax() {
  }

  static boolean startsStatement(String keyword) {
    return SYNTAX.containsKey(keyword);
  }

  /** The statement's syntax, or null; {@code key} is a statement keyword or "expect route" and the like. */
  static String of(String key) {
    return SYNTAX.get(key);
  }
}
