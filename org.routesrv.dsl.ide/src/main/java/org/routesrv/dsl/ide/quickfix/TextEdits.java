package org.routesrv.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Text edits on the node model: what the quick fixes insert, replace and remove. */
final class TextEdits {

  private TextEdits() {
  }

  static TextEdit replace(Document document, int start, int end, String text) {
    return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), text);
  }

  static TextEdit insert(Document document, int offset, String text) {
    return replace(document, offset, offset, text);
  }

  /** The node of an element, or of one of its features (the first value). */
  static INode node(EObject owner, EStructuralFeature feature) {
    if (feature == null) {
      return NodeModelUtils.findActualNodeFor(owner);
    }
    List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
    return nodes.isEmpty() ? null : nodes.get(0);
  }

  /** Where the last token of a node ends (comments and whitespace after it excluded). */
  static int endOfText(INode node) {
    int end = node.getOffset();
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden()) {
        end = leaf.getEndOffset();
      }
    }
    return end;
  }

  /** Removes an option such as {@code nsg NAME} or {@code instances first}: its keyword, its value, the space before. */
  static TextEdit removeOption(Document document, EObject owner, EStructuralFeature feature) {
    INode value = node(owner, feature);
    ILeafNode keyword = tokenBefore(value.getOffset(), value.getRootNode());
    ILeafNode previous = tokenBefore(keyword.getOffset(), value.getRootNode());
    int start = previous == null ? keyword.getOffset() : previous.getEndOffset();
    return replace(document, start, endOfText(value), "");
  }

  /** The last non-hidden token that ends at or before {@code offset}. */
  static ILeafNode tokenBefore(int offset, ICompositeNode root) {
    ILeafNode result = null;
    for (ILeafNode leaf : root.getLeafNodes()) {
      if (leaf.getEndOffset() > offset) {
        break;
      }
      if (!leaf.isHidden()) {
        result = leaf;
      }
    }
    return result;
  }

  /** The whitespace a line starts with. */
  static String indentOfLineAt(Document document, int offset) {
    String line = document.getLineContent(document.getPosition(offset).getLine());
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }
}
