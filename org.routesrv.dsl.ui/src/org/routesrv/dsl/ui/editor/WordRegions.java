package org.routesrv.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** RSNet words: names with '-' and '.', addresses and prefixes with '.', '/' and ':'. */
final class WordRegions {

  private WordRegions() {
  }

  static IRegion around(IDocument document, int offset) {
    try {
      int start = start(document, offset);
      int end = offset;
      while (end < document.getLength() && isWordPart(document.getChar(end))) {
        end++;
      }
      return end > start ? new Region(start, end - start) : null;
    } catch (BadLocationException e) {
      return null;
    }
  }

  /** Where the word that ends at the offset starts: what content assist replaces. */
  static int start(IDocument document, int offset) {
    try {
      int start = offset;
      while (start > 0 && isWordPart(document.getChar(start - 1))) {
        start--;
      }
      return start;
    } catch (BadLocationException e) {
      return offset;
    }
  }

  static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == ':';
  }
}
