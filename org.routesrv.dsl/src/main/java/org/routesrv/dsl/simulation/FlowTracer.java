package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.Site;
import org.routesrv.dsl.network.Vm;

/**
 * A flow in both directions: the packet, then the reply from what the packet reached back to its sender. The reply
 * goes to the packet's source as it arrived: to the last NVA that source-NATed it, which sends it on to the sender
 * (its connection table holds the original address). A flow is symmetric when the reply of every path of the packet
 * passes the same stateful NVAs as that path: a stateful NVA drops a reply of a flow it did not see leave, and
 * Azure's ECMP does not promise that a reply takes the branch its packet took.
 */
final class FlowTracer {

  private final TraceEngine engine;
  private final Topology topology;

  FlowTracer(TraceEngine engine, Topology topology) {
    this.engine = engine;
    this.topology = topology;
  }

  Trace trace(TraceEngine.Start start, Destination to) {
    TraceEngine.Forward forward = engine.forward(start, to.ip());
    // One reply per distinct place the packet arrives at and source it arrives with: ECMP paths that source-NAT
    // at different NVAs get their replies back at those NVAs.
    Map<List<Object>, Trace> replies = new LinkedHashMap<>();
    for (TracePath path : forward.paths()) {
      if (path.result() == TraceResult.DELIVERED && path.endpoint() != null) {
        replies.computeIfAbsent(List.of(path.endpoint(), path.arrivingSource()), key -> reply(path, start, to));
      }
    }
    TracePath first = forward.paths().get(0);
    Trace reply = first.result() == TraceResult.DELIVERED && first.endpoint() != null
        ? replies.get(List.of(first.endpoint(), first.arrivingSource())) : null;
    return new Trace(start.name(), to, forward.paths(), forward.truncated(), reply,
        reply == null ? null : symmetry(forward.paths(), replies, start.name()));
  }

  /** Null when the first path was not delivered to something that answers (the internet's replies are not traced). */
  private Trace reply(TracePath first, TraceEngine.Start sender, Destination to) {
    TraceEndpoint endpoint = first.endpoint();
    if (first.result() != TraceResult.DELIVERED || endpoint == null) {
      return null;
    }
    TraceEngine.Start replier = startAt(endpoint, to.ip());
    if (replier == null) {
      return null;
    }
    Ipv4Address natted = first.arrivingSource();
    TraceEngine.Forward back = engine.forward(replier, natted);
    Destination replyTo = sender instanceof TraceEngine.FromVm vm ? Destination.of(vm.vm())
        : Destination.ip(sender.source());
    if (natted.equals(sender.source())) {
      return new Trace(replier.name(), replyTo, back.paths(), back.truncated(), null, null);
    }
    // The NVA that source-NATed the packet receives the reply and sends it on to the sender's own address.
    List<TracePath> paths = new ArrayList<>();
    boolean truncated = back.truncated();
    for (TracePath toNat : back.paths()) {
      Nva nat = toNat.endpoint() != null && toNat.endpoint().kind() == TraceEndpoint.Kind.NVA
          ? topology.nva(toNat.endpoint().name()) : null;
      if (nat == null) {
        paths.add(toNat);
        continue;
      }
      TraceEngine.Forward onward = engine.forward(new TraceEngine.FromNva(nat, to.ip()), sender.source());
      truncated |= onward.truncated();
      for (TracePath rest : onward.paths()) {
        List<TraceHop> hops = new ArrayList<>(toNat.hops());
        hops.addAll(rest.hops());
        paths.add(new TracePath(rest.result(), rest.reason(), hops, rest.endpoint(), rest.arrivingSource()));
      }
    }
    return new Trace(replier.name(), replyTo, paths, truncated, null, null);
  }

  /** The reply leaves from what the packet reached, from the address the packet was sent to. */
  private TraceEngine.Start startAt(TraceEndpoint endpoint, Ipv4Address destination) {
    return switch (endpoint.kind()) {
      case VM -> {
        Vm vm = topology.vm(endpoint.name());
        yield vm == null ? null : new TraceEngine.FromVm(vm);
      }
      case NVA -> {
        Nva nva = topology.nva(endpoint.name());
        yield nva == null ? null : new TraceEngine.FromNva(nva, destination);
      }
      case SITE -> {
        Site site = topology.network().sites().stream().filter(s -> s.name().equals(endpoint.name())).findFirst()
            .orElse(null);
        yield site == null ? null : new TraceEngine.FromSite(site, destination);
      }
      case ADDRESS -> new TraceEngine.FromAddress(endpoint.subnet(), destination);
    };
  }

  /**
   * Symmetric when every reply arrives and, for every delivered path of the packet, each path of its reply passes
   * the path's stateful NVAs in reverse order. The sender and what the packet reached are ends of the flow, not NVAs it
   * passes.
   */
  private Trace.Symmetry symmetry(List<TracePath> forward, Map<List<Object>, Trace> replies, String sender) {
    Set<List<String>> passed = new LinkedHashSet<>();
    for (TracePath path : forward) {
      Trace reply = path.result() == TraceResult.DELIVERED && path.endpoint() != null
          ? replies.get(List.of(path.endpoint(), path.arrivingSource())) : null;
      if (reply == null) {
        continue;
      }
      List<String> there = statefulNvas(path, sender, path.endpoint());
      passed.add(there);
      for (TracePath back : reply.paths()) {
        if (!back.result().reachesDestination()) {
          return new Trace.Symmetry(false, "the reply is " + back.result().word() + ": " + back.reason());
        }
        List<String> returned = statefulNvas(back, sender, path.endpoint()).reversed();
        if (!returned.equals(there)) {
          return new Trace.Symmetry(false, "the flow through " + named(there) + " returns through " + named(returned));
        }
      }
    }
    if (passed.size() == 1) {
      List<String> nvas = passed.iterator().next();
      return new Trace.Symmetry(true, nvas.isEmpty() ? "no stateful NVA in either direction"
          : "both directions pass " + String.join(", ", nvas));
    }
    return new Trace.Symmetry(true, "each reply returns through the stateful NVAs its packet passed ("
        + alternatives(passed) + ")");
  }

  private static String named(List<String> nvas) {
    return nvas.isEmpty() ? "no stateful NVA" : String.join(", ", nvas);
  }

  private static String alternatives(Set<List<String>> choices) {
    return choices.stream().map(nvas -> nvas.isEmpty() ? "no stateful NVA" : String.join(", ", nvas))
        .collect(Collectors.joining(" or "));
  }

  private List<String> statefulNvas(TracePath path, String sender, TraceEndpoint reached) {
    List<String> nvas = new ArrayList<>();
    for (String node : path.nodes()) {
      Nva nva = topology.nva(node);
      boolean end = node.equals(sender) || reached.kind() == TraceEndpoint.Kind.NVA && node.equals(reached.name());
      if (nva != null && nva.stateful() && !end) {
        nvas.add(node);
      }
    }
    return nvas;
  }
}
