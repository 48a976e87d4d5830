package org.routesrv.dsl.ui.colouring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.DocumentEvent;

/**
 * The newest semantic tokens of one document. Between a keystroke and the server's next answer the
 * tokens are moved with the text, so colours stay on their words while the user types; tokens the
 * edit touched are dropped until the server colours them again.
 */
final class SemanticTokenCache {

  private volatile List<ColouredRange> ranges = List.of();

  List<ColouredRange> ranges() {
    return ranges;
  }

  void replace(List<ColouredRange> fresh) {
    ranges = List.copyOf(fresh);
  }

  void clear() {
    ranges = List.of();
  }

  void adjust(DocumentEvent edit) {
    int editEnd = edit.getOffset() + edit.getLength();
    int delta = (edit.getText() == null ? 0 : edit.getText().length()) - edit.getLength();
    List<ColouredRange> moved = new ArrayList<>(ranges.size());
    for (ColouredRange range : ranges) {
      if (range.end() <= edit.getOffset()) {
        moved.add(range);
      } else if (range.offset() >= editEnd) {
        moved.add(range.movedBy(delta));
      }
    }
    ranges = List.copyOf(moved);
  }

  /** The index of the first range ending after the offset: ranges are sorted and do not overlap. */
  static int firstEndingAfter(List<ColouredRange> sorted, int offset) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).end() <= offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
