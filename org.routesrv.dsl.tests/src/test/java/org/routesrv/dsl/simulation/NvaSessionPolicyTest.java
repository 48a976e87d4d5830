package org.routesrv.dsl.simulation;

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
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Inject;

/** An NVA's session options and maps ({@code peer ... as-override|remove-private-as|allowas-in|import|export}). */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class NvaSessionPolicyTest {

  /**
   * Two regions: hub-a with ars-a and a transit spoke 10.1.0.0/16, hub-b with ars-b, the hubs peered directly;
   * the router sits in hub-a and peers with both Route Servers (seed 001's multi-region design).
   */
  private static final String TWO_REGIONS = """
      network regions

      vnet hub-a {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24 route-table rt-nva
      }
      vnet spoke-a {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      vnet hub-b {
          address-space 10.100.0.0/16
          subnet RouteServerSubnet 10.100.1.0/26
          subnet app 10.100.3.0/24
      }
      peering hub-a <-> spoke-a { transit via hub-a }
      peering hub-a <-> hub-b
      route-table rt-nva { bgp-propagation off }
      route-server ars-a in hub-a
      route-server ars-b in hub-b

      nva router vendor frr asn 65001 {
          nic eth0 hub-a.nva 10.0.2.4 ip-forwarding
          static 10.0.1.0/26 via eth0
          static 10.100.1.0/26 via eth0
          bgp {
              peer ars-a via eth0
              peer ars-b via eth0 %s
          }
      }
      """;

  /** One hub with Route Server ars and an NVA subnet that takes no BGP routes. */
  private static final String ONE_HUB = """
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24 route-table rt-nva
      }
      route-table rt-nva { bgp-propagation off }
      route-server ars in hub
      """;

  @Inject ModelLoader loader;
  @Inject NetworkAnalyzer analyzer;
  @TempDir Path folder;

  private Simulation simulate(String text) throws Exception {
    Path file = folder.resolve("model.rsnet");
    Files.writeString(file, text);
    LoadedModel model = loader.load(ModelFiles.collect(List.of(file.toString())));
    // The model's own expectations may fail: the tests read the simulation.
    assertEquals(List.of(), model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR
        && !"expectation-failed".equals(d.code())).map(Diagnostic::format).toList());
    return analyzer.analyze(model, model.networks().keySet().iterator().next()).baseline();
  }

  private static List<String> learned(Simulation simulation, String server, String nva) {
    return simulation.peer(server, nva).learned(RouteServerInstance.FIRST).stream()
        .map(r -> r.route().prefix() + " " + r.route().asPath().toAzureString()).toList();
  }

  @Test
  void fact40_withoutAsOverrideTheOtherRegionRejectsTheRoutesOfItsNeighbourRouteServer() throws Exception {
    Simulation simulation = simulate(TWO_REGIONS.formatted(""));
    assertEquals(List.of(), learned(simulation, "ars-b", "router"), "65001-65515 carries 65515: rejected, unlisted");
    assertTrue(simulation.effectiveRoutes(SubnetRef.parse("hub-b.app")).lookup(Ipv4Prefix.parse("10.1.0.0/16"))
        .stream().noneMatch(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY));
  }

  @Test
  void fact40_asOverrideReplacesRouteServersAsnSoTheOtherRegionProgramsTheSpoke() throws Exception {
    Simulation simulation = simulate(TWO_REGIONS.formatted("as-override"));
    assertEquals(List.of("10.0.0.0/16 65001-65001", "10.1.0.0/16 65001-65001", "10.100.0.0/16 65001-65001"),
        learned(simulation, "ars-b", "router"), "ars-b's own hub comes back too, as FRR sends it: filtered (fact 51)");
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), simulation.effectiveRoutes(SubnetRef.parse("hub-b.app"))
        .lookup(Ipv4Prefix.parse("10.1.0.0/16")).stream()
        .filter(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY).map(EffectiveRoute::nextHopIp).toList());
  }

  @Test
  void fact40_removePrivateAsLeavesThePeersOwnAsnSoItDoesNotHelpAcrossRegions() throws Exception {
    for (String option : List.of("remove-private-as", "remove-private-as replace")) {
      Simulation simulation = simulate(TWO_REGIONS.formatted(option));
      assertEquals(List.of(), learned(simulation, "ars-b", "router"), option);
      assertEquals(List.of("10.0.0.0/16 65001-65515", "10.1.0.0/16 65001-65515"), simulation.peer("ars-b", "router")
          .rejected(RouteServerInstance.FIRST).stream().map(r -> r.route().prefix() + " " + r.route().asPath()
              .toAzureString()).toList(), option + ": 65515 is the peer's ASN, which FRR keeps");
    }
  }

  @Test
  void removePrivateAsStripsOrReplacesTheOtherPrivateAsns() throws Exception {
    String model = TWO_REGIONS.formatted("as-override %s") + """
        nva edge vendor frr asn 65009 {
            nic eth0 hub-a.nva 10.0.2.9 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer router 10.0.2.4 asn 65001
                advertise 172.30.0.0/16
            }
        }
        """;
    model = model.replace("        peer ars-a via eth0\n", "        peer ars-a via eth0\n        peer edge 10.0.2.9 asn 65009\n");
    assertTrue(learned(simulate(model.formatted("remove-private-as")), "ars-b", "router")
        .contains("172.30.0.0/16 65001"), "65009 is private and not ars-b's: removed");
    assertTrue(learned(simulate(model.formatted("remove-private-as replace")), "ars-b", "router")
        .contains("172.30.0.0/16 65001-65001"));
  }

  @Test
  void anExportMapActsBehindTheNvasOwnAsnAsARouterApplyingItsOutboundPolicy() throws Exception {
    Simulation simulation = simulate(TWO_REGIONS.formatted("as-override export longer") + """
        route-map longer {
            rule spoke {
                match prefix equals 10.1.0.0/16
                prepend 64500
            }
            rule rest {
                drop
            }
        }
        """);
    assertEquals(List.of("10.1.0.0/16 65001-64500-65001"), learned(simulation, "ars-b", "router"),
        "as-override turns 65515 into 65001 first; then the map prepends behind the NVA's own 65001");
  }

  @Test
  void fact47_allowasInLetsAnNvaAcceptRoutesWithItsOwnAsn() throws Exception {
    String twins = "network twins\n" + ONE_HUB + """
        nva east vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0
                advertise 172.16.1.0/24
            }
        }
        nva west vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.5 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0 %s
            }
        }
        """;
    Ipv4Address east = Ipv4Address.parse("10.0.1.4");
    assertTrue(simulate(twins.formatted("")).nvaRoutes("west").lookup(Ipv4Address.parse("172.16.1.10")).stream()
        .noneMatch(r -> r.protocol() == NvaRouteProtocol.BGP), "65515-65001 holds west's own ASN: dropped");
    assertEquals(List.of(east), simulate(twins.formatted("allowas-in")).nvaRoutes("west")
        .lookup(Ipv4Address.parse("172.16.1.10")).stream().filter(r -> r.protocol() == NvaRouteProtocol.BGP)
        .map(NvaRoute::nextHop).toList());
  }

  @Test
  void fact40_theMultiRegionExampleNeedsAsOverride() throws Exception {
    String example = ExampleFiles.text(ExampleFiles.named("multi-region-route-maps.rsnet"));
    Simulation withOverride = simulate(example);
    assertEquals(List.of(Ipv4Address.parse("10.100.2.4")), bgpNextHops(withOverride, "spoke11.workload", "10.200.0.0/15"));
    assertEquals(List.of(Ipv4Address.parse("10.200.2.4")), bgpNextHops(withOverride, "spoke21.workload", "10.100.0.0/15"));

    Simulation without = simulate(example.replace(" as-override", ""));
    assertEquals(List.of(), bgpNextHops(without, "spoke11.workload", "10.200.0.0/15"));
    List<String> rejected = without.peer("ars1", "nva1").rejected(RouteServerInstance.FIRST).stream()
        .map(r -> r.route().prefix() + " " + r.route().asPath().toAzureString() + ": " + r.filtered()).toList();
    assertTrue(rejected.contains("10.200.0.0/16 65001-65002-65515: " + rejectionOf(without, "10.200.0.0/16")), rejected.toString());
  }

  private static String rejectionOf(Simulation simulation, String prefix) {
    return simulation.peer("ars1", "nva1").rejected(RouteServerInstance.FIRST).stream()
        .filter(r -> r.route().prefix().toString().equals(prefix)).findFirst().orElseThrow().filtered();
  }

  private static List<Ipv4Address> bgpNextHops(Simulation simulation, String subnet, String prefix) {
    return simulation.effectiveRoutes(SubnetRef.parse(subnet)).lookup(Ipv4Prefix.parse(prefix)).stream()
        .filter(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY).map(EffectiveRoute::nextHopIp).toList();
  }

  @Test
  void aConditionalAdvertisementFollowsWhatTheNvaLearns() throws Exception {
    String model = "network conditional\n" + ONE_HUB + """
        nva primary vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0
                advertise 172.16.0.0/12
            }
        }
        nva backup vendor frr asn 65002 {
            nic eth0 hub.nva 10.0.2.5 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0
                advertise 0.0.0.0/0 when-learned 172.16.0.0/12 from ars
                advertise 192.168.0.0/16 when-learned 10.99.0.0/16
            }
        }
        scenario primary-gone {
            withdraw primary 172.16.0.0/12
        }
        """;
    Simulation simulation = simulate(model);
    assertEquals(List.of("0.0.0.0/0 65002"), learned(simulation, "ars", "backup"),
        "0.0.0.0/0 while backup learns 172.16.0.0/12 from ars; 192.168.0.0/16 waits for 10.99.0.0/16, which nobody sends");
    Path file = folder.resolve("model.rsnet");
    LoadedModel loaded = loader.load(ModelFiles.collect(List.of(file.toString())));
    Simulation gone = analyzer.analyze(loaded, "conditional").scenarioReport("primary-gone").orElseThrow().simulation();
    assertEquals(List.of(), learned(gone, "ars", "backup"), "the condition went with the primary's route");
  }

  @Test
  void eachEndOfAnNvaSessionAppliesItsOwnLinesPolicy() throws Exception {
    String model = "network ends\n" + ONE_HUB + """
        route-map keep-first {
            rule second {
                match prefix equals 172.16.2.0/24
                drop
            }
        }
        route-map refuse-third {
            rule third {
                match prefix equals 172.16.3.0/24
                drop
            }
        }
        nva sender vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            bgp {
                peer receiver 10.0.2.5 asn 65002 export keep-first
                advertise 172.16.1.0/24
                advertise 172.16.2.0/24
                advertise 172.16.3.0/24
            }
        }
        nva receiver vendor frr asn 65002 {
            nic eth0 hub.nva 10.0.2.5 ip-forwarding
            bgp {
                peer sender 10.0.2.4 asn 65001 import refuse-third
            }
        }
        """;
    NvaForwardingTable table = simulate(model).nvaRoutes("receiver");
    for (String address : List.of("172.16.1.1", "172.16.2.1", "172.16.3.1")) {
      boolean learned = table.lookup(Ipv4Address.parse(address)).stream().anyMatch(r -> r.protocol() == NvaRouteProtocol.BGP);
      assertEquals(address.equals("172.16.1.1"), learned,
          address + ": the sender's export map drops .2, the receiver's import map drops .3");
    }
  }
}
