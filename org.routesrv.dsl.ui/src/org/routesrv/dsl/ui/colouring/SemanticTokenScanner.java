package org.routesrv.dsl.ui.colouring;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Feeds the editor's presentation repairer from the latest semantic tokens; text between tokens
 * keeps the editor's default colour.
 */
final class SemanticTokenScanner implements ITokenScanner {

  private final SemanticTokenCache cache;
  private List<ColouredRange> ranges = List.of();
  private int index;
  private int position;
  private int end;
  private int tokenOffset;
  private int tokenLength;

  SemanticTokenScanner(SemanticTokenCache cache) {
    this.cache = cache;
  }

  @Override
  public void setRange(IDocument document, int offset, int length) {
    ranges = cache.ranges();
    index = SemanticTokenCache.firstEndingAfter(ranges, offset);
    position = offset;
    end = offset + length;
  }

  @Override
  public IToken nextToken() {
    if (position >= end) {
      return Token.EOF;
    }
    tokenOffset = position;
    ColouredRange next = index < ranges.size() ? ranges.get(index) : null;
    if (next == null || next.offset() >= end) {
      tokenLength = end - position;
      position = end;
      return Token.UNDEFINED;
    }
    if (next.offset() > position) {
      tokenLength = next.offset() - position;
      position = next.offset();
      return Token.UNDEFINED;
    }
    int tokenEnd = Math.min(next.end(), end);
    tokenLength = tokenEnd - position;
    position = tokenEnd;
    index++;
    return new Token(next.style());
  }

  @Override
  public int getTokenOffset() {
    return tokenOffset;
  }

  @Override
  public int getTokenLength() {
    return tokenLength;
  }
}
