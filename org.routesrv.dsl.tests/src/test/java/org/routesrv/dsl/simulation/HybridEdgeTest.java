package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

/** Gateways as BGP speakers and what on-premises receives (facts 29, 49, 51-54, 69, 72, 94), written as text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class HybridEdgeTest {

  /** A hub with a Route Server, both kinds of gateway and a firewall; each test adds its Route Server and sites. */
  private static final String HUB = """
      network edge

      vnet hub {
          address-space 10.0.0.0/16
          subnet nva 10.0.0.0/24 route-table rt-nva
          subnet workload 10.0.1.0/24
          subnet RouteServerSubnet 10.0.2.0/26
          subnet GatewaySubnet 10.0.3.0/27
      }
      vnet spoke {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      peering hub <-> spoke { transit via hub }
      route-table rt-nva { route default 0.0.0.0/0 -> internet }

      vpn-gateway vpngw in hub active-active asn 65515
      expressroute-gateway ergw in hub

      nva fw vendor frr asn 65001 {
          nic eth0 hub.nva 10.0.0.4 ip-forwarding
          static 10.0.2.0/26 via eth0
          bgp {
              peer ars via eth0
              advertise 0.0.0.0/0
              advertise 10.100.0.0/16 prepend 2
          }
      }
      """;

  private static final String SITES = """
      site branch asn 65501 via vpngw bgp-ip 192.168.255.1 {
          prefix 192.168.0.0/24
      }
      site dc asn 65020 via ergw {
          prefix 172.16.0.0/16 as-path 64900
      }
      """;

  @Inject ModelLoader loader;
  @Inject NetworkAnalyzer analyzer;
  @TempDir Path folder;

  private NetworkAnalysis analyze(String rest) throws Exception {
    LoadedModel model = load(rest);
    assertEquals(List.of(), errors(model));
    return analyzer.analyze(model, "edge");
  }

  private LoadedModel load(String rest) throws Exception {
    Path file = folder.resolve("edge.rsnet");
    Files.writeString(file, HUB + rest);
    return loader.load(ModelFiles.collect(List.of(file.toString())));
  }

  private static List<String> errors(LoadedModel model) {
    return model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::message).toList();
  }

  private Simulation simulate(String rest) throws Exception {
    return analyze(rest).baseline();
  }

  /** A site's table as {@code prefix path} lines, one per prefix (the first next hop's row). */
  private static List<String> received(Simulation simulation, String site) {
    return simulation.siteRoutes(site).stream().map(r -> r.network() + " " + r.asPath().toAzureString()).distinct()
        .toList();
  }

  private static List<String> learnedBy(Simulation simulation, String gateway, String origin) {
    return simulation.gatewayTables(gateway).learned().stream().filter(r -> r.origin().equals(origin))
        .map(r -> r.network() + " " + r.asPath().toAzureString() + " via " + r.nextHop() + " from " + r.sourcePeer()
            + " on " + r.localAddress())
        .toList();
  }

  @Test
  void fact94_gatewaysLearnTheNvasRoutesFromBothInstancesOverIbgpWithTheirPathAndNextHop() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES);
    List<String> fromRouteServer = learnedBy(simulation, "vpngw", "IBgp");
    for (String local : List.of("10.0.3.4", "10.0.3.5")) {
      for (String instance : List.of("10.0.2.4", "10.0.2.5")) {
        assertTrue(fromRouteServer.contains("10.100.0.0/16 65001-65001-65001 via 10.0.0.4 from " + instance + " on "
            + local), fromRouteServer.toString());
      }
    }
    // The ExpressRoute gateway hears the VPN site through Route Server, the VPN gateway the ExpressRoute site.
    assertTrue(learnedBy(simulation, "ergw", "IBgp").stream().anyMatch(r -> r.startsWith("192.168.0.0/24 65501 ")));
    assertTrue(learnedBy(simulation, "vpngw", "IBgp").stream()
        .anyMatch(r -> r.startsWith("172.16.0.0/16 12076-65020-64900 ")));
    // Its own vnet and the transit spoke, as Azure lists them: origin Network, no path, no next hop.
    assertEquals(List.of("10.0.0.0/16  via null from 10.0.3.6 on 10.0.3.6", "10.1.0.0/16  via null from 10.0.3.6 on"
        + " 10.0.3.6", "10.0.0.0/16  via null from 10.0.3.7 on 10.0.3.7", "10.1.0.0/16  via null from 10.0.3.7 on"
        + " 10.0.3.7"), learnedBy(simulation, "ergw", "Network"));
  }

  @Test
  void fact69_eachGatewayInstanceShowsBothRouteServerInstancesAsPeersAtAs65515() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES);
    List<String> peers = simulation.gatewayTables("vpngw").peers().stream()
        .map(p -> p.localAddress() + ">" + p.neighbor() + " AS " + p.asn() + " " + p.state()).toList();
    assertEquals(List.of("10.0.3.4>10.0.2.4 AS 65515 Connected", "10.0.3.4>10.0.2.5 AS 65515 Connected",
        "10.0.3.4>192.168.255.1 AS 65501 Connected", "10.0.3.5>10.0.2.4 AS 65515 Connected",
        "10.0.3.5>10.0.2.5 AS 65515 Connected", "10.0.3.5>192.168.255.1 AS 65501 Connected"), peers);
    // Over ExpressRoute the gateway's BGP peers are the circuit's MSEEs, in AS 12076.
    assertTrue(simulation.gatewayTables("ergw").peers().stream().anyMatch(p -> p.name().equals("dc") && p.asn() == 12076));
  }

  @Test
  void fact69_aFailedRouteServerInstanceLeavesItsGatewaySessionsIdle() throws Exception {
    NetworkAnalysis analysis = analyze("route-server ars in hub { branch-to-branch on }\n" + SITES + """
        scenario one-instance {
            fail ars instance first
            expect learned vpngw 10.100.0.0/16 from ars as-path 65001 65001 65001
        }
        """);
    Simulation after = analysis.scenarioReport(analysis.network().scenarios().get(0)).simulation();
    List<GatewayPeer> toFirst = after.gatewayTables("vpngw").peers().stream()
        .filter(p -> p.neighbor().equals(Ipv4Address.parse("10.0.2.4"))).toList();
    assertEquals(2, toFirst.size());
    assertTrue(toFirst.stream().allMatch(p -> !p.connected() && p.routesReceived() == 0), toFirst.toString());
    assertTrue(analysis.scenarioReport(analysis.network().scenarios().get(0)).expectations().get(0).passed());
  }

  @Test
  void fact53_withoutBranchToBranchRouteServerAndTheGatewaysExchangeNothing() throws Exception {
    Simulation simulation = simulate("route-server ars in hub\n" + SITES);
    assertEquals(List.of(), learnedBy(simulation, "vpngw", "IBgp"));
    assertEquals(List.of(), simulation.gatewayTables("vpngw").advertised().get(Ipv4Address.parse("10.0.2.4")));
    assertEquals(List.of("10.0.0.0/16 65515", "10.1.0.0/16 65515"), received(simulation, "branch"));
  }

  @Test
  void fact52_aVpnGatewayNeverAdvertisesTheDefaultRouteToItsSites() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES);
    assertEquals(List.of("10.0.0.0/16 65515", "10.1.0.0/16 65515", "10.100.0.0/16 65515-65001-65001-65001",
        "172.16.0.0/16 65515-12076-65020-64900"), received(simulation, "branch"));
    assertTrue(learnedBy(simulation, "vpngw", "IBgp").stream().anyMatch(r -> r.startsWith("0.0.0.0/0 ")),
        "the gateway itself learns the default route");
  }

  @Test
  void fact72_expressRouteSitesSee12076WithoutPrivateAsnsSoPrependsDoNotReachThem() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES);
    assertEquals(List.of("10.0.0.0/16 12076", "10.1.0.0/16 12076", "0.0.0.0/0 12076", "10.100.0.0/16 12076",
        "192.168.0.0/24 12076"), received(simulation, "dc"));
    assertTrue(simulation.siteRoutes("dc").stream().allMatch(r -> r.nextHop() == null && r.via().equals("ergw")));
  }

  @Test
  void fact54_anExpressRouteGatewayDoesNotConnectOneCircuitToAnother() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES + """
        site dc2 asn 65021 via ergw { prefix 172.17.0.0/16 }
        """);
    assertFalse(received(simulation, "dc").stream().anyMatch(r -> r.startsWith("172.17.")), received(simulation, "dc")
        .toString());
    assertTrue(received(simulation, "branch").contains("172.17.0.0/16 65515-12076-65021"));
  }

  @Test
  void aVpnGatewayIsATransitBetweenItsOwnSites() throws Exception {
    Simulation simulation = simulate("route-server ars in hub\n" + SITES + """
        site branch2 asn 65502 via vpngw { prefix 192.168.2.0/24 }
        """);
    assertTrue(received(simulation, "branch").contains("192.168.2.0/24 65515-65502"));
    assertTrue(received(simulation, "branch2").contains("192.168.0.0/24 65515-65501"));
  }

  @Test
  void fact51_aGatewayDropsASitePrefixEqualToAVnetSpace() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + """
        site branch asn 65501 via vpngw { prefix 10.1.0.0/16 prefix 192.168.0.0/24 }
        """);
    List<String> fromBranch = learnedBy(simulation, "vpngw", "EBgp").stream().map(r -> r.split(" ")[0]).distinct()
        .toList();
    assertEquals(List.of("192.168.0.0/24"), fromBranch);
  }

  @Test
  void aLocalNetworkGatewaysPrefixesAreStaticAndItReceivesNothing() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES + """
        site legacy via vpngw { prefix 10.50.0.0/16 }
        """);
    assertTrue(learnedBy(simulation, "vpngw", "Network").stream().anyMatch(r -> r.startsWith("10.50.0.0/16  via ")));
    assertEquals(List.of(), simulation.siteRoutes("legacy"));
    assertTrue(received(simulation, "branch").contains("10.50.0.0/16 65515"));
    // Route Server passes the static prefix on to the NVA with its own ASN only.
    assertTrue(simulation.advertisedRoutes("ars", "fw", org.routesrv.dsl.network.RouteServerInstance.FIRST).stream()
        .anyMatch(r -> r.prefix().toString().equals("10.50.0.0/16") && r.asPath().toAzureString().equals("65515")));
  }

  private static final String TUNNEL = """
      vnet remote {
          address-space 10.60.0.0/16
          subnet edge 10.60.0.0/24
      }
      nva sdwan vendor frr asn 65060 {
          nic eth0 remote.edge 10.60.0.4 ip-forwarding
          bgp {
              peer vpngw via tunnel
              peer ars via eth0
              advertise 10.60.0.0/16
          }
      }
      """;

  @Test
  void fact71_aTunnelMakesTheNvaABgpSiteOfTheGatewayWhichProgramsItsRoutes() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES
        + TUNNEL.replace("        peer ars via eth0\n", ""));
    assertTrue(learnedBy(simulation, "vpngw", "EBgp").contains("10.60.0.0/16 65060 via 10.60.0.4 from 10.60.0.4 on"
        + " 10.0.3.4"), learnedBy(simulation, "vpngw", "EBgp").toString());
    assertEquals(List.of("10.0.3.4", "10.0.3.5"), simulation.effectiveRoutes(
        org.routesrv.dsl.network.SubnetRef.parse("spoke.workload")).lookup(org.routesrv.dsl.network.Ipv4Prefix
            .parse("10.60.0.0/16")).stream().map(r -> r.nextHopIp().toString()).toList());
    assertTrue(simulation.advertisedRoutes("ars", "fw", org.routesrv.dsl.network.RouteServerInstance.FIRST).stream()
        .anyMatch(r -> r.prefix().toString().equals("10.60.0.0/16") && r.asPath().toAzureString().equals("65515-65060")));
    // The NVA learns what the gateway gives its sites; packets for them go into the tunnel.
    assertEquals(List.of("10.0.0.0/16 65515", "10.1.0.0/16 65515", "192.168.0.0/24 65515-65501",
        "10.100.0.0/16 65515-65001-65001-65001", "172.16.0.0/16 65515-12076-65020-64900"), simulation.nvaBgpRoutes("sdwan").stream()
        .filter(r -> r.peer().equals("vpngw")).map(r -> r.prefix() + " " + r.asPath().toAzureString()).distinct().toList());
    assertEquals("vpngw", simulation.nvaRoutes("sdwan").lookup(org.routesrv.dsl.network.Ipv4Address.parse("10.1.0.4"))
        .get(0).tunnel());
  }

  @Test
  void whatAnNvaLearnedFromRouteServerNeverReachesTheGatewayOverItsTunnel() throws Exception {
    Simulation simulation = simulate("route-server ars in hub { branch-to-branch on }\n" + SITES + TUNNEL
        .replace("subnet edge 10.60.0.0/24", "subnet edge 10.60.0.0/24\n    subnet RouteServerSubnet 10.60.1.0/26")
        .replace("peer ars via eth0", "peer ars2 via eth0") + "route-server ars2 in remote\n" + """
        nva other vendor frr asn 65061 {
            nic eth0 remote.edge 10.60.0.5 ip-forwarding
            bgp {
                peer ars2 via eth0
                advertise 10.61.0.0/16
            }
        }
        """);
    List<String> overTunnel = learnedBy(simulation, "vpngw", "EBgp").stream().filter(r -> r.contains("10.60.0.4 on"))
        .map(r -> r.split(" ")[0] + " " + r.split(" ")[1]).distinct().toList();
    assertEquals(List.of("10.60.0.0/16 65060"), overTunnel, "10.61.0.0/16 came from ars2 with 65515 in its path");
  }

  @Test
  void aSiteBehindAnNvaReceivesWhatTheNvaLearnsWithItsAsnInFront() throws Exception {
    Simulation simulation = simulate("route-server ars in hub\n" + """
        site colo asn 65030 via fw { prefix 10.200.0.0/16 }
        """);
    assertEquals(List.of("0.0.0.0/0 65001", "10.100.0.0/16 65001-65001-65001", "10.0.0.0/16 65001-65515",
        "10.1.0.0/16 65001-65515"), received(simulation, "colo"));
    assertEquals(List.of("10.200.0.0/16 65030 from colo"), simulation.nvaBgpRoutes("fw").stream()
        .filter(r -> r.peer().equals("colo")).map(r -> r.prefix() + " " + r.asPath().toAzureString() + " from " + r.peer())
        .toList());
    assertEquals(List.of("ars RouteServiceRole_IN_0 Established", "ars RouteServiceRole_IN_1 Established",
        "colo Established"), simulation.nvaSessions("fw").stream().map(s -> s.peer() + " " + s.state()).toList());
  }

  @Test
  void anExabgpNvaSendsItsSiteOnlyItsConfiguredRoutes() throws Exception {
    Simulation simulation = simulate("route-server ars in hub\n" + """
        nva inj vendor exabgp asn 65010 {
            nic eth0 hub.nva 10.0.0.5
            bgp {
                peer ars via eth0
                advertise 192.168.10.0/24
            }
        }
        site lab asn 65040 via inj { prefix 10.210.0.0/16 }
        """);
    assertEquals(List.of("192.168.10.0/24 65010"), received(simulation, "lab"));
  }

  @Test
  void fact94_switchingBranchToBranchOffInAScenarioTakesTheNvaRoutesOffTheSitesTable() throws Exception {
    NetworkAnalysis analysis = analyze("route-server ars in hub { branch-to-branch on }\n" + SITES + """
        expect learned branch 10.100.0.0/16 from fw as-path 65515 65001 65001 65001
        expect no-learned branch 0.0.0.0/0
        expect learned dc 10.100.0.0/16 as-path 12076
        scenario off {
            set ars branch-to-branch off
            expect no-learned branch 10.100.0.0/16
            expect no-learned dc 10.100.0.0/16
            expect learned branch 10.1.0.0/16 from vpngw as-path 65515
        }
        """);
    assertEquals(List.of(true, true, true), analysis.baselineReport().expectations().stream()
        .map(ExpectationResult::passed).toList(), analysis.baselineReport().expectations().toString());
    assertEquals(List.of(true, true, true), analysis.scenarioReport(analysis.network().scenarios().get(0))
        .expectations().stream().map(ExpectationResult::passed).toList());
  }

  @Test
  void aFailedLearnedExpectationSaysWhereThePrefixCameFromInstead() throws Exception {
    List<String> actual = errors(load("route-server ars in hub { branch-to-branch on }\n" + SITES + """
        expect learned branch 10.100.0.0/16 from dc
        expect learned branch 10.100.0.0/16 as-path 65001
        expect no-learned dc 10.0.0.0/16
        """));
    assertEquals("not learned: branch 10.100.0.0/16 from dc: it holds the prefix from vpngw, fw", actual.get(0));
    assertEquals("expected AS path 65001, but learned branch 10.100.0.0/16 with AS path 65515 65001 65001 65001",
        actual.get(1));
    assertEquals("learned dc 10.0.0.0/16: from ergw, hub", actual.get(2));
  }

  @Test
  void simulationJsonHasTheGatewaysSitesAndNvasInTheShapesOfAz() throws Exception {
    NetworkAnalysis analysis = analyze("route-server ars in hub { branch-to-branch on }\n" + SITES);
    JsonNode json = new ObjectMapper().readTree(JsonRenderer.render(analysis.baselineReport()));
    JsonNode vpn = json.get("gateways").get("vpngw");
    assertEquals("Vpn", vpn.get("type").asText());
    JsonNode peer = vpn.get("bgpPeerStatus").get(0);
    assertEquals("asn localAddress neighbor routesReceived state", fields(peer));
    JsonNode learned = vpn.get("learnedRoutes").get("value").get(0);
    assertEquals("asPath localAddress network nextHop origin sourcePeer weight", fields(learned));
    assertTrue(learned.get("nextHop").isNull());
    JsonNode toBranch = vpn.get("advertisedRoutes").get("192.168.255.1").get("value");
    assertEquals("Igp", toBranch.get(0).get("origin").asText());
    assertEquals("ExpressRoute", json.get("gateways").get("ergw").get("type").asText());
    JsonNode site = json.get("sites").get("dc").get("learnedRoutes").get(0);
    assertEquals("asPath network nextHop via", fields(site));
    JsonNode fw = json.get("nvas").get("fw");
    assertEquals("bgpRoutes routes sessions", fields(fw));
    assertNull(fw.get("sessions").get(0).get("reason"));
  }

  private static String fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.stream().sorted().collect(Collectors.joining(" "));
  }
}
