package org.routesrv.dsl.ide.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Lines as LSP counts them, and positions outside the text clamped into it (issue 22, failures 2 and 8). */
class LineMapTest {

  private static final String MIXED = "ab\ncd\r\nef\rgh";

  @Test
  void everyKindOfLineBreakEndsALine() {
    LineMap lines = LineMap.of(MIXED);
    assertEquals(4, lines.lineCount());
    assertEquals(MIXED.indexOf("gh") + 1, lines.offset(new Position(3, 1)));
    assertEquals(new Position(2, 1), lines.position(MIXED.indexOf("ef") + 1));
    assertEquals("cd", lines.line(MIXED, 1));
  }

  @Test
  void anOffsetInsideACrLfIsTheEndOfItsLine() {
    assertEquals(new Position(1, 2), LineMap.of(MIXED).position(MIXED.indexOf("\r\n") + 1));
  }

  @Test
  void positionsOutsideTheTextAreClampedIntoIt() {
    LineMap lines = LineMap.of(MIXED);
    assertEquals(MIXED.indexOf("cd") + 2, lines.offset(new Position(1, 99)), "past the line: its end, before the break");
    assertEquals(MIXED.length(), lines.offset(new Position(99, 0)), "past the last line: the end");
    assertEquals(0, lines.offset(new Position(-1, 5)), "before the first line: the start");
    assertEquals(MIXED.indexOf("ef"), lines.offset(new Position(2, -3)), "before the line: its start");
    assertEquals(new Position(3, 2), lines.position(1000));
    assertEquals(new Position(0, 0), lines.position(-7));
  }

  @Test
  void aTextEndingInALoneCrHasAnEmptyLastLine() {
    LineMap lines = LineMap.of("network n\r");
    assertEquals(2, lines.lineCount());
    assertEquals(new Position(1, 0), lines.position(10));
  }

  @Test
  void incrementalChangesOfACrDocumentApplyAtTheirLspPositions() {
    LspDocument document = new LspDocument(1, "network n\rvnet a {\r}\r");
    var changed = document.applyTextDocumentChanges(java.util.List.of(
        new TextDocumentContentChangeEvent(new Range(new Position(1, 5), new Position(1, 6)), "hub"),
        new TextDocumentContentChangeEvent(new Range(new Position(2, 50), new Position(2, 50)), " // end")));
    assertEquals("network n\rvnet hub {\r} // end\r", changed.getContents());
    assertEquals(Integer.valueOf(2), changed.getVersion());
  }
}
