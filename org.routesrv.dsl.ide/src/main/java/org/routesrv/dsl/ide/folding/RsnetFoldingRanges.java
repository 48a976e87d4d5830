package org.routesrv.dsl.ide.folding;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext folds every block that spans lines and every block comment. RSNet models explain themselves
 * in runs of {@code //} lines (the examples open with a dozen), so such a run folds as one comment.
 */
public class RsnetFoldingRanges extends DefaultFoldingRangeProvider {

  private static final String LINE_COMMENT = "SL_COMMENT";

  @Override
  protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
    super.computeCommentFolding(resource, acceptor);
    if (resource.getParseResult() == null) {
      return;
    }
    ILeafNode first = null;
    ILeafNode last = null;
    int lastCodeLine = 0;
    for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
      if (isLineComment(leaf)) {
        if (last != null && leaf.getStartLine() == last.getEndLine()) {
          last = leaf;
        } else {
          acceptRun(first, last, acceptor);
          // A comment after code on the same line explains that line; it does not open a run.
          boolean ownLine = leaf.getStartLine() > lastCodeLine;
          first = ownLine ? leaf : null;
          last = ownLine ? leaf : null;
        }
      } else if (!leaf.isHidden() || !leaf.getText().isBlank() || leaf.getText().contains("\n")) {
        // Code, a block comment or a blank line ends the run; indentation does not.
        acceptRun(first, last, acceptor);
        first = null;
        last = null;
        if (!leaf.isHidden()) {
          lastCodeLine = leaf.getEndLine();
        }
      }
    }
    acceptRun(first, last, acceptor);
  }

  private static boolean isLineComment(ILeafNode leaf) {
    return leaf.getGrammarElement() instanceof TerminalRule rule && LINE_COMMENT.equals(rule.getName());
  }

  /** A run of at least two lines; the trailing line break stays outside the fold. */
  private static void acceptRun(ILeafNode first, ILeafNode last, IFoldingRangeAcceptor acceptor) {
    if (first == null || first == last) {
      return;
    }
    int end = last.getEndOffset();
    String text = last.getText();
    if (text.endsWith("\n")) {
      end -= text.endsWith("\r\n") ? 2 : 1;
    }
    acceptor.accept(first.getOffset(), end - first.getOffset(), FoldingRangeKind.COMMENT);
  }
}
