package org.routesrv.dsl.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

/**
 * Read from the grammar: the keywords that must be followed by one of a fixed set of words
 * ({@code routing-preference expressroute|vpn|as-path}, {@code branch-to-branch on|off}), so that a
 * wrong word there is answered with the words that fit, not with every keyword of the language.
 */
final class KeywordValues {

  private KeywordValues() {
  }

  private static final Map<String, String> VALUE_KINDS = Map.of(
      "Name", "a name", "QualifiedName", "a name", "TargetName", "a name", "Prefix", "a prefix such as 10.0.0.0/16",
      "IpAddress", "an IP address", "Asn", "an AS number", "Duration", "a duration such as 20s", "INT", "a number",
      "Community", "a community such as 65001:100");

  /** What must follow each keyword that is always followed by a value: "a name", "an AS number". */
  static Map<String, String> kinds(Grammar grammar) {
    Map<String, Set<String>> kinds = new HashMap<>();
    // A keyword that another keyword follows somewhere ('set as-path', 'import from') needs no value there.
    Set<String> followedByKeyword = new HashSet<>();
    for (AbstractRule rule : GrammarUtil.allRules(grammar)) {
      for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
        if (keyword.eContainer() instanceof Group group) {
          int at = group.getElements().indexOf(keyword);
          if (at + 1 < group.getElements().size() && group.getElements().get(at + 1) instanceof Keyword) {
            followedByKeyword.add(keyword.getValue());
          }
        }
        Assignment assignment = assignmentAfter(keyword);
        AbstractElement terminal = assignment == null ? null : assignment.getTerminal();
        if (terminal instanceof CrossReference reference) {
          terminal = reference.getTerminal();
        }
        if (terminal instanceof RuleCall call && VALUE_KINDS.containsKey(call.getRule().getName())) {
          kinds.computeIfAbsent(keyword.getValue(), k -> new LinkedHashSet<>()).add(VALUE_KINDS.get(call.getRule().getName()));
        }
      }
    }
    kinds.keySet().removeAll(followedByKeyword);
    Map<String, String> result = new HashMap<>();
    kinds.forEach((keyword, what) -> {
      // An AS number is a number: 'prepend N' on an advertisement, 'prepend ASN+' in a route map.
      if (what.equals(Set.of(VALUE_KINDS.get("INT"), VALUE_KINDS.get("Asn")))) {
        result.put(keyword, VALUE_KINDS.get("INT"));
      } else if (what.size() == 1) {
        result.put(keyword, what.iterator().next()); // a keyword followed by different kinds of value says nothing
      }
    });
    return Map.copyOf(result);
  }

  private static Assignment assignmentAfter(Keyword keyword) {
    if (!(keyword.eContainer() instanceof Group group)) {
      return null;
    }
    List<AbstractElement> elements = group.getElements();
    int at = elements.indexOf(keyword);
    return at >= 0 && at + 1 < elements.size() && elements.get(at + 1) instanceof Assignment assignment ? assignment : null;
  }

  static Map<String, List<String>> of(Grammar grammar) {
    Map<String, Set<String>> values = new HashMap<>();
    for (AbstractRule rule : GrammarUtil.allRules(grammar)) {
      for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
        List<String> following = wordsAfter(keyword);
        if (!following.isEmpty()) {
          values.computeIfAbsent(key(keyword), k -> new LinkedHashSet<>()).addAll(following);
        }
      }
    }
    Map<String, List<String>> result = new HashMap<>();
    values.forEach((keyword, words) -> result.put(keyword, List.copyOf(words)));
    return Map.copyOf(result);
  }

  /**
   * A keyword that follows another in its statement is known by both ({@code match community}), so that the words
   * after it there do not stand for the same keyword elsewhere ({@code community 65001:1} takes a value).
   */
  static String key(Keyword keyword) {
    if (keyword.eContainer() instanceof Group group) {
      int at = group.getElements().indexOf(keyword);
      if (at > 0 && group.getElements().get(at - 1) instanceof Keyword before) {
        return before.getValue() + " " + keyword.getValue();
      }
    }
    return keyword.getValue();
  }

  private static List<String> wordsAfter(Keyword keyword) {
    Assignment assignment = assignmentAfter(keyword);
    return assignment != null && assignment.getTerminal() instanceof RuleCall call ? words(call.getRule()) : List.of();
  }

  private static List<String> words(AbstractRule rule) {
    List<String> words = new ArrayList<>();
    if (rule instanceof EnumRule enumRule) {
      for (AbstractElement element : alternativesOf(enumRule.getAlternatives())) {
        if (element instanceof EnumLiteralDeclaration literal) {
          words.add(literal.getLiteral().getValue());
        }
      }
    } else if (rule instanceof ParserRule parser && GrammarUtil.isDatatypeRule(parser)) {
      for (AbstractElement element : alternativesOf(parser.getAlternatives())) {
        if (element instanceof Keyword word) {
          words.add(word.getValue());
        } else if (!(element instanceof RuleCall call && "ID".equals(call.getRule().getName()) && !words.isEmpty())) {
          return List.of(); // a rule that takes names or numbers too: no fixed set of words
        }
      }
    }
    return words;
  }

  private static List<AbstractElement> alternativesOf(AbstractElement element) {
    return element instanceof Alternatives alternatives ? alternatives.getElements() : List.of(element);
  }
}
