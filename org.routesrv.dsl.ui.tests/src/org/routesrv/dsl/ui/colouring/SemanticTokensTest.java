package org.routesrv.dsl.ui.colouring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

class SemanticTokensTest {

  private static final SemanticTokensLegend LEGEND =
      new SemanticTokensLegend(List.of("keyword", "class", "unknownType"), List.of("declaration"));

  @Test
  void relativeTokensArePlacedOnTheirLinesAndColumns() {
    Document document = new Document("nva fw1 vendor frr\n  bgp {\n");
    // nva (keyword), fw1 (class, declaration), vendor (keyword); next line: bgp (keyword).
    SemanticTokens tokens = new SemanticTokens(List.of(0, 0, 3, 0, 0, 0, 4, 3, 1, 1, 0, 4, 6, 0, 0, 1, 2, 3, 0, 0));
    List<ColouredRange> ranges = SemanticTokenDecoder.decode(tokens, LEGEND, TokenStyles.LIGHT, document);
    assertEquals(List.of(0, 4, 8, 21), ranges.stream().map(ColouredRange::offset).toList());
    assertEquals(List.of(3, 3, 6, 3), ranges.stream().map(ColouredRange::length).toList());
    assertEquals(TokenStyles.LIGHT.of("class", List.of("declaration")).getStyle(), ranges.get(1).style().getStyle());
  }

  @Test
  void tokensOfTypesWithoutAColourAreLeftOut() {
    Document document = new Document("a b");
    SemanticTokens tokens = new SemanticTokens(List.of(0, 0, 1, 2, 0, 0, 2, 1, 0, 0));
    assertEquals(List.of(2), SemanticTokenDecoder.decode(tokens, LEGEND, TokenStyles.LIGHT, document).stream()
        .map(ColouredRange::offset).toList());
  }

  @Test
  void tokensMoveWithTheTextAndTheEditedOneIsDropped() {
    Document document = new Document("vnet hub subnet x");
    SemanticTokenCache cache = new SemanticTokenCache();
    TextAttribute style = TokenStyles.LIGHT.of("keyword", List.of());
    cache.replace(List.of(new ColouredRange(0, 4, style), new ColouredRange(5, 3, style),
        new ColouredRange(9, 6, style)));
    // "hub" becomes "hub2": the token on it goes, the one after it moves by one.
    cache.adjust(new DocumentEvent(document, 5, 3, "hub2"));
    assertEquals(List.of(0, 10), cache.ranges().stream().map(ColouredRange::offset).toList());
  }

  @Test
  void theScannerAlternatesDefaultTextAndTokensWithinTheDamagedRange() {
    Document document = new Document("vnet hub {");
    SemanticTokenCache cache = new SemanticTokenCache();
    TextAttribute keyword = TokenStyles.LIGHT.of("keyword", List.of());
    cache.replace(List.of(new ColouredRange(0, 4, keyword), new ColouredRange(5, 3, keyword)));
    SemanticTokenScanner scanner = new SemanticTokenScanner(cache);
    scanner.setRange(document, 2, 8);
    List<String> pieces = new ArrayList<>();
    for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
      pieces.add(scanner.getTokenOffset() + "+" + scanner.getTokenLength() + (token.isUndefined() ? "" : "*"));
    }
    assertEquals(List.of("2+2*", "4+1", "5+3*", "8+2"), pieces);
  }

  @Test
  void aDarkEditorGetsTheDarkPalette() {
    assertEquals(TokenStyles.DARK, TokenStyles.on(new RGB(47, 47, 47)));
    assertEquals(TokenStyles.LIGHT, TokenStyles.on(new RGB(255, 255, 255)));
    assertNotEquals(TokenStyles.LIGHT.of("keyword", List.of()).getForeground().getRGB(),
        TokenStyles.DARK.of("keyword", List.of()).getForeground().getRGB());
  }

  @Test
  void unknownTokenTypesHaveNoStyle() {
    assertNull(TokenStyles.LIGHT.of("macro", List.of()));
  }
}
