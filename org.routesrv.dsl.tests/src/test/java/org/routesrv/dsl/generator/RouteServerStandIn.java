package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.simulation.AdvertisedRoute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One Route Server instance played by FRR's bgpd (AS 65515): it records what each NVA sends
 * (soft-reconfiguration keeps every received route; allowas-in keeps even a path through 65515,
 * so a reflected route shows up instead of vanishing) and sends each NVA what the simulator says
 * Route Server advertises to it, so an NVA that reflected those routes would be caught.
 */
final class RouteServerStandIn {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

  /** An NVA session of this instance and what Route Server advertises to that NVA. */
  record Peer(String nva, Ipv4Address address, long asn, List<AdvertisedRoute> advertised) {
  }

  /** A route as received: the attributes Route Server keeps (fact 39), in comparable text. */
  record Received(Ipv4Prefix prefix, String asPath, Ipv4Address nextHop, List<String> communities) {
    @Override
    public String toString() {
      return prefix + " as-path " + asPath + " next-hop " + nextHop + " communities " + communities;
    }
  }

  private final String routeServer;
  private final RouteServerInstance instance;
  private final String name;
  private final Ipv4Address address;
  private final Path folder;
  private final List<Peer> peers;
  private final List<AdvertisedRoute> originated;

  /**
   * @param originated the routes this instance makes up itself: what Route Server advertises that
   *     no running NVA sends it (vnet ranges, gateway and site routes)
   */
  RouteServerStandIn(String routeServer, RouteServerInstance instance, Ipv4Address address, Path folder,
      List<Peer> peers, List<AdvertisedRoute> originated) {
    this.routeServer = routeServer;
    this.instance = instance;
    this.name = routeServer + "-in" + instance.index();
    this.address = address;
    this.folder = folder;
    this.peers = List.copyOf(peers);
    this.originated = List.copyOf(originated);
  }

  String name() {
    return name;
  }

  String routeServer() {
    return routeServer;
  }

  RouteServerInstance instance() {
    return instance;
  }

  List<Peer> peers() {
    return peers;
  }

  String config() {
    StringBuilder config = new StringBuilder();
    config.append("frr defaults traditional\nhostname ").append(name).append("\n!\n");
    for (int k = 0; k < peers.size(); k++) {
      List<AdvertisedRoute> advertised = peers.get(k).advertised();
      int sequence = 5;
      for (AdvertisedRoute route : advertised) {
        config.append("ip prefix-list TO-").append(k).append(" seq ").append(sequence).append(" permit ")
            .append(route.prefix()).append('\n');
        sequence += 5;
      }
      if (advertised.isEmpty()) {
        config.append("ip prefix-list TO-").append(k).append(" seq 5 deny any\n");
      }
      config.append("route-map TO-").append(k).append(" permit 10\n match ip address prefix-list TO-").append(k)
          .append("\n!\n");
    }
    for (int j = 0; j < originated.size(); j++) {
      AdvertisedRoute route = originated.get(j);
      config.append("route-map ORIGIN-").append(j).append(" permit 10\n");
      List<Long> behind = route.asPath().asns().subList(1, route.asPath().length());
      if (!behind.isEmpty()) {
        config.append(" set as-path prepend ").append(join(behind)).append('\n');
      }
      if (!route.communities().isEmpty()) {
        config.append(" set community ").append(join(route.communities())).append('\n');
      }
      config.append("!\n");
    }
    config.append("router bgp 65515\n bgp router-id ").append(address).append('\n');
    config.append(" no bgp ebgp-requires-policy\n no bgp network import-check\n");
    for (Peer peer : peers) {
      String neighbor = " neighbor " + peer.address();
      config.append(neighbor).append(" remote-as ").append(peer.asn()).append('\n');
      config.append(neighbor).append(" ebgp-multihop 2\n");
      config.append(neighbor).append(" update-source ").append(address).append('\n');
      config.append(neighbor).append(" timers connect 1\n");
    }
    config.append(" address-family ipv4 unicast\n");
    for (int j = 0; j < originated.size(); j++) {
      config.append("  network ").append(originated.get(j).prefix()).append(" route-map ORIGIN-").append(j).append('\n');
    }
    for (int k = 0; k < peers.size(); k++) {
      String neighbor = "  neighbor " + peers.get(k).address();
      config.append(neighbor).append(" soft-reconfiguration inbound\n");
      config.append(neighbor).append(" allowas-in 3\n");
      config.append(neighbor).append(" route-map TO-").append(k).append(" out\n");
    }
    config.append(" exit-address-family\nexit\n");
    return config.toString();
  }

  void start(NamespaceLab lab, String namespace) throws IOException {
    Path config = Files.writeString(folder.resolve("bgpd.conf"), config());
    lab.start(namespace, folder.resolve("bgpd.out"), List.of(ExternalTool.BGPD.toString(), "-f", config.toString(),
        "-Z", "-S", "-P", "0", "--vty_socket", folder.toString(), "-i", folder.resolve("bgpd.pid").toString(),
        "--log", "file:" + folder.resolve("bgpd.log")));
  }

  boolean listening() {
    return Files.exists(folder.resolve("bgpd.vty"));
  }

  /** Per NVA address: the session state and the number of prefixes received. */
  Map<Ipv4Address, String> sessions() {
    JsonNode summary = query(List.of("show bgp ipv4 unicast summary json")).get(0);
    Map<Ipv4Address, String> sessions = new TreeMap<>();
    for (Peer peer : peers) {
      JsonNode node = summary.path("peers").path(peer.address().toString());
      sessions.put(peer.address(), node.path("state").asText("missing") + "/" + node.path("pfxRcd").asInt(-1));
    }
    return sessions;
  }

  /** Everything {@code peer} sent, with the attributes Route Server keeps. */
  List<Received> receivedFrom(Ipv4Address peer) {
    JsonNode adjRibIn = query(List.of("show bgp ipv4 unicast neighbors " + peer + " received-routes json")).get(0);
    List<String> prefixes = new ArrayList<>();
    adjRibIn.path("receivedRoutes").fieldNames().forEachRemaining(prefixes::add);
    if (prefixes.isEmpty()) {
      return List.of();
    }
    List<JsonNode> details = query(prefixes.stream().map(p -> "show bgp ipv4 unicast " + p + " json").toList());
    List<Received> routes = new ArrayList<>();
    for (int i = 0; i < prefixes.size(); i++) {
      JsonNode sent = adjRibIn.path("receivedRoutes").path(prefixes.get(i));
      JsonNode path = pathFrom(details.get(i), peer);
      List<String> communities = new ArrayList<>();
      if (path == null) {
        communities.add("(not accepted by the stand-in)");
      } else {
        path.path("community").path("list").forEach(c -> communities.add(community(c.asText())));
      }
      routes.add(new Received(Ipv4Prefix.parse(prefixes.get(i)), sent.path("path").asText(),
          Ipv4Address.parse(sent.path("nextHop").asText()), communities.stream().sorted().toList()));
    }
    routes.sort((a, b) -> a.prefix().compareTo(b.prefix()));
    return routes;
  }

  private static JsonNode pathFrom(JsonNode prefixDetail, Ipv4Address peer) {
    for (JsonNode path : prefixDetail.path("paths")) {
      if (path.path("peer").path("peerId").asText().equals(peer.toString())) {
        return path;
      }
    }
    return null;
  }

  /** FRR prints well-known communities by name; Route Server and RSNet use the numbers. */
  private static String community(String frrText) {
    return switch (frrText) {
      case "noExport" -> "65535:65281";
      case "noAdvertise" -> "65535:65282";
      case "localAs" -> "65535:65283";
      case "noPeer" -> "65535:65284";
      case "blackhole" -> "65535:666";
      case "gracefulShutdown" -> "65535:0";
      default -> frrText;
    };
  }

  static Received expected(Ipv4Prefix prefix, AsPath asPath, Ipv4Address nextHop, List<Community> communities) {
    return new Received(prefix, asPath.toString(), nextHop,
        communities.stream().map(Community::toString).sorted().toList());
  }

  private List<JsonNode> query(List<String> commands) {
    List<String> command = new ArrayList<>(List.of("vtysh", "--vty_socket", folder.toString(), "-d", "bgpd"));
    commands.forEach(c -> {
      command.add("-c");
      command.add(c);
    });
    ExternalTool.Result result = ExternalTool.run(QUERY_TIMEOUT, command);
    if (result.exitCode() != 0) {
      fail("stand-in " + name + ": " + String.join(" ", commands) + " failed: " + result.output());
    }
    try {
      List<JsonNode> nodes = new ArrayList<>();
      JSON.readerFor(JsonNode.class).readValues(result.output()).forEachRemaining(n -> nodes.add((JsonNode) n));
      if (nodes.size() != commands.size()) {
        fail("stand-in " + name + " answered " + nodes.size() + " of " + commands.size() + " queries: " + result.output());
      }
      return nodes;
    } catch (IOException e) {
      return fail("stand-in " + name + " answered no JSON: " + result.output());
    }
  }

  String log() {
    try {
      Path log = folder.resolve("bgpd.log");
      return Files.exists(log) ? Files.readString(log) : "(no log)";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private static String join(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(" "));
  }
}
