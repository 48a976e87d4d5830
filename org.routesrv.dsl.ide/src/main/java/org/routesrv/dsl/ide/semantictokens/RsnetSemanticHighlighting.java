package org.routesrv.dsl.ide.semantictokens;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.routesrv.dsl.rsnet.RsnetPackage.Literals;

/**
 * Semantic tokens: what TextMate cannot know. A name is coloured by what it names (a vnet, a subnet,
 * an NVA...), where it is declared and wherever it is referenced, including names that are also
 * keywords ({@code subnet nva}); addresses, prefixes, ASNs and durations are numbers. Keywords and
 * comments are left to the TextMate grammar.
 */
public class RsnetSemanticHighlighting implements ISemanticHighlightingCalculator {

  private static final Map<EClass, String> TYPES = Map.ofEntries(
      Map.entry(Literals.MODEL, SemanticTokenTypes.Namespace),
      Map.entry(Literals.VNET, SemanticTokenTypes.Namespace),
      Map.entry(Literals.SUBNET, SemanticTokenTypes.Property),
      Map.entry(Literals.ROUTE_TABLE, SemanticTokenTypes.Type),
      Map.entry(Literals.NSG, SemanticTokenTypes.Type),
      Map.entry(Literals.ROUTE, SemanticTokenTypes.EnumMember),
      Map.entry(Literals.ROUTE_SERVER, SemanticTokenTypes.Interface),
      Map.entry(Literals.NVA, SemanticTokenTypes.Class),
      Map.entry(Literals.SITE_CONNECTOR, SemanticTokenTypes.Class),
      Map.entry(Literals.GATEWAY, SemanticTokenTypes.Class),
      Map.entry(Literals.VPN_GATEWAY, SemanticTokenTypes.Class),
      Map.entry(Literals.EXPRESS_ROUTE_GATEWAY, SemanticTokenTypes.Class),
      Map.entry(Literals.NIC, SemanticTokenTypes.Parameter),
      Map.entry(Literals.BGP_PEER, SemanticTokenTypes.Parameter),
      Map.entry(Literals.BGP_NEIGHBOR, SemanticTokenTypes.Parameter),
      Map.entry(Literals.SITE, SemanticTokenTypes.Struct),
      Map.entry(Literals.VM, SemanticTokenTypes.Variable),
      Map.entry(Literals.SCENARIO, SemanticTokenTypes.Function));

  private static final Set<String> NUMBER_TERMINALS = Set.of("IPV4_LITERAL", "IPV6_LITERAL", "INT",
      "COMMUNITY_LITERAL", "DURATION_LITERAL");

  @Override
  public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
      CancelIndicator cancelIndicator) {
    if (resource == null || resource.getParseResult() == null) {
      return;
    }
    for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
      if (cancelIndicator.isCanceled()) {
        return;
      }
      if (leaf.isHidden() || leaf.getLength() == 0 || ".".equals(leaf.getText())) {
        continue;
      }
      String[] styles = stylesOf(leaf);
      if (styles != null) {
        acceptor.addPosition(leaf.getOffset(), leaf.getLength(), styles);
      }
    }
  }

  private static String[] stylesOf(ILeafNode leaf) {
    if (leaf.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof TerminalRule terminal
        && NUMBER_TERMINALS.contains(terminal.getName())) {
      return new String[] {SemanticTokenTypes.Number};
    }
    EObject element = outermostGrammarElement(leaf);
    CrossReference reference = GrammarUtil.containingCrossReference(element);
    if (reference != null) {
      EClassifier target = reference.getType().getClassifier();
      String type = target instanceof EClass type1 ? TYPES.get(type1) : null;
      return type == null ? null : new String[] {type};
    }
    Assignment assignment = GrammarUtil.containingAssignment(element);
    if (assignment == null) {
      return null;
    }
    EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
    if ("name".equals(assignment.getFeature()) && owner != null && TYPES.containsKey(owner.eClass())) {
      return new String[] {TYPES.get(owner.eClass()), SemanticTokenModifiers.Declaration};
    }
    if ("vendor".equals(assignment.getFeature())) {
      return new String[] {SemanticTokenTypes.EnumMember};
    }
    return null;
  }

  /**
   * The grammar element a leaf stands for in its statement. A name like {@code hub.trusted} is parsed
   * by data type rules (QualifiedName, Name); the assignment or reference that uses it sits on the
   * node that called the outermost of them.
   */
  private static EObject outermostGrammarElement(ILeafNode leaf) {
    EObject element = leaf.getGrammarElement();
    INode node = leaf;
    while (node.getParent() != null && insideDataTypeRule(element)) {
      node = node.getParent();
      element = node.getGrammarElement();
    }
    return element;
  }

  private static boolean insideDataTypeRule(EObject grammarElement) {
    if (grammarElement == null || grammarElement instanceof AbstractRule) {
      return false;
    }
    AbstractRule rule = GrammarUtil.containingRule(grammarElement);
    return rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule);
  }
}
