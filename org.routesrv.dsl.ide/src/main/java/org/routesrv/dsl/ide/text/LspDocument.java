package org.routesrv.dsl.ide.text;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * The server's copy of an editor's document, with lines and positions as LSP has them. Xtext's
 * document counts only {@code \n} as a line break, so in a file with {@code \r} line endings every
 * incremental edit below the first line failed and was dropped, and it throws for positions outside
 * the text, which every request then answered with an internal error. Here every position maps to
 * an offset (clamped, see {@link LineMap}), in one place for every request and edit, and an error
 * never carries the document's text.
 */
public class LspDocument extends Document {

  private volatile LineMap lines;

  public LspDocument(Integer version, String contents) {
    super(version, byteOrderMarkAsSpace(contents == null ? "" : contents), false);
  }

  /**
   * Editors leave a byte order mark out of what they send, but a client may send one: the parser
   * skips a leading mark (as it must for files on disk), so every node's offset was one less than
   * the document's and completion on the first line asked Xtext for negative offsets (issue 22). A
   * space in its place keeps both counts equal and the text's length, so the client's positions
   * still fit.
   */
  private static String byteOrderMarkAsSpace(String contents) {
    return contents.startsWith("\uFEFF") ? " " + contents.substring(1) : contents;
  }

  private LineMap lines() {
    LineMap map = lines;
    if (map == null) {
      map = LineMap.of(getContents());
      lines = map;
    }
    return map;
  }

  @Override
  public int getOffSet(Position position) {
    return lines().offset(position);
  }

  @Override
  public Position getPosition(int offset) {
    return lines().position(offset);
  }

  @Override
  public ITextRegion getTextRegion(Range range) {
    int start = getOffSet(range.getStart());
    int end = Math.max(start, getOffSet(range.getEnd()));
    return new TextRegion(start, end - start);
  }

  @Override
  public String getLineContent(int lineNumber) {
    return lines().line(getContents(), lineNumber);
  }

  @Override
  public int getLineCount() {
    return lines().lineCount();
  }

  @Override
  public String getSubstring(Range range) {
    ITextRegion region = getTextRegion(range);
    return getContents().substring(region.getOffset(), region.getEndOffset());
  }

  @Override
  public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
    Integer version = getVersion() == null ? null : getVersion() + 1;
    LspDocument current = this;
    for (TextDocumentContentChangeEvent change : changes) {
      String text = change.getText() == null ? "" : change.getText();
      String contents = change.getRange() == null ? text : current.replaced(change.getRange(), text);
      current = new LspDocument(version, contents);
    }
    return current;
  }

  @Override
  public Document applyChanges(Iterable<? extends TextEdit> changes) {
    // As Xtext's: every edit's range refers to this document.
    String contents = getContents();
    for (TextEdit change : changes) {
      if (change.getRange() == null) {
        contents = change.getNewText();
      } else {
        ITextRegion region = getTextRegion(change.getRange());
        contents = contents.substring(0, region.getOffset()) + change.getNewText() + contents.substring(region.getEndOffset());
      }
    }
    return new LspDocument(getVersion() == null ? null : getVersion() + 1, contents);
  }

  private String replaced(Range range, String text) {
    ITextRegion region = getTextRegion(range);
    String contents = getContents();
    return contents.substring(0, region.getOffset()) + text + contents.substring(region.getEndOffset());
  }
}
