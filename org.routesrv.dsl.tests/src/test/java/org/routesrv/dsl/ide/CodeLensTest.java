package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.commands.RsnetCommands;

/** Code lenses summarize the simulation above each Route Server and each NVA that peers with one. */
class CodeLensTest extends LanguageServerTest {

  static List<? extends CodeLens> lenses(String uri) {
    List<? extends CodeLens> lenses = await(documents().codeLens(new CodeLensParams(id(uri))));
    return lenses.stream().sorted(Comparator.comparingInt(lens -> lens.getRange().getStart().getLine())).toList();
  }

  static List<String> titles(String uri) {
    return lenses(uri).stream().map(lens -> lens.getRange().getStart().getLine() + ": " + lens.getCommand().getTitle())
        .toList();
  }

  @Test
  void routeServerAndNvasShowSessionsAndRoutes() {
    String uri = openModel(HUB);
    assertEquals(List.of(
        "12: 4 sessions up · 2 routes learned",
        "13: ars: 2 sessions up · 1 route accepted · 3 routes received",
        "21: ars: 2 sessions up · 1 route accepted · 3 routes received"), titles(uri));
  }

  @Test
  void sessionsDownAndFilteredRoutesAreCounted() {
    // 65515 is Route Server's own ASN: its sessions stay Idle. fw9 advertises the hub's own range,
    // which Route Server drops.
    String uri = openModel(HUB.replace("asn 65502", "asn 65515") + """
        nva fw9 vendor frr asn 65509 {
            nic trusted hub.trusted 10.0.3.9 ip-forwarding
            bgp {
                peer ars via trusted
                advertise 10.0.0.0/16
                advertise 192.168.0.0/16
            }
        }
        """);
    List<String> titles = titles(uri);
    assertEquals("12: 4 of 6 sessions up · 2 routes learned · 1 filtered", titles.get(0));
    assertEquals("21: ars: 0 of 2 sessions up · 0 routes accepted · 0 routes received", titles.get(2));
  }

  @Test
  void lensOpensTheSimulationReportOfItsDocument() {
    String uri = openModel(HUB);
    CodeLens lens = lenses(uri).get(0);
    assertEquals(RsnetCommands.SIMULATION_REPORT, lens.getCommand().getCommand());
    assertEquals(uri, String.valueOf(lens.getCommand().getArguments().get(0)).replace("\"", ""));
  }

  @Test
  void networkWithErrorsSaysSoInsteadOfStaleNumbers() {
    String uri = openModel(HUB + "expect route spoke1.nowhere 0.0.0.0/0 via fw1\n");
    assertEquals("12: simulation unavailable: the network has errors", titles(uri).get(0));
  }

  @Test
  void fileWithoutRouteServersOrPeeringNvasHasNoLenses() {
    String uri = openModel("vnet hub { address-space 10.0.0.0/16 }\nnva lonely vendor frr asn 65001\n");
    assertEquals(List.of(), lenses(uri));
  }
}
