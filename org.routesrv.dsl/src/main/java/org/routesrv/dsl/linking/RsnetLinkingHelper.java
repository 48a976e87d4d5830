package org.routesrv.dsl.linking;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/**
 * A reference is almost always one name token under its rule's node. Its text is then that token's
 * text, read without walking the node's leaves into a buffer as the general case does: linking does
 * this for every reference, tens of thousands in a large network. The conversion is Xtext's.
 */
public class RsnetLinkingHelper extends LinkingHelper {

  private IValueConverterService valueConverter;

  @Inject
  @Override
  public void setValueConverter(IValueConverterService valueConverter) {
    super.setValueConverter(valueConverter);
    this.valueConverter = valueConverter;
  }

  @Override
  public String getCrossRefNodeAsString(INode node, boolean convert) {
    String text = tokenText(node);
    if (!convert) {
      return text;
    }
    try {
      String ruleName = getRuleNameFrom(node.getGrammarElement());
      if (ruleName == null) {
        return text;
      }
      Object value = valueConverter.toValue(text, ruleName, node);
      return value != null ? value.toString() : null;
    } catch (ValueConverterWithValueException e) {
      return e.getValue() != null ? e.getValue().toString() : null;
    } catch (ValueConverterException e) {
      throw new IllegalNodeException(node, e);
    }
  }

  private static String tokenText(INode node) {
    if (node instanceof ICompositeNode composite && composite.getFirstChild() == composite.getLastChild()
        && composite.getFirstChild() instanceof ILeafNode leaf && !leaf.isHidden()) {
      return leaf.getText();
    }
    return NodeModelUtils.getTokenText(node);
  }
}
