package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.simulation.output.Column;
import org.routesrv.dsl.simulation.output.TableDefinition;

/** How a table definition is filled and printed, for every output that shows one. */
class TableDefinitionTest {

  private record Peer(String name, String filtered) {
  }

  private static final TableDefinition<Peer> PEERS = TableDefinition.of("Peers of %s",
      Column.of("Name", Peer::name),
      Column.whenUsed("Filtered", Peer::filtered));

  @Test
  void aColumnShownWhenUsedIsLeftOutUnlessSomeRowHasAValue() {
    assertEquals("""
        Name
        ----
        fw1
        """, PEERS.fill(List.of(new Peer("fw1", null))).az());
    assertEquals("""
        Name  Filtered
        ----  --------
        fw1
        fw2   loop
        """, PEERS.fill(List.of(new Peer("fw1", null), new Peer("fw2", "loop"))).az());
  }

  @Test
  void aViewHasTheNamedColumnsInTheNamedOrderEachShownEvenWhenUnused() {
    assertEquals("""
        | Filtered | Name |
        | --- | --- |
        |  | fw1 |
        """, PEERS.only("Filtered", "Name").fill(List.of(new Peer("fw1", null))).markdown());
  }

  @Test
  void aViewOfAColumnTheTableLacksFailsWhenItIsDefined() {
    assertThrows(IllegalArgumentException.class, () -> PEERS.only("Name", "Weight"));
  }

  @Test
  void aPipeOrALineBreakInACellKeepsTheMarkdownTableWhole() {
    assertEquals("""
        | Name | Filtered |
        | --- | --- |
        | a\\|b | two lines |
        """, PEERS.fill(List.of(new Peer("a|b", "two\nlines"))).markdown());
  }

  @Test
  void aTableWithoutRowsIsNoneInMarkdownAndItsHeaderAsText() {
    assertEquals("_none_\n", PEERS.fill(List.of()).markdown());
    assertEquals("Name\n----\n", PEERS.fill(List.of()).az());
  }

  @Test
  void markdownCutAfterSomeRowsSaysHowManyItLeftOut() {
    List<Peer> peers = List.of(new Peer("fw1", null), new Peer("fw2", null), new Peer("fw3", null));
    assertEquals("""
        | Name |
        | --- |
        | fw1 |

        _… and 2 more_
        """, PEERS.fill(peers).markdown(1));
  }

  @Test
  void theTitleNamesItsSubject() {
    assertEquals("Peers of ars", PEERS.titleOf("ars"));
  }
}
