package org.routesrv.dsl.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Broken models of every kind a user can produce, each with the line its mistake is on.
 * Shared by the parser tests and the command-line tests so both see exactly the same inputs.
 */
public final class MalformedInputs {

  private static final String HEADER = "network broken\n";
  private static final String HUB = """
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24
      }
      route-server ars in hub
      """;

  /** One broken file: its name, its bytes, and the line its mistake is on. */
  public record Case(String name, byte[] content, int errorLine) {
    Case withLine(int line) {
      return new Case(name, content, line);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private MalformedInputs() {
  }

  private static Case text(String name, String content, int errorLine) {
    return new Case(name, content.getBytes(StandardCharsets.UTF_8), errorLine);
  }

  /** Line of the first line after HEADER + HUB. */
  private static final int AFTER_HUB = 8;

  /**
   * Each in a network of its own: a syntax error in one file of a network withholds the other
   * diagnostics of that network (they could blame declarations the parser lost).
   */
  private static Case afterHub(String name, String body) {
    return text(name, "network broken." + name + "\n" + HUB + body, AFTER_HUB);
  }

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.add(text("empty", "", 1));
    cases.add(text("only-a-comment", "// nothing here\n", 1));
    cases.add(text("missing-network-line", "vnet hub { address-space 10.0.0.0/16 }\n", 1));
    cases.add(text("network-without-name", "network\nvnet hub { }\n", 2));
    cases.add(text("two-network-lines", HEADER + "network other\n", 2));
    cases.add(text("truncated-inside-block", HEADER + "vnet hub {\n    address-space 10.0.0.0/16\n", 3));
    cases.add(text("truncated-mid-statement", HEADER + "vnet hub {\n    subnet s", 3));
    cases.add(text("misspelled-declaration", HEADER + "vnett hub {\n}\n", 2));
    cases.add(text("misspelled-option", HEADER + HUB + "route-table rt { bgp-propagaton off }\n", AFTER_HUB));
    cases.add(text("misspelled-subnet-option", HEADER + "vnet hub {\n    subnet s 10.0.0.0/24 route-tabel rt\n}\n", 3));
    cases.add(text("octet-above-255", HEADER + "vnet hub { address-space 10.0.0.256/16 }\n", 2));
    cases.add(text("prefix-length-33", HEADER + "vnet hub { address-space 10.0.0.0/33 }\n", 2));
    cases.add(text("three-octets", HEADER + "vnet hub { address-space 10.0.0/16 }\n", 2));
    cases.add(text("five-octets", HEADER + "vnet hub { address-space 10.0.0.0.0/16 }\n", 2));
    cases.add(text("address-where-prefix-needed", HEADER + "vnet hub { address-space 10.0.0.0 }\n", 2));
    cases.add(afterHub("prefix-where-address-needed", "vm v in hub.nva 10.0.2.4/32\n"));
    cases.add(afterHub("ipv6-address-space", "vnet v6 { address-space 2001:db8::/32 }\n"));
    cases.add(afterHub("ipv6-nic-address", "nva n vendor frr asn 65001 { nic e hub.nva fd00::4 }\n"));
    cases.add(afterHub("duration-without-unit", "nva n vendor frr asn 65001 {\n nic e hub.nva 10.0.2.4\n bgp { peer ars via e keepalive 20 hold 60s }\n}\n")
        .withLine(AFTER_HUB + 2));
    cases.add(afterHub("duration-with-unknown-unit", "route-server ars2 in hub { programming-delay 10y }\n"));
    cases.add(afterHub("community-out-of-range", "nva n vendor frr asn 65001 {\n bgp { advertise 10.9.0.0/16 community 65001:70000 }\n}\n")
        .withLine(AFTER_HUB + 1));
    cases.add(afterHub("asn-beyond-32-bits", "nva n vendor frr asn 4294967296\n"));
    cases.add(afterHub("asn-not-a-number", "nva n vendor frr asn sixty-five\n"));
    cases.add(afterHub("dangling-route-server", "nva n vendor frr asn 65001 {\n nic e hub.nva 10.0.2.4\n bgp { peer ars-nope via e }\n}\n")
        .withLine(AFTER_HUB + 2));
    cases.add(afterHub("dangling-subnet", "vm v in hub.nope 10.0.2.4\n"));
    cases.add(afterHub("dangling-vnet-in-peering", "peering hub <-> spoke9\n"));
    cases.add(afterHub("dangling-expect-target", "expect route hub.nva 0.0.0.0/0 via fw-nope\n"));
    cases.add(afterHub("nic-of-another-nva", "nva a vendor frr asn 65001 { nic e hub.nva 10.0.2.4 }\nnva b vendor frr asn 65002 { static 0.0.0.0/0 via e }\n")
        .withLine(AFTER_HUB + 1));
    cases.add(afterHub("missing-asn", "nva n vendor frr {\n}\n"));
    cases.add(afterHub("unknown-vendor", "nva n vendor cisco asn 65001\n"));
    cases.add(afterHub("ambiguous-reference", "vnet hub { address-space 10.9.0.0/16 }\n"));
    cases.add(afterHub("unknown-failure-mode", "nva n vendor frr asn 65001\nscenario s { fail n explode }\n").withLine(AFTER_HUB + 1));
    cases.add(afterHub("wrong-arrow", "vm v in hub.nva 10.0.2.4\nexpect trace v => 8.8.8.8 dropped\n").withLine(AFTER_HUB + 1));
    cases.add(afterHub("route-without-arrow", "route-table rt { route r 0.0.0.0/0 internet }\n"));
    cases.add(afterHub("prepend-not-a-number", "nva n vendor frr asn 65001 { bgp { advertise 10.9.0.0/16 prepend two } }\n"));
    cases.add(afterHub("peering-without-arrow", "vnet s { address-space 10.1.0.0/16 }\npeering hub s\n").withLine(AFTER_HUB + 1));
    cases.add(afterHub("stray-character", "vnet s { $ address-space 10.1.0.0/16 }\n"));
    cases.add(afterHub("quoted-name", "vnet \"spoke\" { address-space 10.1.0.0/16 }\n"));
    cases.add(afterHub("unclosed-block-comment", "/* forgot to close\nvnet s { }\n"));
    cases.add(afterHub("braces-missing", "vnet s address-space 10.1.0.0/16\n"));
    cases.add(new Case("nul-bytes", (HEADER + "vnet hub {\u0000\u0000}\n").getBytes(StandardCharsets.UTF_8), 2));
    cases.add(new Case("random-bytes", randomBytes(4096, 20261122L), 1));
    cases.add(new Case("three-kilobytes-of-random-bytes", randomBytes(3072, 20261207L), 1));
    // Issue 22, failure 1: Xtext could not place an issue that ends at a last line ended by a lone CR,
    // and the whole file's validation was dropped (no diagnostics, exit 0).
    cases.add(afterHub("last-line-ends-with-a-lone-cr", "vm v in hub.nope 10.0.2.4\r"));
    cases.add(afterHub("last-line-ends-with-a-lone-cr-mid-statement", "vm v in hub.nope\r"));
    // Issue 22, failure 12: characters the lexer rejects and a terminal acts on.
    cases.add(afterHub("bidi-override-and-escape", "vnet s\u202E\u2066 { \u001B[31m }\n"));
    cases.add(afterHub("c1-controls", "vnet s { \u0085\u009B }\n"));
    cases.add(new Case("byte-order-mark-then-a-mistake",
        ("\uFEFF" + HEADER + "vnett hub {\n}\n").getBytes(StandardCharsets.UTF_8), 2));
    cases.add(text("one-megabyte-line", HEADER + "x".repeat(1 << 20) + "\n", 2));
    cases.add(text("one-megabyte-number-line", HEADER + "vnet hub { address-space " + "1.".repeat(1 << 19) + "0/8 }\n", 2));
    return cases;
  }

  /** Deterministic garbage: the same bytes on every run, so a failure can be reproduced. */
  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
