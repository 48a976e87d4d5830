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
import org.routesrv.dsl.network.RoutingPreference;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Inject;

/** Route maps on Route Server, written as text and simulated in fact 89's order. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class RouteServerRouteMapsTest {

  private static final String HUB = """
      network maps

      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24 route-table rt-nva
          subnet app 10.0.3.0/24
      }

      route-table rt-nva { bgp-propagation off }

      nva fw1 vendor frr asn 65001 {
          nic eth0 hub.nva 10.0.2.4 ip-forwarding
          static 10.0.1.0/26 via eth0
          bgp {
              peer ars via eth0
              advertise 0.0.0.0/0
              advertise 10.0.5.0/24
              advertise 172.16.1.0/24
              advertise 172.16.2.0/24 community 65001:7
          }
      }

      nva fw2 vendor frr asn 65002 {
          nic eth0 hub.nva 10.0.2.5 ip-forwarding
          static 10.0.1.0/26 via eth0
          bgp {
              peer ars via eth0
              advertise 172.16.1.0/24 prepend 1
          }
      }
      """;

  private static final SubnetRef APP = SubnetRef.parse("hub.app");

  @Inject ModelLoader loader;
  @Inject NetworkAnalyzer analyzer;
  @TempDir Path folder;

  private NetworkAnalysis analyze(String routeServerAndMaps) throws Exception {
    Path file = folder.resolve("maps.rsnet");
    Files.writeString(file, HUB + routeServerAndMaps);
    LoadedModel model = loader.load(ModelFiles.collect(List.of(file.toString())));
    assertEquals(List.of(), model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::format).toList());
    return analyzer.analyze(model, "maps");
  }

  private Simulation simulate(String routeServerAndMaps) throws Exception {
    return analyze(routeServerAndMaps).baseline();
  }

  private static List<Ipv4Address> nextHops(Simulation simulation, String prefix) {
    return simulation.effectiveRoutes(APP).lookup(Ipv4Prefix.parse(prefix)).stream()
        .filter(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY).map(EffectiveRoute::nextHopIp).toList();
  }

  private static List<String> advertisedTo(Simulation simulation, String nva) {
    return simulation.advertisedRoutes("ars", nva, RouteServerInstance.FIRST).stream()
        .map(r -> r.prefix() + " " + r.asPath().toAzureString() + (r.communities().isEmpty() ? "" : " " + r.communities()))
        .toList();
  }

  @Test
  void fact89_anImportMapActsBeforeBestPathAndTheListingsShowItsResult()
      throws Exception {
    Simulation simulation = simulate("""
        route-map from-fw1 {
            rule no-default {
                match prefix equals 0.0.0.0/0
                drop
            }
            rule tag continue {
                match prefix contains 172.16.0.0/12
                add community 64500:1
            }
            rule longer {
                match community contains 64500:1
                prepend 64500 64500
            }
        }
        route-server ars in hub { import from-fw1 from fw1 }
        """);
    assertTrue(nextHops(simulation, "0.0.0.0/0").isEmpty(), "the dropped default is not programmed");
    assertEquals(List.of(Ipv4Address.parse("10.0.2.5")), nextHops(simulation, "172.16.1.0/24"),
        "fw1's path is now 64500 64500 65001, longer than fw2's 65002 65002");
    assertEquals(List.of("172.16.2.0/24 65515-64500-64500-65001 [65001:7, 64500:1]"), advertisedTo(simulation, "fw2")
        .stream().filter(r -> r.startsWith("172.16.2.")).toList(), "the continued rule's community, then the prepend");
    assertEquals(List.of("172.16.1.0/24 64500-64500-65001 null", "172.16.2.0/24 64500-64500-65001 null",
        "10.0.5.0/24 65001 inside the address space 10.0.0.0/16 of vnet hub (fact 51)"),
        simulation.peer("ars", "fw1").learned(RouteServerInstance.FIRST).stream().map(r -> r.route().prefix() + " "
            + r.route().asPath().toAzureString() + " " + r.filtered()).toList(),
        "learnedRoutes lists the accepted routes after the import map (the default is gone), then the filtered ones");
  }

  @Test
  void fact89_anImportMapCannotRescueARouteInsideTheVnetSpace() throws Exception {
    Simulation simulation = simulate("""
        route-map rescue {
            rule widen {
                match prefix contains 10.0.0.0/16
                summarize 10.0.0.0/8
            }
        }
        route-server ars in hub { import rescue from fw1 }
        """);
    assertEquals(List.of(), simulation.effectiveRoutes(APP).rows().stream()
        .filter(r -> r.source() == RouteSource.VIRTUAL_NETWORK_GATEWAY)
        .map(r -> r.prefix().toString()).filter(p -> p.startsWith("10.")).toList(),
        "10.0.5.0/24 was filtered for the vnet space before the map, so no summary stands in for it (fact 51)");
  }

  @Test
  void fact89_anExportMapChangesOnlyWhatThatPeerReceivesAndNeverTheVnetSpace() throws Exception {
    Simulation simulation = simulate("""
        route-map to-fw2 {
            rule summary {
                match prefix contains 172.16.0.0/12
                summarize 172.16.0.0/12
            }
            rule everything {
                drop
            }
        }
        route-server ars in hub { export to-fw2 to fw2 }
        """);
    assertEquals(List.of("10.0.0.0/16 65515", "172.16.0.0/12 65515"), advertisedTo(simulation, "fw2"),
        "the summary carries no AS path but Route Server's own; the vnet space passes a drop-everything rule");
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), nextHops(simulation, "172.16.1.0/24"),
        "programming is untouched by an export map");
    assertTrue(advertisedTo(simulation, "fw1").contains("172.16.1.0/24 65515-65002-65002"), "fw1 has no map");
  }

  @Test
  void fact89_aScenarioAttachesAndDetachesMapsAndChangesSettings() throws Exception {
    NetworkAnalysis analysis = analyze("""
        route-map backup {
            rule longer {
                match prefix equals 172.16.1.0/24
                prepend 64500 64500
            }
        }
        route-server ars in hub
        scenario attached {
            attach ars import backup from fw1
        }
        scenario detached {
            attach ars import backup from fw1
            detach ars import from fw1
        }
        scenario by-preference {
            attach ars import backup from fw1
            set ars routing-preference as-path
            set ars branch-to-branch on
        }
        """);
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")), nextHops(analysis.baseline(), "172.16.1.0/24"));
    assertEquals(List.of(Ipv4Address.parse("10.0.2.5")),
        nextHops(analysis.scenarioReport("attached").orElseThrow().simulation(), "172.16.1.0/24"));
    assertEquals(List.of(Ipv4Address.parse("10.0.2.4")),
        nextHops(analysis.scenarioReport("detached").orElseThrow().simulation(), "172.16.1.0/24"));
    Simulation changed = analysis.scenarioReport("by-preference").orElseThrow().simulation();
    assertEquals(RoutingPreference.AS_PATH, changed.routeServers().get(0).routingPreference());
    assertTrue(changed.routeServers().get(0).branchToBranch());
    assertEquals(List.of("attach ars import backup from fw1", "set ars routing-preference as-path",
        "set ars branch-to-branch on"), analysis.scenarioReport("by-preference").orElseThrow().events());
  }
}
