package org.routesrv.dsl.ui.colouring;

import org.eclipse.jface.text.TextAttribute;

/** One semantic token, placed in the document. */
record ColouredRange(int offset, int length, TextAttribute style) {

  int end() {
    return offset + length;
  }

  ColouredRange movedBy(int delta) {
    return new ColouredRange(offset + delta, length, style);
  }
}
