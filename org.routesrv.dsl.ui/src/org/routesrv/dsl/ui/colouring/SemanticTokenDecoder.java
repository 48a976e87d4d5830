package org.routesrv.dsl.ui.colouring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * LSP's semantic token encoding: five integers per token (line delta, start delta, length, type
 * index, modifier bits), each position relative to the previous token.
 */
final class SemanticTokenDecoder {

  private SemanticTokenDecoder() {
  }

  static List<ColouredRange> decode(SemanticTokens tokens, SemanticTokensLegend legend, TokenStyles palette,
      IDocument document) {
    List<ColouredRange> ranges = new ArrayList<>();
    List<Integer> data = tokens.getData();
    int line = 0;
    int character = 0;
    for (int i = 0; i + 4 < data.size(); i += 5) {
      int lineDelta = data.get(i);
      line += lineDelta;
      character = lineDelta == 0 ? character + data.get(i + 1) : data.get(i + 1);
      TextAttribute style = styleOf(legend, palette, data.get(i + 3), data.get(i + 4));
      if (style == null) {
        continue;
      }
      try {
        int offset = document.getLineOffset(line) + character;
        int length = Math.min(data.get(i + 2), document.getLength() - offset);
        if (length > 0) {
          ranges.add(new ColouredRange(offset, length, style));
        }
      } catch (BadLocationException stale) {
        // The document has been cut short since the server saw it; the rest is stale.
        break;
      }
    }
    return ranges;
  }

  private static TextAttribute styleOf(SemanticTokensLegend legend, TokenStyles palette, int typeIndex,
      int modifierBits) {
    if (typeIndex < 0 || typeIndex >= legend.getTokenTypes().size()) {
      return null;
    }
    List<String> modifiers = new ArrayList<>();
    for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
      if ((modifierBits & (1 << bit)) != 0) {
        modifiers.add(legend.getTokenModifiers().get(bit));
      }
    }
    return palette.of(legend.getTokenTypes().get(typeIndex), modifiers);
  }
}
