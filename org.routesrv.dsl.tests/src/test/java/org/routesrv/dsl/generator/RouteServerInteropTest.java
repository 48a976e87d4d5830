package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.RouteServer;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.SitePrefix;
import org.routesrv.dsl.network.Vnet;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.BgpRoute;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.NetworkAnalysis;

/**
 * The generated ExaBGP, FRR and BIRD configurations running for real: every ExaBGP, FRR and BIRD NVA of a
 * model starts from its generated file in its own network namespace, two FRR bgpd processes per
 * Route Server stand in for its instances (AS 65515), and what each stand-in receives from each
 * NVA (prefix, AS path, next hop, communities) must equal the simulator's {@code learnedRoutes} for
 * that peer on that instance (RouteServiceRole_IN_0 / _IN_1). The BGP sites behind a running NVA run as ExaBGP
 * speakers announcing their prefixes to it, so their routes reach the stand-ins through the NVA's configuration.
 *
 * <p>Needs root, iproute2, exabgp and frr; without them the test fails and says how to install
 * them. Only the model's own addresses are used, inside namespaces the test creates and deletes.
 */
class RouteServerInteropTest {

  private static final long CONVERGENCE_MILLIS = 25_000;
  private static final long STABLE_MILLIS = 1_500;

  @TempDir Path folder;

  @BeforeAll
  static void daemonsAreInstalled() {
    ExternalTool.require("ip");
    ExternalTool.require("exabgp");
    ExternalTool.require("vtysh");
    ExternalTool.require(ExternalTool.BGPD.toString());
    ExternalTool.require("bird");
  }

  static Stream<Path> modelsWithRunnableNvas() {
    return Stream.of(Repository.examples().resolve("exabgp-vpn-lab.rsnet"),
        Repository.examples().resolve("frr-default-route-pitfalls.rsnet"),
        Repository.examples().resolve("multi-region-expressroute.rsnet"),
        Repository.examples().resolve("multi-region-route-maps.rsnet"),
        GeneratorModels.testModel("interop-features.rsnet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelsWithRunnableNvas")
  void eachStandInReceivesWhatTheSimulatorSaysRouteServerLearns(Path model) throws Exception {
    Map<String, Comparison> comparisons = run(model, UnaryOperator.identity());
    assertFalse(comparisons.isEmpty(), model + " has no session to compare");
    for (Map.Entry<String, Comparison> entry : comparisons.entrySet()) {
      assertEquals(entry.getValue().simulated(), entry.getValue().received(),
          model.getFileName() + ": " + entry.getKey() + "\n" + entry.getValue().logs());
    }
  }

  /** The comparison can fail: a configuration that loses one prepend is caught. */
  @Test
  void aConfigurationThatDiffersFromTheModelIsCaught() throws Exception {
    Map<String, Comparison> comparisons = run(GeneratorModels.testModel("interop-features.rsnet"),
        config -> config.replace("as-path [ 65010 65010 65010 ]", "as-path [ 65010 65010 ]")
            .replace("      bgp_path.prepend(64970);\n", ""));
    Comparison speaker = comparisons.get("what ars-in0 received from speaker");
    assertNotEquals(speaker.simulated(), speaker.received());
    assertTrue(speaker.received().contains("172.21.0.0/16 as-path 65010 65010 next-hop 10.50.2.4 communities"
        + " [65010:100, 65010:200]"), speaker.received().toString());
    // BIRD's filter lost the ASN written after its own: caught the same way.
    Comparison birdie = comparisons.get("what ars-in0 received from birdie");
    assertNotEquals(birdie.simulated(), birdie.received());
    assertTrue(birdie.received().stream().anyMatch(r -> r.startsWith("172.71.0.0/16 as-path 65070 next-hop")),
        birdie.received().toString());
    // The site behind the FRR NVA ran as its own speaker: its prefixes arrived through the NVA's configuration.
    Comparison router = comparisons.get("what ars-in0 received from router");
    assertEquals(router.simulated(), router.received());
    assertTrue(router.received().stream().anyMatch(r -> r.startsWith("172.36.0.0/16 as-path 65020 65030 64920 ")),
        router.received().toString());
  }

  /** What one stand-in received from one NVA, beside what the simulator says it learns. */
  private record Comparison(List<String> simulated, List<String> received, String logs) {
  }

  /**
   * Runs every ExaBGP and FRR NVA of {@code model} against its Route Server stand-ins;
   * {@code tamper} may change the generated configurations first.
   */
  private Map<String, Comparison> run(Path model, UnaryOperator<String> tamper) throws Exception {
    LoadedModel loaded = GeneratorModels.load(List.of(model));
    String networkName = loaded.networks().keySet().iterator().next();
    NetworkAnalysis analysis = GeneratorModels.analyze(loaded, networkName);
    Network network = analysis.network();
    Simulation simulation = analysis.baseline();
    List<Nva> nvas = network.nvas().stream()
        .filter(n -> n.vendor() == NvaVendor.EXABGP || n.vendor() == NvaVendor.FRR || n.vendor() == NvaVendor.BIRD)
        .toList();
    assertFalse(nvas.isEmpty(), model + " has no ExaBGP, FRR or BIRD NVA");

    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    try (NamespaceLab lab = new NamespaceLab(folder.resolve(networkName))) {
      List<RouteServerStandIn> standIns = startStandIns(lab, network, simulation, nvas);
      for (Nva nva : nvas) {
        startNva(lab, network, nva, model.getFileName().toString(), tamper);
      }
      for (Site site : network.sites()) {
        nvas.stream().filter(nva -> nva.name().equals(site.via()) && site.speaksBgp()).findFirst()
            .ifPresent(nva -> startSite(lab, network, nva, site));
      }
      awaitConvergence(standIns, simulation);
      String logs = logs(standIns);
      for (RouteServerStandIn standIn : standIns) {
        for (RouteServerStandIn.Peer peer : standIn.peers()) {
          comparisons.put("what " + standIn.name() + " received from " + peer.nva(), new Comparison(
              expected(simulation, standIn, peer),
              standIn.receivedFrom(peer.address()).stream().map(Object::toString).toList(), logs));
        }
      }
    }
    return comparisons;
  }

  private List<RouteServerStandIn> startStandIns(NamespaceLab lab, Network network, Simulation simulation,
      List<Nva> nvas) throws Exception {
    Set<Long> runningAsns = nvas.stream().map(Nva::asn).collect(Collectors.toSet());
    List<RouteServerStandIn> standIns = new ArrayList<>();
    for (RouteServer server : network.routeServers()) {
      Vnet vnet = network.vnet(server.vnet()).orElseThrow();
      var subnet = vnet.subnet(AzureSubnets.ROUTE_SERVER_SUBNET).orElseThrow().prefix();
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        List<RouteServerStandIn.Peer> peers = new ArrayList<>();
        Map<String, AdvertisedRoute> originated = new LinkedHashMap<>();
        for (Nva nva : nvas) {
          RouteServerPeer peer = simulation.peer(server.name(), nva.name());
          if (peer == null || !peer.instances().includes(instance)) {
            continue;
          }
          BgpSession session = peer.session(instance);
          assertTrue(session.established(), "the interop test compares Established sessions only: " + session);
          List<AdvertisedRoute> advertised = simulation.advertisedRoutes(server.name(), nva.name(), instance);
          peers.add(new RouteServerStandIn.Peer(nva.name(), peer.peerIp(), nva.asn(), advertised));
          for (AdvertisedRoute route : advertised) {
            // Routes of a running NVA reach the stand-in from that NVA; it makes up only the others.
            boolean fromRunningNva = route.asPath().length() > 1 && runningAsns.contains(route.asPath().asns().get(1));
            if (!fromRunningNva) {
              originated.putIfAbsent(route.prefix().toString(), route);
            }
          }
        }
        if (peers.isEmpty()) {
          continue;
        }
        String name = server.name() + "-in" + instance.index();
        RouteServerStandIn standIn = new RouteServerStandIn(server.name(), instance, server.instanceIp(instance),
            lab.folder(name), peers, List.copyOf(originated.values()));
        String namespace = lab.node(name, List.of(new NamespaceLab.Attachment(subnet, server.instanceIp(instance))));
        standIn.start(lab, namespace);
        standIns.add(standIn);
      }
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (!standIns.stream().allMatch(RouteServerStandIn::listening)) {
      if (System.currentTimeMillis() > deadline) {
        fail("the Route Server stand-ins did not start within 10 s:\n" + logs(standIns));
      }
      Thread.sleep(50);
    }
    return standIns;
  }

  private void startNva(NamespaceLab lab, Network network, Nva nva, String modelFile, UnaryOperator<String> tamper)
      throws Exception {
    // The NIC that peers with Route Server first: the node's default route leaves through it.
    String peeringNic = nva.bgp().routeServerPeerings().isEmpty() ? null : nva.bgp().routeServerPeerings().get(0).nic();
    List<Nic> nics = new ArrayList<>();
    nva.nics().stream().filter(n -> n.name().equals(peeringNic)).forEach(nics::add);
    nva.nics().stream().filter(n -> !n.name().equals(peeringNic)).forEach(nics::add);
    List<NamespaceLab.Attachment> attachments = new ArrayList<>();
    for (Nic nic : nics) {
      attachments.add(new NamespaceLab.Attachment(network.subnet(nic.subnet()).orElseThrow().prefix(), nic.ip()));
    }
    String namespace = lab.node(nva.name(), attachments);
    Path home = lab.folder(nva.name());
    NvaConfigInput input = new NvaConfigInput(network, nva, modelFile, GeneratorModels.VERSION);
    if (nva.vendor() == NvaVendor.BIRD) {
      Path config = Files.writeString(home.resolve(nva.name() + ".bird.conf"), tamper.apply(new BirdGenerator().generate(input)));
      lab.start(namespace, home.resolve("bird.out"), List.of("bird", "-f", "-c", config.toString(), "-s",
          home.resolve("bird.ctl").toString(), "-P", home.resolve("bird.pid").toString()));
    } else if (nva.vendor() == NvaVendor.EXABGP) {
      Path config = Files.writeString(home.resolve(nva.name() + ".exabgp.conf"), tamper.apply(new ExabgpGenerator().generate(input)));
      lab.start(namespace, home.resolve("exabgp.out"), List.of("env", "exabgp.daemon.user=root",
          "exabgp.daemon.daemonize=false", "exabgp.api.cli=false", "exabgp", config.toString()));
    } else {
      Path config = Files.writeString(home.resolve(nva.name() + ".frr.conf"), tamper.apply(new FrrGenerator().generate(input)));
      lab.start(namespace, home.resolve("bgpd.out"), List.of(ExternalTool.BGPD.toString(), "-f", config.toString(),
          "-Z", "-S", "-P", "0", "--vty_socket", home.toString(), "-i", home.resolve("bgpd.pid").toString(),
          "--log", "file:" + home.resolve("bgpd.log")));
    }
  }

  /**
   * The on-premises router of a BGP site behind a running NVA, as an ExaBGP speaker at the site's BGP address in the
   * subnet of the NVA's NIC that reaches it, announcing the site's prefixes with the site's path.
   */
  private void startSite(NamespaceLab lab, Network network, Nva nva, Site site) {
    Nic nic = nva.nics().stream()
        .filter(n -> network.subnet(n.subnet()).orElseThrow().prefix().contains(site.bgpIp())).findFirst()
        .orElseThrow(() -> new AssertionError("site " + site.name() + " at " + site.bgpIp()
            + " is in no subnet of " + nva.name() + "'s NICs: the interop test needs it directly connected"));
    String namespace = lab.node("site-" + site.name(), List.of(new NamespaceLab.Attachment(
        network.subnet(nic.subnet()).orElseThrow().prefix(), site.bgpIp())));
    StringBuilder routes = new StringBuilder();
    for (SitePrefix prefix : site.prefixes()) {
      routes.append("    route ").append(prefix.prefix()).append(" next-hop self as-path [ ")
          .append(site.pathOf(prefix).toString()).append(" ];\n");
    }
    String config = "neighbor " + nic.ip() + " {\n  router-id " + site.bgpIp() + ";\n  local-address " + site.bgpIp()
        + ";\n  local-as " + site.asn() + ";\n  peer-as " + nva.asn() + ";\n  static {\n" + routes + "  }\n}\n";
    Path home = lab.folder("site-" + site.name());
    try {
      Path file = Files.writeString(home.resolve(site.name() + ".exabgp.conf"), config);
      lab.start(namespace, home.resolve("exabgp.out"), List.of("env", "exabgp.daemon.user=root",
          "exabgp.daemon.daemonize=false", "exabgp.api.cli=false", "exabgp", file.toString()));
    } catch (java.io.IOException e) {
      fail("cannot write the site's ExaBGP configuration: " + e.getMessage());
    }
  }

  /** Until every session is Established with the expected number of routes, and stays so a moment. */
  private void awaitConvergence(List<RouteServerStandIn> standIns, Simulation simulation) throws Exception {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (RouteServerStandIn standIn : standIns) {
      for (RouteServerStandIn.Peer peer : standIn.peers()) {
        wanted.put(standIn.name() + " " + peer.address(), "Established/" + expected(simulation, standIn, peer).size());
      }
    }
    long deadline = System.currentTimeMillis() + CONVERGENCE_MILLIS;
    long stableSince = -1;
    Map<String, String> seen = Map.of();
    while (System.currentTimeMillis() < deadline) {
      Map<String, String> now = new LinkedHashMap<>();
      for (RouteServerStandIn standIn : standIns) {
        standIn.sessions().forEach((address, state) -> now.put(standIn.name() + " " + address, state));
      }
      if (now.equals(wanted)) {
        stableSince = stableSince < 0 ? System.currentTimeMillis() : stableSince;
        if (System.currentTimeMillis() - stableSince >= STABLE_MILLIS) {
          return;
        }
      } else {
        stableSince = -1;
      }
      seen = now;
      Thread.sleep(200);
    }
    // Compare anyway: the difference in routes says more than a timeout.
    System.err.println("interop: sessions did not reach " + wanted + " within " + CONVERGENCE_MILLIS + " ms: " + seen);
  }

  /**
   * What the simulator says this peer sends this stand-in's instance, as the stand-in prints routes: the
   * learnedRoutes and the routes Route Server rejects on arrival without listing them (fact 82), which the
   * wire carries all the same.
   */
  private static List<String> expected(Simulation simulation, RouteServerStandIn standIn, RouteServerStandIn.Peer peer) {
    RouteServerPeer simulated = simulation.peer(standIn.routeServer(), peer.nva());
    List<RouteServerStandIn.Received> routes = new ArrayList<>();
    // As the NVA sent them: what Route Server then rejects, filters or maps is its own business.
    for (BgpRoute route : simulated.sent(standIn.instance())) {
      routes.add(RouteServerStandIn.expected(route.prefix(), route.asPath(), route.nextHop(), route.communities()));
    }
    routes.sort((a, b) -> a.prefix().compareTo(b.prefix()));
    return routes.stream().map(Object::toString).toList();
  }

  private static String logs(List<RouteServerStandIn> standIns) {
    return standIns.stream().map(s -> "--- " + s.name() + " bgpd.log\n" + tail(s.log())).collect(Collectors.joining("\n"));
  }

  private static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 15), lines.length));
  }
}
