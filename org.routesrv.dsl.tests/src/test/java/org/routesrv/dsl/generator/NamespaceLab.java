package org.routesrv.dsl.generator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A small copy of an Azure vnet made of Linux network namespaces: a "fabric" namespace routes
 * between one bridge per subnet (its address is the subnet's Azure gateway, x.x.x.1), and every
 * node (an NVA, a Route Server instance) is a namespace plugged into its subnets' bridges by veth
 * pairs, with the model's own addresses. Nothing touches the host's interfaces or routes. Closing
 * the lab stops every process it started, by PID, and deletes every namespace it created.
 */
final class NamespaceLab implements AutoCloseable {

  private static final AtomicInteger LABS = new AtomicInteger();
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

  /** One NIC of a node: its address in a subnet of the model. */
  record Attachment(Ipv4Prefix subnet, Ipv4Address address) {
  }

  private final String prefix;
  private final Path workFolder;
  private final String fabric;
  private final List<String> namespaces = new ArrayList<>();
  private final List<Process> processes = new ArrayList<>();
  private final Map<Ipv4Prefix, String> bridges = new LinkedHashMap<>();
  private int links;

  NamespaceLab(Path workFolder) {
    this.workFolder = workFolder;
    // Unique per JVM and lab, short enough for interface-name limits further down.
    this.prefix = "rsn" + ProcessHandle.current().pid() % 100000 + "l" + LABS.incrementAndGet();
    this.fabric = addNamespace("fabric");
    ip(fabric, "link", "set", "lo", "up");
    run(List.of("ip", "netns", "exec", fabric, "sysctl", "-qw", "net.ipv4.ip_forward=1"));
  }

  /** A node with its NICs; its default route leaves through the first one, as Azure's does. */
  String node(String name, List<Attachment> attachments) {
    String namespace = addNamespace(name);
    ip(namespace, "link", "set", "lo", "up");
    for (int i = 0; i < attachments.size(); i++) {
      Attachment attachment = attachments.get(i);
      String bridge = bridge(attachment.subnet());
      String fabricEnd = "v" + (++links);
      String nodeEnd = "eth" + i;
      run(List.of("ip", "link", "add", fabricEnd, "netns", fabric, "type", "veth", "peer", "name", nodeEnd, "netns",
          namespace));
      ip(fabric, "link", "set", fabricEnd, "master", bridge, "up");
      ip(namespace, "addr", "add", attachment.address() + "/" + attachment.subnet().length(), "dev", nodeEnd);
      ip(namespace, "link", "set", nodeEnd, "up");
    }
    Attachment first = attachments.get(0);
    ip(namespace, "route", "add", "default", "via", gateway(first.subnet()).toString(), "dev", "eth0");
    return namespace;
  }

  /** Starts {@code command} inside {@code namespace}; stdout and stderr go to {@code log}. */
  Process start(String namespace, Path log, List<String> command) {
    List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
    full.addAll(command);
    try {
      // `ip netns exec` and `env` exec their command, so this PID is the daemon's own.
      Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      process.getOutputStream().close();
      processes.add(process);
      return process;
    } catch (IOException e) {
      return fail("cannot start " + String.join(" ", command) + ": " + e.getMessage() + "; " + ExternalTool.INSTALL_HINT);
    }
  }

  Path folder(String name) {
    try {
      return Files.createDirectories(workFolder.resolve(name));
    } catch (IOException e) {
      return fail("cannot create " + workFolder.resolve(name) + ": " + e.getMessage());
    }
  }

  private String bridge(Ipv4Prefix subnet) {
    return bridges.computeIfAbsent(subnet, s -> {
      String bridge = "br" + bridges.size();
      ip(fabric, "link", "add", bridge, "type", "bridge");
      ip(fabric, "addr", "add", gateway(s) + "/" + s.length(), "dev", bridge);
      ip(fabric, "link", "set", bridge, "up");
      return bridge;
    });
  }

  private static Ipv4Address gateway(Ipv4Prefix subnet) {
    return subnet.first().plus(1);
  }

  private String addNamespace(String name) {
    String namespace = prefix + "-" + name;
    ExternalTool.Result result = ExternalTool.run(COMMAND_TIMEOUT, List.of("ip", "netns", "add", namespace));
    if (result.exitCode() != 0) {
      fail("cannot create network namespace " + namespace + " (the interop test needs root and iproute2): "
          + result.output().strip());
    }
    namespaces.add(namespace);
    return namespace;
  }

  private void ip(String namespace, String... arguments) {
    List<String> command = new ArrayList<>(List.of("ip", "-n", namespace));
    command.addAll(List.of(arguments));
    run(command);
  }

  private static void run(List<String> command) {
    ExternalTool.Result result = ExternalTool.run(COMMAND_TIMEOUT, command);
    if (result.exitCode() != 0) {
      fail(String.join(" ", command) + " failed: " + result.output().strip());
    }
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    List<String> undeleted = new ArrayList<>();
    for (int i = namespaces.size() - 1; i >= 0; i--) {
      if (ExternalTool.run(COMMAND_TIMEOUT, List.of("ip", "netns", "del", namespaces.get(i))).exitCode() != 0) {
        undeleted.add(namespaces.get(i));
      }
    }
    if (!undeleted.isEmpty()) {
      throw new IllegalStateException("network namespaces left behind: " + undeleted);
    }
  }
}
