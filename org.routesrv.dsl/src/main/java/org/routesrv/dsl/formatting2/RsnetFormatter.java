package org.routesrv.dsl.formatting2;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.RsnetPackage.Literals;

/**
 * The one canonical layout of RSNet, derived from the tokens alone so that formatting is
 * idempotent: one statement per line, four-space indentation, single spaces between tokens, no space
 * before a comma, at most one blank line between statements. A block holding a single statement
 * stays on one line ({@code peering hub <-> spoke1 { transit via hub }}).
 */
public class RsnetFormatter extends AbstractFormatter2 {

  private static final String INDENT = "    ";

  /** Containment features whose elements are statements of their block. */
  private static final Set<EReference> STATEMENT_FEATURES = Set.of(
      Literals.MODEL__ELEMENTS,
      Literals.VNET__ADDRESS_SPACES, Literals.VNET__SUBNETS,
      Literals.ROUTE_TABLE__ROUTES,
      Literals.NVA__NICS, Literals.NVA__STATICS, Literals.NVA__BGP,
      Literals.BGP__PEERS, Literals.BGP__ADVERTISEMENTS,
      Literals.SITE__PREFIXES,
      Literals.SCENARIO__EVENTS, Literals.SCENARIO__EXPECTATIONS,
      Literals.ROUTE_SERVER__IMPORT_MAPS, Literals.ROUTE_SERVER__EXPORT_MAPS,
      Literals.ROUTE_MAP__RULES, Literals.ROUTE_MAP_RULE__MATCHES, Literals.ROUTE_MAP_RULE__ACTIONS);

  /** Options written as keyword statements directly inside a block. */
  private static final Set<String> OPTION_KEYWORDS = Set.of(
      "transit", "allow-gateway-transit", "use-remote-gateways", "forwarded-traffic",
      "bgp-propagation", "branch-to-branch", "routing-preference", "programming-delay", "public-ip",
      "capacity", "snat", "router-id", "bgp-ips", "instance-order", "programmed-from");

  /** Editors send their own tab settings; the canonical layout ignores them. */
  @Override
  protected void initialize(FormatterRequest request) {
    request.setPreferences(TypedPreferenceValues.castOrWrap(
        new MapBasedPreferenceValues(request.getPreferences(), Map.of(FormatterPreferenceKeys.indentation.getId(), INDENT))));
    super.initialize(request);
  }

  @Override
  public void format(Object object, IFormattableDocument document) {
    if (object instanceof XtextResource resource) {
      _format(resource, document);
    } else if (object instanceof Model model) {
      formatModel(model, document);
    }
  }

  private void formatModel(Model model, IFormattableDocument document) {
    ITextRegionAccess access = getTextRegionAccess();
    Set<ISemanticRegion> statementStarts = statementStarts(model, access);
    Set<ISemanticRegion> inlineBlockEdges = new HashSet<>();
    Set<ISemanticRegion> blockEdges = new HashSet<>();
    formatBlocks(model, document, statementStarts, blockEdges, inlineBlockEdges);

    for (ISemanticRegion region : access.regionForRootEObject().getAllSemanticRegions()) {
      IHiddenRegion before = region.getPreviousHiddenRegion();
      if (before == null) {
        continue;
      }
      ISemanticRegion previous = before.getPreviousSemanticRegion();
      if (previous == null) {
        document.set(before, IHiddenRegionFormatter::noSpace);
      } else if (inlineBlockEdges.contains(region) || inlineBlockEdges.contains(previous) && "{".equals(previous.getText())) {
        document.set(before, IHiddenRegionFormatter::oneSpace);
      } else if (blockEdges.contains(region) || "{".equals(previous.getText())) {
        document.set(before, f -> f.setNewLines(1));
      } else if (statementStarts.contains(region)) {
        document.set(before, f -> f.setNewLines(1, 1, 2));
      } else if (",".equals(region.getText())) {
        document.set(before, IHiddenRegionFormatter::noSpace);
      } else {
        document.set(before, IHiddenRegionFormatter::oneSpace);
      }
    }
    IHiddenRegion end = access.regionForRootEObject().getNextHiddenRegion();
    if (end != null) {
      document.set(end, f -> f.setNewLines(1));
    }
  }

  private void formatBlocks(Model model, IFormattableDocument document, Set<ISemanticRegion> statementStarts,
      Set<ISemanticRegion> blockEdges, Set<ISemanticRegion> inlineBlockEdges) {
    List<EObject> owners = new java.util.ArrayList<>();
    model.eAllContents().forEachRemaining(owners::add);
    for (EObject owner : owners) {
      for (Pair<ISemanticRegion, ISemanticRegion> block : textRegionExtensions.regionFor(owner).keywordPairs("{", "}")) {
        ISemanticRegion open = block.getKey();
        ISemanticRegion close = block.getValue();
        if (statementsBetween(open, close, statementStarts) <= 1 && !hasComment(open, close)) {
          inlineBlockEdges.add(open);
          inlineBlockEdges.add(close);
        } else {
          blockEdges.add(close);
          document.interior(open, close, IHiddenRegionFormatter::indent);
        }
      }
    }
  }

  private static Set<ISemanticRegion> statementStarts(Model model, ITextRegionAccess access) {
    Set<ISemanticRegion> starts = new HashSet<>();
    model.eAllContents().forEachRemaining(element -> {
      if (STATEMENT_FEATURES.contains(element.eContainmentFeature())) {
        var elementRegion = access.regionForEObject(element);
        if (elementRegion != null && elementRegion.getPreviousHiddenRegion() != null) {
          starts.add(elementRegion.getPreviousHiddenRegion().getNextSemanticRegion());
        }
      }
    });
    for (ISemanticRegion region : access.regionForRootEObject().getAllSemanticRegions()) {
      if (region.getGrammarElement() instanceof Keyword keyword && isOptionStatement(keyword, region)) {
        starts.add(region);
      }
    }
    return starts;
  }

  private static boolean isOptionStatement(Keyword keyword, ISemanticRegion region) {
    if ("location".equals(keyword.getValue())) {
      return region.getSemanticElement() instanceof Model;
    }
    return OPTION_KEYWORDS.contains(keyword.getValue());
  }

  private static int statementsBetween(ISemanticRegion open, ISemanticRegion close, Set<ISemanticRegion> starts) {
    int count = 0;
    for (ISemanticRegion region = open.getNextSemanticRegion(); region != null && region != close;
        region = region.getNextSemanticRegion()) {
      if (starts.contains(region)) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasComment(ISemanticRegion open, ISemanticRegion close) {
    for (IHiddenRegion hidden = open.getNextHiddenRegion(); hidden != null;
        hidden = hidden.getNextSemanticRegion() == null ? null : hidden.getNextSemanticRegion().getNextHiddenRegion()) {
      if (hidden.containsComment()) {
        return true;
      }
      if (hidden.getNextSemanticRegion() == close) {
        break;
      }
    }
    return false;
  }
}
