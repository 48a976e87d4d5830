package org.routesrv.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.routesrv.dsl.rsnet.Element;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RsnetPackage;
import org.routesrv.dsl.rsnet.Vnet;

/**
 * Mistakes the grammar accepts on purpose so that the parse goes on: habits from other languages
 * ({@code ;}, {@code =}, {@code :}, {@code #} comments) and statements written in the wrong block.
 * Each is a syntax error with its fix; the model around it is intact, so nothing else is lost.
 */
public final class SyntaxSlips {

  /** Where a slip is and what to do about it. */
  public record Slip(INode node, int offset, int length, String message) {
  }

  private static final String PUNCTUATION = ";=:#";
  /** Text worth quoting back as an example: a keyword, name, number or address, not stray bytes. */
  private static final Pattern WORD = Pattern.compile("[\\^A-Za-z0-9_./-]{1,40}");

  private SyntaxSlips() {
  }

  public static List<Slip> of(Model model) {
    ICompositeNode root = NodeModelUtils.getNode(model);
    if (root == null) {
      return List.of();
    }
    List<Slip> slips = new ArrayList<>();
    punctuation(root.getRootNode(), slips);
    for (Element element : model.getElements()) {
      if (element instanceof Vnet vnet && vnet.getLocation() != null) {
        locationInsideBlock(vnet, slips);
      } else if (element instanceof Nva nva) {
        bgpOutsideBlock(nva, nva.getMisplacedPeers(), "peer", slips);
        bgpOutsideBlock(nva, nva.getMisplacedAdvertisements(), "advertise", slips);
      }
    }
    return slips;
  }

  /** Looks only where the text has such a character: most models have none but a community's ':'. */
  private static void punctuation(ICompositeNode root, List<Slip> slips) {
    String text = root.getText();
    for (int offset = 0; offset < text.length(); offset++) {
      if (PUNCTUATION.indexOf(text.charAt(offset)) < 0 || insideLiteral(text, offset)) {
        continue;
      }
      ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
      if (leaf == null || leaf.getOffset() != offset || !(leaf.getGrammarElement() instanceof TerminalRule rule)) {
        continue;
      }
      String message = switch (rule.getName()) {
        case "HASH_COMMENT" -> "comments start with // (or are written /* ... */), not #";
        case "STRAY_PUNCTUATION" -> strayPunctuation(text, leaf);
        default -> null;
      };
      if (message != null) {
        slips.add(new Slip(leaf, leaf.getOffset(), leaf.getLength(), RsnetSyntaxErrorMessages.abbreviateQuoted(message)));
        offset = leaf.getEndOffset() - 1;
      }
    }
  }

  /**
   * A ':' inside a number pair (a community, 65001:100) or beside another ':' (IPv6) is part of a literal,
   * as the lexer's longest match makes it: answered from the text, because looking a leaf up walks
   * the node model, and a model with thousands of communities would walk it thousands of times.
   */
  private static boolean insideLiteral(String text, int offset) {
    if (text.charAt(offset) != ':') {
      return false;
    }
    char before = offset > 0 ? text.charAt(offset - 1) : ' ';
    char after = offset + 1 < text.length() ? text.charAt(offset + 1) : ' ';
    if (before == ':' || after == ':') {
      return true;
    }
    int start = offset;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    // "10.0.0.1:80" is an address and a stray ':', not a community.
    char beforeDigits = start > 0 ? text.charAt(start - 1) : ' ';
    return start < offset && Character.isDigit(after) && (Character.isWhitespace(beforeDigits) || beforeDigits == ',');
  }

  private static String strayPunctuation(String text, ILeafNode leaf) {
    String mark = leaf.getText();
    if (";".equals(mark)) {
      return "';' is not needed: a statement ends at the end of its line";
    }
    String before = wordBefore(text, leaf.getOffset());
    String after = wordAfter(text, leaf.getEndOffset());
    String example = WORD.matcher(before).matches() && WORD.matcher(after).matches() ? "'" + before + " " + after + "'"
        : "'asn 65001'";
    return "'" + mark + "' is not needed between an option and its value: write " + example;
  }

  private static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && PUNCTUATION.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return text.substring(start, end);
  }

  private static String wordAfter(String text, int offset) {
    int start = offset;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && PUNCTUATION.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(start, end);
  }

  private static void locationInsideBlock(Vnet vnet, List<Slip> slips) {
    List<INode> nodes = NodeModelUtils.findNodesForFeature(vnet, RsnetPackage.Literals.VNET__LOCATION);
    int blockStart = openingBrace(vnet);
    for (INode node : nodes) {
      if (blockStart >= 0 && node.getOffset() > blockStart) {
        INode keyword = previousKeyword(node);
        INode at = keyword != null ? keyword : node;
        slips.add(new Slip(at, at.getOffset(), node.getEndOffset() - at.getOffset(),
            "'location' goes after the vnet's name: vnet " + vnet.getName() + " location " + vnet.getLocation() + " {"));
      }
    }
  }

  private static void bgpOutsideBlock(Nva nva, List<? extends EObject> statements, String keyword, List<Slip> slips) {
    for (EObject statement : statements) {
      INode node = NodeModelUtils.findActualNodeFor(statement);
      if (node != null) {
        slips.add(new Slip(node, node.getOffset(), node.getLength(), "'" + keyword + "' goes inside the NVA's bgp block: "
            + "nva " + nva.getName() + " ... { bgp { " + keyword + " ... } }"));
      }
    }
  }

  private static int openingBrace(EObject element) {
    ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
    if (node == null) {
      return -1;
    }
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
        return leaf.getOffset();
      }
    }
    return -1;
  }

  private static INode previousKeyword(INode node) {
    INode sibling = node.getPreviousSibling();
    while (sibling != null && sibling instanceof ILeafNode leaf && leaf.isHidden()) {
      sibling = sibling.getPreviousSibling();
    }
    return sibling != null && sibling.getGrammarElement() instanceof Keyword ? sibling : null;
  }
}
