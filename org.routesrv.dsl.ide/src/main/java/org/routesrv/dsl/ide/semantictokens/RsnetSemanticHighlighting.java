package org.routesrv.dsl.ide.semantictokens;

import java.util.List;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
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
 * Semantic tokens: the whole colouring of a model, so that a client without a TextMate grammar (the
 * Eclipse plug-in, Neovim, ...) needs nothing else. A name is coloured by what it names (a vnet, a
 * subnet, an NVA...), where it is declared and wherever it is referenced, including names that are
 * also keywords ({@code subnet nva}); addresses, prefixes, ASNs and durations are numbers; values
 * chosen from a fixed set ({@code established}, {@code on}, a vendor) are enum members; the other
 * words of the grammar are keywords, and comments are comments. Punctuation stays uncoloured. VS Code
 * also has the TextMate grammar, which colours as soon as a file opens, before the server answers.
 */
public class RsnetSemanticHighlighting implements ISemanticHighlightingCalculator {

  private static final Map<EClass, String> TYPES = Map.ofEntries(
      Map.entry(Literals.MODEL, SemanticTokenTypes.Namespace),
      Map.entry(Literals.VNET, SemanticTokenTypes.Namespace),
      Map.entry(Literals.SUBNET, SemanticTokenTypes.Property),
      Map.entry(Literals.ROUTE_TABLE, SemanticTokenTypes.Type),
      Map.entry(Literals.NSG, SemanticTokenTypes.Type),
      Map.entry(Literals.ROUTE, SemanticTokenTypes.EnumMember),
      Map.entry(Literals.ROUTE_MAP, SemanticTokenTypes.Type),
      Map.entry(Literals.ROUTE_MAP_RULE, SemanticTokenTypes.EnumMember),
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

  private static final Set<String> COMMENT_TERMINALS = Set.of("ML_COMMENT", "SL_COMMENT");

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
      if (leaf.getLength() == 0 || ".".equals(leaf.getText())) {
        continue;
      }
      if (leaf.isHidden()) {
        if (isComment(leaf)) {
          addLineByLine(acceptor, leaf, SemanticTokenTypes.Comment);
        }
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
    String feature = assignment == null ? null : assignment.getFeature();
    if ("name".equals(feature)) {
      EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
      String type = owner == null ? null : TYPES.get(owner.eClass());
      return type == null ? null : new String[] {type, SemanticTokenModifiers.Declaration};
    }
    if ("vendor".equals(feature) || isChoiceOfWords(GrammarUtil.containingRule(leaf.getGrammarElement()))) {
      return new String[] {SemanticTokenTypes.EnumMember};
    }
    if (leaf.getGrammarElement() instanceof Keyword && !insideDataTypeRule(leaf.getGrammarElement())
        && Character.isLetter(leaf.getText().charAt(0))) {
      return new String[] {SemanticTokenTypes.Keyword};
    }
    return null;
  }

  /**
   * An enum ({@code established | down}) or a data type rule of keywords ({@code on | off}, whose
   * trailing ID only lets a wrong word parse so that the converter can explain it): its words are
   * values. A data type rule that starts with an ID ({@code Name}) is a name that may be spelled like a
   * keyword, coloured by what it names or not at all.
   */
  private static boolean isChoiceOfWords(AbstractRule rule) {
    if (rule instanceof EnumRule) {
      return true;
    }
    if (!(rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule)
        && parserRule.getAlternatives() instanceof Alternatives alternatives)) {
      return false;
    }
    List<AbstractElement> words = alternatives.getElements();
    return words.get(0) instanceof Keyword && words.stream().allMatch(word -> word instanceof Keyword
        || word instanceof RuleCall call && "ID".equals(call.getRule().getName()));
  }

  /** Hidden leaves of a comment terminal; the others are whitespace. */
  private static boolean isComment(ILeafNode leaf) {
    return leaf.getGrammarElement() instanceof TerminalRule terminal && COMMENT_TERMINALS.contains(terminal.getName());
  }

  /**
   * One position per line of {@code leaf}, line ends excluded. Xtext's encoder sends each position as one
   * token starting on its first line, and an LSP token may not span lines unless the client announces
   * {@code multilineTokens}, which VS Code does not: a block comment would be coloured on its first
   * line only, or not at all.
   */
  private static void addLineByLine(IHighlightedPositionAcceptor acceptor, ILeafNode leaf, String style) {
    String text = leaf.getText();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean lineEnd = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
      if (!lineEnd) {
        continue;
      }
      if (i > lineStart) {
        acceptor.addPosition(leaf.getOffset() + lineStart, i - lineStart, style);
      }
      lineStart = i + 1;
    }
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
