package org.routesrv.dsl.ui.documents;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions (line and UTF-16 column, both from 0) and document offsets (also UTF-16). A position
 * past the end of a line or document is clamped: the server may answer about a text that has since
 * been shortened.
 */
public final class Positions {

  private Positions() {
  }

  public static Position positionOf(IDocument document, int offset) {
    try {
      int clamped = Math.max(0, Math.min(offset, document.getLength()));
      int line = document.getLineOfOffset(clamped);
      return new Position(line, clamped - document.getLineOffset(line));
    } catch (BadLocationException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public static int offsetOf(IDocument document, Position position) {
    try {
      if (position.getLine() >= document.getNumberOfLines()) {
        return document.getLength();
      }
      int line = Math.max(0, position.getLine());
      int lineLength = document.getLineInformation(line).getLength();
      return document.getLineOffset(line) + Math.max(0, Math.min(position.getCharacter(), lineLength));
    } catch (BadLocationException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public static Range rangeOf(IDocument document, int offset, int length) {
    return new Range(positionOf(document, offset), positionOf(document, offset + length));
  }
}
