package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.PeerPolicy;
import org.routesrv.dsl.network.RouteMap;

/**
 * Every generated FRR configuration as FRR 8 reads it. {@code vtysh -C -f} parses the whole
 * integrated configuration and exits non-zero on any rejected line ({@code bgpd -C} exits 0 even
 * then, and a running FRR silently drops rejected lines, so this check comes first).
 */
class FrrConfigTest {

  @TempDir Path folder;

  @BeforeAll
  static void frrIsInstalled() {
    ExternalTool.require("vtysh");
  }

  static Stream<GeneratorModels.Case> frrNvas() {
    return GeneratorModels.all(NvaVendor.FRR).stream();
  }

  private ExternalTool.Result check(Path config) {
    return ExternalTool.run(Duration.ofSeconds(30), List.of("vtysh", "-C", "-f", config.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frrNvas")
  void frrAcceptsTheGeneratedConfiguration(GeneratorModels.Case nva) throws Exception {
    Path config = folder.resolve(nva.nva().name() + ".frr.conf");
    Files.writeString(config, new FrrGenerator().generate(nva.input()));
    ExternalTool.Result result = check(config);
    assertEquals(0, result.exitCode(), result.output());
  }

  @Test
  void theCheckCanFail() throws Exception {
    Path config = folder.resolve("broken.frr.conf");
    Files.writeString(config, new FrrGenerator().generate(router().input()).replace("timers 10 30", "timers 10 soon"));
    ExternalTool.Result result = check(config);
    assertNotEquals(0, result.exitCode(), result.output());
  }

  /** RFC 8212: FRR sends and accepts nothing on an eBGP session without both policies. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("frrNvas")
  void everyNeighbourHasAnInboundAndAnOutboundRouteMapThatExists(GeneratorModels.Case nva) {
    String config = new FrrGenerator().generate(nva.input());
    // A peer group, or a neighbour of its own (a group's members name their group after peer-group).
    Matcher neighbours = Pattern.compile("(?m)^ neighbor (\\S+) (?:peer-group|remote-as \\d+)$").matcher(config);
    int checked = 0;
    while (neighbours.find()) {
      String neighbour = neighbours.group(1);
      for (String direction : List.of("in", "out")) {
        List<String> holders = List.of(neighbour);
        if (direction.equals("out") && !appliedRouteMap(config, neighbour, direction).find()) {
          // A peer group whose instances hear different attributes (fact 88): each member has its own.
          holders = Pattern.compile("(?m)^ neighbor (\\S+) peer-group " + Pattern.quote(neighbour) + "$").matcher(config)
              .results().map(m -> m.group(1)).toList();
          assertFalse(holders.isEmpty(), neighbour + " has no out route-map and no members in\n" + config);
        }
        for (String holder : holders) {
          Matcher applied = appliedRouteMap(config, holder, direction);
          assertTrue(applied.find(), holder + " has no " + direction + " route-map in\n" + config);
          assertTrue(config.contains("route-map " + applied.group(1) + " "), applied.group(1) + " is not defined");
        }
      }
      checked++;
    }
    assertTrue(checked > 0, config);
  }

  private static Matcher appliedRouteMap(String config, String neighbour, String direction) {
    return Pattern.compile("(?m)^  neighbor " + Pattern.quote(neighbour) + " route-map (\\S+) " + direction + "$")
        .matcher(config);
  }

  @Test
  void fact88_eachInstanceThatHearsItsOwnAttributesHasItsOwnOutboundRouteMap() {
    String config = new FrrGenerator().generate(frrNvas().filter(c -> c.nva().name().equals("splitter"))
        .findFirst().orElseThrow().input());
    assertTrue(config.contains("  neighbor 10.50.1.4 route-map RS-ars-IN0-OUT out\n"
        + "  neighbor 10.50.1.5 route-map RS-ars-IN1-OUT out\n"), config);
    assertTrue(config.contains("route-map RS-ars-IN1-OUT permit 10\n match ip address prefix-list ADV-172.40.0.0-16\n"
        + " set as-path prepend 65040 65040\n"), config);
    assertTrue(config.contains("route-map RS-ars-IN0-OUT permit 30\n match ip address prefix-list ADV-172.40.0.0-16\n!"),
        config);
    assertTrue(config.contains("route-map RS-ars-IN1-OUT deny 30\n match ip address prefix-list ADV-172.41.0.0-16\n"),
        "the second instance must not hear what only the first one does:\n" + config);
  }

  @Test
  void fact89_aSessionMapBecomesAnFrrRouteMapWithAzuresSemantics() {
    String config = new FrrGenerator().generate(frrNvas().filter(c -> c.nva().name().equals("mapper"))
        .findFirst().orElseThrow().input());
    for (String entry : List.of(
        "route-map MAP-outward deny 10\n description rule hide\n match ip address prefix-list MAP-outward-R1-M1\n!",
        "route-map MAP-outward permit 20\n description rule tag\n match ip address prefix-list MAP-outward-R2-M1\n"
            + " set community 65050:1 additive\n on-match next\n!",
        "ip prefix-list MAP-outward-R2-M1 seq 5 permit 172.50.0.0/15 le 32\n",
        "bgp as-path access-list MAP-outward-R3-M2 seq 5 permit _64950_\n",
        " set comm-list MAP-outward-R3-REMOVE delete\n",
        "route-map MAP-outward permit 65000\n description a route no rule matches is allowed, as in Azure\n!",
        "route-map RS-ars-IN permit 10\n description accept what Route Server ars advertises\n call MAP-inward\n!",
        " set community 65050:9\n call MAP-outward\n!")) {
      assertTrue(config.contains(entry), entry + " in\n" + config);
    }
  }

  @Test
  void aConditionalAdvertisementBecomesAnAdvertiseMapWithAnExistMapOnTheNamedPeersAddresses() {
    String config = new FrrGenerator().generate(frrNvas().filter(c -> c.nva().name().equals("mapper"))
        .findFirst().orElseThrow().input());
    for (String line : List.of("ip prefix-list COND-ars-WHEN seq 5 permit 172.20.0.0/16\n",
        "route-map COND-ars-ADV permit 10\n match ip address prefix-list ADV-172.52.0.0-16\n!",
        "route-map COND-ars-EXIST permit 10\n match ip address prefix-list COND-ars-WHEN\n match peer 10.50.1.4\n!",
        "route-map COND-ars-EXIST permit 20\n match ip address prefix-list COND-ars-WHEN\n match peer 10.50.1.5\n!",
        " bgp conditional-advertisement timer 5\n",
        "  neighbor ars advertise-map COND-ars-ADV exist-map COND-ars-EXIST\n")) {
      assertTrue(config.contains(line), line + " in\n" + config);
    }
  }

  @Test
  void aMapRuleFrrCannotWriteIsNamedAsLeftOut() {
    RouteMap map = new RouteMap("summary", List.of(new RouteMap.Rule("all", List.of(),
        List.of(new RouteMap.Summarize(List.of(org.routesrv.dsl.network.Ipv4Prefix.parse("172.16.0.0/12")))), false),
        new RouteMap.Rule("twice", List.of(), List.of(
            new RouteMap.AsPathChange(RouteMap.AsPathOperation.PREPEND, List.of(64500L)),
            new RouteMap.AsPathChange(RouteMap.AsPathOperation.PREPEND, List.of(64501L))), false)));
    assertEquals(List.of("route-map summary rule all is left out: FRR summarizes with aggregate-address, not in a route-map",
        "route-map summary rule twice is left out: FRR keeps one AS-path and one community action per route-map entry"),
        new FrrRouteMaps(map).leftOut());
  }

  @Test
  void sessionOptionsAreWrittenOnThePeerGroup() {
    String config = new FrrGenerator().generate(frrNvas().filter(c -> c.nva().name().equals("splitter"))
        .findFirst().orElseThrow().input());
    assertTrue(config.contains("  neighbor ars remove-private-AS all replace-AS\n  neighbor ars allowas-in 2\n"), config);
  }

  @Test
  void anNvaSessionMapIsNamedAsLeftOutByTheVendorsThatDoNotWriteIt() {
    RouteMap map = new RouteMap("longer", List.of(new RouteMap.Rule("all", List.of(),
        List.of(new RouteMap.AsPathChange(RouteMap.AsPathOperation.PREPEND, List.of(64500L))), false)));
    Network network = NetworkBuilder.network("policy")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16").subnet("RouteServerSubnet", "10.0.1.0/26")
            .subnet("nva", "10.0.2.0/24"))
        .routeServer("ars", "hub", r -> { })
        .nva("fw", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva", "10.0.2.4", true)
            .peer("ars", "eth0", p -> p.policy(new PeerPolicy(null, map, true, PeerPolicy.PrivateAsRemoval.KEEP, 0))))
        .build();
    NvaConfigInput input = new NvaConfigInput(network, network.nva("fw").orElseThrow(), "policy.rsnet", "test");
    String note = "peer ars export is left out: RSNet does not yet write it for ";
    assertEquals(List.of(), new FrrGenerator().notes(input), "FRR writes maps and session options");
    assertTrue(new ExabgpGenerator().notes(input).containsAll(List.of(note + "ExaBGP; configure it by hand",
        "peer ars as-override is left out: RSNet does not yet write it for ExaBGP; configure it by hand")));
    assertTrue(new ExabgpGenerator().generate(input).contains("# Note: " + note + "ExaBGP"));
  }

  @Test
  void aBgpSiteBehindTheNvaGetsASessionAndTheTunnelIsNamedAsLeftOut() {
    Network network = NetworkBuilder.network("colo")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16").subnet("RouteServerSubnet", "10.0.1.0/26")
            .subnet("nva", "10.0.2.0/24"))
        .routeServer("ars", "hub", r -> { })
        .nva("fw", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva", "10.0.2.4", true).peer("ars", "eth0", p -> { }))
        .site("colo", 65030, "fw", s -> s.prefix("10.200.0.0/16"))
        .site("branch", 65040, "fw", s -> s.bgpIp("192.168.255.2").prefix("10.201.0.0/16"))
        .build();
    NvaConfigInput input = new NvaConfigInput(network, network.nva("fw").orElseThrow(), "colo.rsnet", "test");
    String config = new FrrGenerator().generate(input);
    assertTrue(config.contains(" neighbor 198.51.100.1 remote-as 65030\n neighbor 198.51.100.1 description colo\n"),
        config);
    assertTrue(config.contains(" neighbor 192.168.255.2 remote-as 65040\n"), config);
    List<String> notes = new FrrGenerator().notes(input);
    assertEquals(2, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("site colo: the BGP session with 198.51.100.1 (AS 65030) is written, the tunnel"
        + " or link that carries it is not") && notes.get(0).endsWith("(this one is a documentation placeholder)"),
        notes.get(0));
    assertFalse(notes.get(1).contains("placeholder"), notes.get(1));
    assertTrue(new ExabgpGenerator().notes(input).containsAll(notes));
  }

  @Test
  void aSiteWithItsOwnPeerLineGetsNoSecondSession() {
    String config = new FrrGenerator().generate(router().input());
    assertEquals(1, config.split("remote-as 65030\n", -1).length - 1, config);
    assertFalse(new FrrGenerator().notes(router().input()).stream().anyMatch(n -> n.startsWith("site ")));
  }

  @Test
  void prependAndExplicitPathsBecomeAsPathPrependAfterTheOwnAsn() {
    String config = new FrrGenerator().generate(router().input());
    assertTrue(config.contains("route-map RS-ars-OUT permit 10\n match ip address prefix-list ADV-172.30.0.0-16\n"
        + " set as-path prepend 65020\n"), config);
    assertTrue(config.contains(" match ip address prefix-list ADV-172.33.0.0-16\n set as-path prepend 64901 64902\n"), config);
  }

  @Test
  void aRouteForOnePeerIsDeniedToTheOthers() {
    String config = new FrrGenerator().generate(router().input());
    assertTrue(config.contains("route-map RS-ars-OUT deny 50\n match ip address prefix-list ADV-172.32.0.0-16\n"), config);
    assertTrue(config.contains("route-map PEER-branch-OUT deny 50\n match ip address prefix-list ADV-172.31.0.0-16\n"),
        config);
  }

  @Test
  void routeServerGetsNothingBackFromARouteServerAndTheModelsTimers() {
    String config = new FrrGenerator().generate(router().input());
    assertTrue(config.contains("bgp as-path access-list FROM-ROUTE-SERVER seq 5 permit ^65515_"), config);
    assertTrue(config.contains("route-map RS-ars-OUT deny 900\n description never hand a Route Server what a Route Server"
        + " advertised\n match as-path FROM-ROUTE-SERVER\n"), config);
    assertTrue(config.contains(" neighbor ars timers 10 30\n"), config);
    assertTrue(config.contains(" neighbor ars ebgp-multihop 2\n neighbor ars update-source 10.50.2.5\n"), config);
    // instances first: only RouteServiceRole_IN_0.
    assertTrue(config.contains(" neighbor 10.50.1.4 peer-group ars\n"), config);
    assertFalse(config.contains("10.50.1.5"), config);
  }

  @Test
  void staticRoutesUseTheSubnetsAzureGateway() {
    GeneratorModels.Case pitfalls = frrNvas().filter(c -> c.nva().name().equals("router1")).findFirst().orElseThrow();
    String config = new FrrGenerator().generate(pitfalls.input());
    assertTrue(config.contains("\nip route 0.0.0.0/0 10.0.2.1\n"), config);
    assertTrue(config.startsWith("! Generated by RSNet test from network ipspace.behind-the-scenes"
        + " (frr-default-route-pitfalls.rsnet), NVA router1 (vendor frr, AS 65001).\n"), config);
  }

  private static GeneratorModels.Case router() {
    return frrNvas().filter(c -> c.nva().name().equals("router")).findFirst().orElseThrow();
  }
}
