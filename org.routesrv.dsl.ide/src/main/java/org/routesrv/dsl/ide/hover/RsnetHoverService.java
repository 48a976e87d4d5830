package org.routesrv.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.routesrv.dsl.ide.analysis.LiveAnalyses;
import org.routesrv.dsl.ide.analysis.LiveAnalysis;
import org.routesrv.dsl.rsnet.Expectation;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RsnetPackage;

import com.google.inject.Inject;

/**
 * What the cursor rests on: a keyword's meaning; for a subnet, NVA or Route Server (declared or
 * referenced) what the simulation says about it; for an expectation, what the simulation found.
 */
public class RsnetHoverService implements IHoverService {

  @Inject private EObjectAtOffsetHelper elements;
  @Inject private DocumentExtensions documents;
  @Inject private KeywordDocumentation keywords;
  @Inject private ElementDescriptions descriptions;
  @Inject private LiveAnalyses analyses;

  @Override
  public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
    if (resource == null || resource.getParseResult() == null) {
      return EMPTY_HOVER;
    }
    int offset = document.getOffSet(params.getPosition());
    ILeafNode leaf = leafAt(resource, offset);
    if (leaf == null) {
      return EMPTY_HOVER;
    }
    EObject referenced = elements.resolveCrossReferencedElementAt(resource, offset);
    if (referenced != null) {
      INode reference = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
      return referenced.eIsProxy() ? EMPTY_HOVER
          : hover(resource, reference != null ? reference.getTextRegion() : leaf.getTextRegion(),
              descriptions.describe(referenced, element -> analysisOf(element, cancelIndicator)));
    }
    EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
    Expectation expectation = element == null ? null : containing(element, Expectation.class);
    String keyword = keywordOf(leaf);
    if (expectation != null) {
      String result = descriptions.expectationResult(expectation, analysisOf(expectation, cancelIndicator));
      String meaning = keyword == null ? null : keywords.of(keyword);
      return hover(resource, leaf.getTextRegion(), meaning == null ? result : result + "\n\n---\n\n" + meaning);
    }
    if (keyword != null) {
      return hover(resource, leaf.getTextRegion(), keywords.of(keyword));
    }
    if (element instanceof Nva nva && isFeature(leaf, nva, RsnetPackage.Literals.NVA__VENDOR)) {
      return hover(resource, leaf.getTextRegion(), keywords.of(nva.getVendor()));
    }
    if (element != null && isNameOf(leaf, element)) {
      return hover(resource, leaf.getTextRegion(),
          descriptions.describe(element, described -> analysisOf(described, cancelIndicator)));
    }
    return EMPTY_HOVER;
  }

  private LiveAnalysis analysisOf(EObject element, CancelIndicator cancelIndicator) {
    return analyses.of(element.eResource(), cancelIndicator);
  }

  private Hover hover(XtextResource resource, ITextRegion region, String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return EMPTY_HOVER;
    }
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), documents.newRange(resource, region));
  }

  /** The token at {@code offset}; at the end of a token (the cursor right after it) that token. */
  private static ILeafNode leafAt(XtextResource resource, int offset) {
    INode root = resource.getParseResult().getRootNode();
    ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
    if ((leaf == null || leaf.isHidden()) && offset > 0) {
      ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
      if (before != null && !before.isHidden()) {
        return before;
      }
    }
    return leaf == null || leaf.isHidden() ? null : leaf;
  }

  /**
   * The keyword {@code leaf} is, or null. Words like {@code nva} are keywords that may also be names
   * ({@code subnet nva ...}): inside the Name rule they are names and get no keyword documentation.
   */
  private static String keywordOf(ILeafNode leaf) {
    Object grammarElement = leaf.getGrammarElement();
    if (grammarElement instanceof EnumLiteralDeclaration literal) {
      return literal.getLiteral().getValue();
    }
    if (grammarElement instanceof Keyword keyword) {
      AbstractRule rule = GrammarUtil.containingRule(keyword);
      boolean usedAsName = rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule);
      return usedAsName ? null : keyword.getValue();
    }
    return null;
  }

  private static boolean isFeature(ILeafNode leaf, EObject element, org.eclipse.emf.ecore.EStructuralFeature feature) {
    List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
    return nodes.stream().anyMatch(node -> node.getTotalOffset() <= leaf.getTotalOffset()
        && leaf.getTotalEndOffset() <= node.getTotalEndOffset());
  }

  private static boolean isNameOf(ILeafNode leaf, EObject element) {
    var name = element.eClass().getEStructuralFeature("name");
    return name != null && isFeature(leaf, element, name);
  }

  private static <T> T containing(EObject element, Class<T> type) {
    for (EObject current = element; current != null; current = current.eContainer()) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
    }
    return null;
  }
}
