package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.RouteMap;
import org.routesrv.dsl.network.RouteMap.AsPathOperation;
import org.routesrv.dsl.network.RouteMap.CommunityOperation;
import org.routesrv.dsl.network.RouteMap.MatchKind;
import org.routesrv.dsl.network.RouteMap.Rule;

/** Azure's route-map semantics (fact 89) on the routes one speaker sends another. */
class RouteMapEvaluationTest {

  private static final Ipv4Address NVA = Ipv4Address.parse("10.0.2.4");

  private static BgpRoute route(String prefix, String path, String... communities) {
    return new BgpRoute(Ipv4Prefix.parse(prefix), NVA, AsPath.parse(path),
        java.util.Arrays.stream(communities).map(Community::parse).toList());
  }

  private static List<String> apply(List<Rule> rules, BgpRoute... routes) {
    return RouteMapEvaluation.apply(new RouteMap("m", rules), List.of(routes)).stream()
        .map(r -> r.prefix() + " [" + r.asPath() + "] " + r.communities()).toList();
  }

  private static RouteMap.PrefixMatch prefix(MatchKind kind, String... prefixes) {
    return new RouteMap.PrefixMatch(kind, java.util.Arrays.stream(prefixes).map(Ipv4Prefix::parse).toList());
  }

  private static List<Community> communities(String... values) {
    return java.util.Arrays.stream(values).map(Community::parse).toList();
  }

  @Test
  void fact89_aRouteNoRuleMatchesPassesUnchangedAndARuleNeedsAllItsMatches() {
    Rule both = new Rule("both", List.of(prefix(MatchKind.EQUALS, "10.1.0.0/16"),
        new RouteMap.CommunityMatch(MatchKind.CONTAINS, communities("65010:1"))), List.of(new RouteMap.Drop()), false);
    assertEquals(List.of("10.1.0.0/16 [65001] []", "10.2.0.0/16 [65001] [65010:1]"),
        apply(List.of(both), route("10.1.0.0/16", "65001"), route("10.2.0.0/16", "65001", "65010:1")));
    assertEquals(List.of(), apply(List.of(both), route("10.1.0.0/16", "65001", "65010:1")));
    Rule everything = new Rule("all", List.of(), List.of(new RouteMap.Drop()), false);
    assertEquals(List.of(), apply(List.of(everything), route("10.1.0.0/16", "65001")), "no matches: every route");
  }

  @Test
  void fact89_rulesAreOrderedAndTheFirstMatchEndsEvaluationUnlessItContinues() {
    Rule tag = new Rule("tag", List.of(prefix(MatchKind.CONTAINS, "10.0.0.0/8")),
        List.of(new RouteMap.CommunityChange(CommunityOperation.ADD, communities("65010:100"))), false);
    Rule prepend = new Rule("prepend", List.of(), List.of(new RouteMap.AsPathChange(AsPathOperation.PREPEND, List.of(65010L, 65010L))), false);
    assertEquals(List.of("10.1.0.0/16 [65001] [65010:100]"), apply(List.of(tag, prepend), route("10.1.0.0/16", "65001")));
    Rule tagAndGoOn = new Rule("tag", tag.matches(), tag.actions(), true);
    assertEquals(List.of("10.1.0.0/16 [65010 65010 65001] [65010:100]"),
        apply(List.of(tagAndGoOn, prepend), route("10.1.0.0/16", "65001")));
    Rule onlyTagged = new Rule("tagged", List.of(new RouteMap.CommunityMatch(MatchKind.EQUALS, communities("65010:100"))),
        List.of(new RouteMap.Drop()), false);
    assertEquals(List.of(), apply(List.of(tagAndGoOn, onlyTagged), route("10.1.0.0/16", "65001")),
        "a later rule sees the route as the earlier one left it");
  }

  @Test
  void fact89_prefixEqualsIsExactAndContainsTakesMoreSpecifics() {
    Rule equals = new Rule("eq", List.of(prefix(MatchKind.EQUALS, "10.0.0.0/8")), List.of(new RouteMap.Drop()), false);
    Rule contains = new Rule("in", List.of(prefix(MatchKind.CONTAINS, "10.0.0.0/8")), List.of(new RouteMap.Drop()), false);
    BgpRoute wide = route("10.0.0.0/8", "65001");
    BgpRoute narrow = route("10.1.0.0/16", "65001");
    BgpRoute outside = route("11.0.0.0/8", "65001");
    assertEquals(List.of("10.1.0.0/16 [65001] []", "11.0.0.0/8 [65001] []"), apply(List.of(equals), wide, narrow, outside));
    assertEquals(List.of("11.0.0.0/8 [65001] []"), apply(List.of(contains), wide, narrow, outside));
  }

  @Test
  void fact89_communityEqualsNeedsAllAndContainsOne_asPathEqualsInOrderAndContainsAny() {
    BgpRoute tagged = route("10.1.0.0/16", "65001 65002", "65010:1", "65010:2");
    assertEquals(1, apply(List.of(dropIf(new RouteMap.CommunityMatch(MatchKind.EQUALS, communities("65010:1", "65010:3")))),
        tagged).size());
    assertEquals(0, apply(List.of(dropIf(new RouteMap.CommunityMatch(MatchKind.CONTAINS, communities("65010:1", "65010:3")))),
        tagged).size());
    assertEquals(1, apply(List.of(dropIf(new RouteMap.AsPathMatch(MatchKind.EQUALS, List.of(65002L, 65001L)))), tagged).size());
    assertEquals(0, apply(List.of(dropIf(new RouteMap.AsPathMatch(MatchKind.EQUALS, List.of(65001L, 65002L)))), tagged).size());
    assertEquals(0, apply(List.of(dropIf(new RouteMap.AsPathMatch(MatchKind.CONTAINS, List.of(65099L, 65002L)))), tagged).size());
  }

  private static Rule dropIf(RouteMap.Match match) {
    return new Rule("r", List.of(match), List.of(new RouteMap.Drop()), false);
  }

  @Test
  void fact89_summarizeReplacesTheMatchedRoutesWithSummariesWithoutPathOrCommunities() {
    Rule summarize = new Rule("sum", List.of(prefix(MatchKind.CONTAINS, "10.128.0.0/9")),
        List.of(new RouteMap.Summarize(List.of(Ipv4Prefix.parse("10.128.0.0/9")))), false);
    assertEquals(List.of("10.128.0.0/9 [] []", "10.1.0.0/16 [65001] []"), apply(List.of(summarize),
        route("10.130.0.0/16", "65001", "65010:1"), route("10.1.0.0/16", "65001"), route("10.200.0.0/16", "65001 65002")));
  }

  @Test
  void fact89_setReplacesBeforeAddingSoARuleKeepsWhatItAdds() {
    Rule rewrite = new Rule("rw", List.of(), List.of(new RouteMap.AsPathChange(AsPathOperation.PREPEND, List.of(65010L)),
        new RouteMap.AsPathChange(AsPathOperation.REPLACE, List.of()),
        new RouteMap.CommunityChange(CommunityOperation.ADD, communities("65010:9")),
        new RouteMap.CommunityChange(CommunityOperation.REPLACE, List.of()),
        new RouteMap.CommunityChange(CommunityOperation.REMOVE, communities("65010:1"))), false);
    assertEquals(List.of("10.1.0.0/16 [65010] [65010:9]"), apply(List.of(rewrite), route("10.1.0.0/16", "65001 65002", "65010:1")));
  }
}
