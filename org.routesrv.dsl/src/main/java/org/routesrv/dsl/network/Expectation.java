package org.routesrv.dsl.network;

import java.time.Duration;
import java.util.List;

/**
 * An {@code expect} line. Every form carries its {@link SourceRef} so that a failure is reported on
 * its line. Names are resolved references (subnets as {@link SubnetRef}, VM destinations with their
 * IP); nothing else is defaulted.
 */
public sealed interface Expectation {

  SourceRef source();

  /** {@code expect route SUBNET PREFIX via TARGET, ...}: several targets mean exactly that ECMP set. */
  record Route(SourceRef source, SubnetRef subnet, Ipv4Prefix prefix, List<Target> targets) implements Expectation {
    public Route {
      targets = List.copyOf(targets);
    }
  }

  /** What the listing shows in the Default and User rows for exactly a prefix (fact 84). */
  enum RowState {
    INVALID, ABSENT
  }

  /** {@code expect route SUBNET PREFIX state invalid|absent}. */
  record RouteRows(SourceRef source, SubnetRef subnet, Ipv4Prefix prefix, RowState state) implements Expectation {
  }

  /** {@code expect no-route SUBNET PREFIX}. */
  record NoRoute(SourceRef source, SubnetRef subnet, Ipv4Prefix prefix) implements Expectation {
  }

  /** What a trace expectation wants: delivered through {@code via}, dropped, or looping. */
  enum TraceOutcome {
    DELIVERED, DROPPED, LOOPS
  }

  /**
   * {@code expect trace FROM -> DEST via T, ...} ({@code from} a VM, an NVA or a site; outcome DELIVERED, {@code via}
   * non-empty), or
   * {@code ... dropped} / {@code ... loops} ({@code via} empty).
   */
  record Trace(SourceRef source, String from, Destination to, List<Target> via, TraceOutcome outcome)
      implements Expectation {
    public Trace {
      via = List.copyOf(via);
    }
  }

  /** {@code expect symmetric VM <-> DEST}: the flow and its reply pass the same stateful NVAs. */
  record Symmetric(SourceRef source, String fromVm, Destination to) implements Expectation {
  }

  enum SessionState {
    ESTABLISHED, DOWN
  }

  /** {@code expect session NVA established|down}: the NVA's sessions with its Route Server(s). */
  record Session(SourceRef source, String nva, SessionState state) implements Expectation {
  }

  /**
   * {@code expect learned NODE PREFIX [from SOURCE] [as-path ...]}: NODE a Route Server, a gateway, an NVA or a site;
   * {@code from} null for any peer, {@code asPath} null when not written (an empty path when written bare).
   */
  record Learned(SourceRef source, String node, Ipv4Prefix prefix, String from, AsPath asPath)
      implements Expectation {
  }

  /** {@code expect learned NODE count N [from SOURCE]}: each instance lists N routes (from that peer; null: from all). */
  record LearnedCount(SourceRef source, String node, int count, String from) implements Expectation {
  }

  /** {@code expect no-learned NODE PREFIX [from SOURCE]}: the node holds no route for the prefix (from that peer; null: from any). */
  record NoLearned(SourceRef source, String node, Ipv4Prefix prefix, String from) implements Expectation {
  }

  /** {@code expect advertised RS PREFIX to NVA [as-path ...]}; {@code asPath} null when not written. */
  record Advertised(SourceRef source, String routeServer, Ipv4Prefix prefix, String nva, AsPath asPath)
      implements Expectation {
  }

  /** {@code expect no-advertised RS PREFIX to NVA}. */
  record NoAdvertised(SourceRef source, String routeServer, Ipv4Prefix prefix, String nva) implements Expectation {
  }

  /** {@code expect outage VM -> DEST at-most DUR}, meaningful in scenarios only. */
  record Outage(SourceRef source, String fromVm, Destination to, Duration atMost) implements Expectation {
  }
}
