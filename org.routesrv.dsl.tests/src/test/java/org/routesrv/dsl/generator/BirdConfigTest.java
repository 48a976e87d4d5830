package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/**
 * Every generated BIRD 2 configuration as BIRD reads it: {@code bird -p -c} parses the whole file and exits non-zero
 * on any error. What BIRD then sends is the interop test's business (RouteServerInteropTest runs it).
 */
class BirdConfigTest {

  @TempDir Path folder;

  @BeforeAll
  static void birdIsInstalled() {
    ExternalTool.require("bird");
  }

  static Stream<GeneratorModels.Case> birdNvas() {
    return GeneratorModels.all(NvaVendor.BIRD).stream();
  }

  private ExternalTool.Result check(Path config) {
    return ExternalTool.run(Duration.ofSeconds(30), List.of("bird", "-p", "-c", config.toString()));
  }

  private static GeneratorModels.Case birdie() {
    return birdNvas().filter(c -> c.nva().name().equals("birdie")).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("birdNvas")
  void birdAcceptsTheGeneratedConfiguration(GeneratorModels.Case nva) throws Exception {
    Path config = folder.resolve(nva.nva().name() + ".bird.conf");
    Files.writeString(config, new BirdGenerator().generate(nva.input()));
    ExternalTool.Result result = check(config);
    assertEquals(0, result.exitCode(), result.output());
  }

  @Test
  void theCheckCanFail() throws Exception {
    Path config = folder.resolve("broken.bird.conf");
    Files.writeString(config, new BirdGenerator().generate(birdie().input()).replace("hold time 30;", "hold time soon;"));
    ExternalTool.Result result = check(config);
    assertNotEquals(0, result.exitCode(), result.output());
  }

  @Test
  void fact88_eachInstanceThatHearsItsOwnAttributesHasItsOwnExportFilter() {
    String config = new BirdGenerator().generate(birdie().input());
    assertTrue(config.contains("filter ars_in0_out {\n  if proto = \"originated\" then {\n    if net = 172.73.0.0/16 then {\n"
        + "      accept;\n"), config);
    assertTrue(config.contains("filter ars_in1_out {\n  if proto = \"originated\" then {\n    if net = 172.73.0.0/16 then {\n"
        + "      bgp_path.prepend(65070);\n      accept;\n"), config);
    assertTrue(config.contains("  neighbor 10.50.1.5 as 65515;\n  multihop 2;\n  allow local as 1;\n"), config);
  }

  @Test
  void whatBirdCannotWriteIsNamedAndTheRestOfThePolicyStaysUnwritten() {
    Network network = NetworkBuilder.network("policy")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16").subnet("RouteServerSubnet", "10.0.1.0/26")
            .subnet("nva", "10.0.2.0/24"))
        .routeServer("ars", "hub", r -> { })
        .nva("fw", NvaVendor.BIRD, 65001, n -> n.nic("eth0", "hub.nva", "10.0.2.4", true)
            .peer("ars", "eth0", p -> p.policy(new PeerPolicy(null, null, true, PeerPolicy.PrivateAsRemoval.KEEP, 0)))
            .advertise("172.16.0.0/16", a -> a.asPath(64900)))
        .build();
    NvaConfigInput input = new NvaConfigInput(network, network.nva("fw").orElseThrow(), "policy.rsnet", "test");
    List<String> notes = new BirdGenerator().notes(input);
    assertEquals(List.of("advertise 172.16.0.0/16 as-path 64900 is left out: BIRD puts its own AS 65001 first on every"
        + " eBGP path.", "peer ars as-override is left out: RSNet does not yet write it for BIRD; configure it by hand"),
        notes);
    String config = new BirdGenerator().generate(input);
    assertTrue(config.contains("# Note: peer ars as-override is left out"), config);
    assertFalse(config.contains("route 172.16.0.0/16"), config);
  }
}
