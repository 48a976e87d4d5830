package org.routesrv.dsl.validation;

import org.junit.jupiter.api.Test;

/** Route maps on Route Server (fact 89): where they attach and what Azure accepts in them. */
class RouteMapRulesTest extends RuleTestBase {

  /** The hub whose Route Server has {@code options} in its block, with fw (10.0.2.4) peering with it. */
  private static String withRouteServer(String options, String maps) {
    return HUB.replace("route-server ars in hub", "route-server ars in hub {\n" + options + "\n}") + maps
        + nva("fw", 4, 65001, "advertise 172.16.0.0/12");
  }

  private static final String TAG = """
      route-map tag {
          rule all {
              add community 64500:1
          }
      }
      """;

  @Test
  void fact89_aMapOnAnNvaPeeringIsFineAndItsFirstUseAnnouncesTheUpgrade() {
    String model = withRouteServer("[[import tag from fw]]\nexport tag to fw", TAG);
    assertInfo(IssueCodes.ROUTE_MAP_UPGRADE, model);
    assertNoIssue(IssueCodes.ROUTE_MAP_PEER, model.replace("[[", "").replace("]]", ""));
    assertNoIssue(IssueCodes.ROUTE_MAP_DUPLICATE, model.replace("[[", "").replace("]]", ""));
  }

  @Test
  void fact89_oneMapPerDirectionPerPeering() {
    assertError(IssueCodes.ROUTE_MAP_DUPLICATE, withRouteServer("import tag from fw\nimport tag from [[fw]]", TAG));
  }

  @Test
  void aMapNeedsAPeeringToAttachTo() {
    assertError(IssueCodes.ROUTE_MAP_PEER, withRouteServer("import tag from [[lonely]]", TAG)
        + "nva lonely vendor frr asn 65009 { nic eth0 hub.dmz 10.0.2.9 }\n");
  }

  @Test
  void fact89_aMapCannotAttachToAPeerInASpokeThatDoesNotUseTheHubsGateways() {
    String model = HUB.replace("peering hub <-> spoke { transit via hub }", "peering hub <-> spoke")
        .replace("route-server ars in hub", "route-server ars in hub { import tag from [[far]] }") + TAG + """
        nva far vendor frr asn 65003 {
            nic eth0 spoke.workload 10.1.0.4 ip-forwarding
            bgp { peer ars via eth0 }
        }
        """;
    assertError(IssueCodes.ROUTE_MAP_PEER_REACH, model);
  }

  @Test
  void fact89_aPeerInATransitSpokeMayHaveAMap() {
    assertNoIssue(IssueCodes.ROUTE_MAP_PEER_REACH, HUB.replace("route-server ars in hub",
        "route-server ars in hub { import tag from far }") + TAG + """
        nva far vendor frr asn 65003 {
            nic eth0 spoke.workload 10.1.0.4 ip-forwarding
            bgp { peer ars via eth0 }
        }
        """);
  }

  @Test
  void fact89_privateAndAzureAsnsCannotBePrepended() {
    String maps = """
        route-map longer {
            rule all {
                prepend 64500 [[65001]]
            }
        }
        """;
    assertError(IssueCodes.ROUTE_MAP_PREPEND_ASN, withRouteServer("export longer to fw", maps));
    assertError(IssueCodes.ROUTE_MAP_PREPEND_ASN, withRouteServer("export longer to fw",
        maps.replace("[[65001]]", "[[12076]]")));
    assertNoIssue(IssueCodes.ROUTE_MAP_PREPEND_ASN, withRouteServer("export longer to fw",
        maps.replace("[[65001]]", "64501")));
  }

  @Test
  void fact89_aMapNoRouteServerUsesIsNotHeldToRouteServersLimits() {
    assertNoIssue(IssueCodes.ROUTE_MAP_PREPEND_ASN, HUB + """
        route-map longer {
            rule all {
                prepend 65001
            }
        }
        """);
  }

  @Test
  void fact89_azureCommunitiesCannotBeRemoved() {
    assertError(IssueCodes.ROUTE_MAP_AZURE_COMMUNITY, withRouteServer("import clean from fw", """
        route-map clean {
            rule all {
                remove community 64500:1, [[65517:65517]]
            }
        }
        """));
  }

  @Test
  void fact89_aSummaryMayNotBeMoreSpecificThanWhatItReplaces() {
    String maps = """
        route-map summary {
            rule all {
                match prefix contains 172.16.0.0/12
                summarize [[172.16.0.0/16]]
            }
        }
        """;
    assertError(IssueCodes.ROUTE_MAP_MORE_SPECIFIC, withRouteServer("import summary from fw", maps));
    assertNoIssue(IssueCodes.ROUTE_MAP_MORE_SPECIFIC, withRouteServer("import summary from fw",
        maps.replace("[[172.16.0.0/16]]", "172.16.0.0/12")));
  }

  @Test
  void fact89_routeServerHasNoLocalPreference() {
    assertError(IssueCodes.ROUTE_MAP_LOCAL_PREF, withRouteServer("import preferred from fw", """
        route-map preferred {
            rule all {
                set local-pref [[200]]
            }
        }
        """));
  }

  @Test
  void fact89_matchingTheVnetSpaceOnImportIsADeadRule() {
    assertWarning(IssueCodes.ROUTE_MAP_DEAD_RULE, withRouteServer("import spaces from fw", """
        route-map spaces {
            rule hub {
                match prefix equals 172.16.0.0/12, [[10.1.0.0/24]]
                drop
            }
        }
        """));
  }

  @Test
  void fact89_aScenarioAttachingAMapIsHeldToTheSameRules() {
    String maps = """
        route-map longer {
            rule all {
                prepend [[65001]]
            }
        }
        """;
    assertError(IssueCodes.ROUTE_MAP_PREPEND_ASN, withRouteServer("", maps) + "scenario s { attach ars export longer to fw }\n");
    assertError(IssueCodes.ROUTE_MAP_PEER, withRouteServer("", TAG)
        + "nva lonely vendor frr asn 65009 { nic eth0 hub.dmz 10.0.2.9 }\n"
        + "scenario s { attach ars import tag from [[lonely]] }\n");
  }
}
