package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.network.NvaVendor;

/**
 * PAN-OS has no implementation that runs here, so its configurations are golden files, reviewed
 * line by line against Palo Alto Networks' documentation of the legacy virtual router and against
 * the XML schema of their own configuration library (PaloAltoNetworks/pango), one source per
 * statement:
 *
 * <ul>
 * <li>{@code set network interface ethernet E layer3 ip A/L}, {@code set zone Z network layer3 [ E ]},
 * {@code virtual-router default interface [ ... ]}: interface addresses are entries with the prefix
 * length; XML from pango netw/interface/eth/entry.go (layer3 ip entries), netw/zone
 * (network layer3 members) and netw/routing/router (interface members).
 * <li>{@code routing-table ip static-route NAME destination / interface / nexthop ip-address}:
 * https://docs.paloaltonetworks.com/pan-os/8-0/pan-os-web-interface-help/network/network-virtual-routers/static-routes
 * (names up to 31 letters, digits, hyphens, underscores; destination in CIDR; next hop IP address).
 * <li>{@code redist-profile P priority / filter type / filter destination / action redist}:
 * https://docs.paloaltonetworks.com/ngfw/help/10-1/network/network-virtual-routers/route-redistribution
 * (priority 1-255, Type and Destination filters, Redist), XML from pango
 * netw/routing/profile/redist/ipv4/entry.go.
 * <li>{@code protocol bgp enable / router-id / local-as / install-route / reject-default-route /
 * allow-redist-default-route}: the BGP General tab of the same web interface help; element names from pango
 * netw/routing/protocol/bgp/config.go (reject-default-route defaults to yes, which would drop a
 * default route both ways, so it is set to no).
 * <li>{@code peer-group G type ebgp import-nexthop original / export-nexthop use-self}:
 * https://docs.paloaltonetworks.com/pan-os/10-2/pan-os-web-interface-help/network/network-virtual-routers/bgp/bgp-peer-group-tab
 * ("Use Self: replace the next hop with the virtual router's IP address").
 * <li>{@code peer P peer-as / local-address interface / local-address ip / peer-address ip /
 * connection-options multihop / keep-alive-interval / hold-time}: the same page (Peer settings,
 * Connection Options), XML from pango netw/routing/protocol/bgp/peer/entry.go.
 * <li>{@code redist-rules P enable / address-family-identifier ipv4}: the route-redistribution page above
 * ("Apply redistribution profiles to BGP in the Redistribution Rules tab"), XML from pango
 * netw/routing/protocol/bgp/redist/entry.go.
 * <li>{@code policy export rules R used-by / match address-prefix X exact yes / action allow update
 * as-path prepend N / community append [ ] / nexthop / action deny}: the BGP Export tab, XML from pango
 * netw/routing/protocol/bgp/exp/entry.go (as-path prepend as in its aggregate policy).
 * <li>{@code rulebase nat rules R from / to / source / destination / service any /
 * source-translation dynamic-ip-and-port interface-address interface E}:
 * https://docs.paloaltonetworks.com/ngfw/help/10-1/policies/policies-nat/nat-translated-packet-tab and
 * https://docs.paloaltonetworks.com/content/techdocs/en_US/pan-os/10-2/pan-os-networking-admin/nat/configure-nat/translate-internal-client-ip-addresses-to-your-public-ip-address-source-dipp-nat.html
 * (source NAT to the egress interface's address), XML from pango poli/nat/entry.go.
 * </ul>
 *
 * A change to a generator changes a golden file: regenerate with {@code -Drsnet.updateGolden=true}
 * (the run then fails once, on purpose) and review the diff against these pages.
 */
class PanosConfigTest {

  static Stream<GeneratorModels.Case> panosNvas() {
    return GeneratorModels.all(NvaVendor.PANOS).stream();
  }

  private static Path golden(GeneratorModels.Case nva, String suffix) {
    return GeneratorModels.testModels().resolve("golden").resolve(nva.analysis().network().name())
        .resolve(nva.nva().name() + "." + suffix);
  }

  private static void assertGolden(Path golden, String actual) throws Exception {
    if (Boolean.getBoolean("rsnet.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
      fail("golden file written, review it: " + golden);
    }
    if (!Files.exists(golden)) {
      fail(golden + " is missing: run the tests with -Drsnet.updateGolden=true and review what it writes");
    }
    assertEquals(Files.readString(golden), actual, "differs from the reviewed golden file " + golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("panosNvas")
  void setCommandsEqualTheReviewedGoldenFile(GeneratorModels.Case nva) throws Exception {
    assertGolden(golden(nva, "panos.set"), new PanosSetGenerator().generate(nva.input()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("panosNvas")
  void xmlEqualsTheReviewedGoldenFile(GeneratorModels.Case nva) throws Exception {
    assertGolden(golden(nva, "panos.xml"), new PanosXmlGenerator().generate(nva.input()));
  }

  /** Two templates, one configuration: parsed into leaves, both files hold exactly the same ones. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("panosNvas")
  void setCommandsAndXmlDescribeTheSameConfiguration(GeneratorModels.Case nva) throws Exception {
    List<String> fromSet = PanosSetLines.ofSetFile(new PanosSetGenerator().generate(nva.input()));
    List<String> fromXml = PanosSetLines.ofXmlFile(new PanosXmlGenerator().generate(nva.input()));
    assertFalse(fromSet.isEmpty());
    assertEquals(fromSet, fromXml);
  }

  @Test
  void theComparisonNoticesADifference() throws Exception {
    GeneratorModels.Case edge = edge();
    List<String> fromSet = PanosSetLines.ofSetFile(new PanosSetGenerator().generate(edge.input()));
    List<String> fromXml = PanosSetLines.ofXmlFile(new PanosXmlGenerator().generate(edge.input())
        .replace("<prepend>2</prepend>", "<prepend>1</prepend>"));
    assertFalse(fromSet.equals(fromXml));
  }

  @Test
  void malformedXmlIsRejected() {
    String xml = new PanosXmlGenerator().generate(edge().input()).replace("</peer-group>", "");
    try {
      PanosSetLines.ofXmlFile(xml);
      fail("unbalanced XML was accepted");
    } catch (Exception expected) {
      // The parser's own error.
    }
  }

  @Test
  void whatPanosCannotExpressIsNamedInBothFiles() {
    GeneratorModels.Case edge = edge();
    String set = new PanosSetGenerator().generate(edge.input());
    String xml = new PanosXmlGenerator().generate(edge.input());
    for (String note : List.of("advertise 10.99.0.0/16 needs a route in the firewall's table",
        "advertise 172.16.0.0/12 as-path 65040 64999 is left out",
        "advertise 192.168.0.0/16 to ars instance second is left out")) {
      assertTrue(set.contains("# Note: " + note), set);
      assertTrue(xml.contains("<!-- Note: " + note), xml);
    }
  }

  @Test
  void seedZeroDesignActiveStandby() {
    GeneratorModels.Case fw2 = panosNvas()
        .filter(c -> c.analysis().network().name().equals("contoso.hubspoke") && c.nva().name().equals("fw2"))
        .findFirst().orElseThrow();
    List<String> lines = PanosSetLines.ofSetFile(new PanosSetGenerator().generate(fw2.input()));
    String vr = "network virtual-router default ";
    // Seed 000: the default route via the untrusted side, the Route Server subnet via the trusted side.
    assertTrue(lines.contains(vr + "routing-table ip static-route to-0_0_0_0-0 nexthop ip-address 10.0.2.1"));
    assertTrue(lines.contains(vr + "routing-table ip static-route to-10_0_1_0-26 interface ethernet1/2"));
    assertTrue(lines.contains(vr + "routing-table ip static-route to-10_0_1_0-26 nexthop ip-address 10.0.3.1"));
    // One peer per Route Server instance, 20/60 s timers, the prepend that makes fw2 the standby.
    assertTrue(lines.contains(vr + "protocol bgp peer-group ars peer ars-in0 peer-address ip 10.0.1.4"));
    assertTrue(lines.contains(vr + "protocol bgp peer-group ars peer ars-in1 peer-address ip 10.0.1.5"));
    assertTrue(lines.contains(vr + "protocol bgp peer-group ars peer ars-in1 connection-options keep-alive-interval 20"));
    assertTrue(lines.contains(vr + "protocol bgp policy export rules adv-0_0_0_0-0 action allow update as-path prepend 1"));
    assertTrue(lines.contains(vr + "protocol bgp allow-redist-default-route yes"));
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("rulebase nat")), "no SNAT in the active/standby design");
  }

  private static GeneratorModels.Case edge() {
    return panosNvas().filter(c -> c.nva().name().equals("edge")).findFirst().orElseThrow();
  }
}
