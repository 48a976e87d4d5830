package org.routesrv.dsl.network;

import java.util.List;

/**
 * A route map with Azure's semantics (fact 89), whoever applies it: ordered rules; a rule matches a
 * route when all its matches hold (a rule without matches: every route); a matching rule applies all
 * its actions, and evaluation ends there unless the rule continues; a route no rule matches passes
 * unchanged.
 */
public record RouteMap(String name, List<Rule> rules) {

  public RouteMap {
    rules = List.copyOf(rules);
  }

  /** {@code equals} or {@code contains}; what each means depends on what is matched (fact 89). */
  public enum MatchKind {
    EQUALS, CONTAINS
  }

  public record Rule(String name, List<Match> matches, List<Action> actions, boolean continues) {
    public Rule {
      matches = List.copyOf(matches);
      actions = List.copyOf(actions);
    }
  }

  public sealed interface Match permits PrefixMatch, CommunityMatch, AsPathMatch {
  }

  /** {@code equals}: exactly one of these prefixes; {@code contains}: one of them or a more specific one. */
  public record PrefixMatch(MatchKind kind, List<Ipv4Prefix> prefixes) implements Match {
    public PrefixMatch {
      prefixes = List.copyOf(prefixes);
    }
  }

  /** {@code equals}: the route has all of these communities; {@code contains}: at least one. */
  public record CommunityMatch(MatchKind kind, List<Community> communities) implements Match {
    public CommunityMatch {
      communities = List.copyOf(communities);
    }
  }

  /** {@code equals}: the AS path is exactly these ASNs in order; {@code contains}: it holds any of them. */
  public record AsPathMatch(MatchKind kind, List<Long> asns) implements Match {
    public AsPathMatch {
      asns = List.copyOf(asns);
    }
  }

  public sealed interface Action permits Drop, Summarize, AsPathChange, CommunityChange, SetLocalPreference {
  }

  public record Drop() implements Action {
  }

  /** Azure's route-prefix Replace: the matched routes give way to these prefixes, without AS path or communities. */
  public record Summarize(List<Ipv4Prefix> prefixes) implements Action {
    public Summarize {
      prefixes = List.copyOf(prefixes);
    }
  }

  /** Azure's AS-path Add (in front, in order) and Replace (none: an empty path). */
  public enum AsPathOperation {
    PREPEND, REPLACE
  }

  public record AsPathChange(AsPathOperation operation, List<Long> asns) implements Action {
    public AsPathChange {
      asns = List.copyOf(asns);
    }
  }

  /** Azure's community Add, Replace (none: no communities) and Remove. */
  public enum CommunityOperation {
    ADD, REPLACE, REMOVE
  }

  public record CommunityChange(CommunityOperation operation, List<Community> communities) implements Action {
    public CommunityChange {
      communities = List.copyOf(communities);
    }
  }

  /** {@code set local-pref N}: an NVA's own preference among its paths; Route Server has none (fact 89). */
  public record SetLocalPreference(int value) implements Action {
  }
}
