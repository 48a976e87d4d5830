package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.xtext.GrammarUtil;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.completion.RsnetContentProposalProvider;
import org.routesrv.dsl.services.RsnetGrammarAccess;
import org.routesrv.dsl.testing.Repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * VS Code colours RSNet with a TextMate grammar whose keyword lists are written by hand (Eclipse asks
 * the language server, which reads the Xtext grammar). The lists and the grammar stay in step: every
 * word keyword is coloured as one, and nothing is coloured as a keyword that the grammar lacks.
 * Punctuation ({@code -> <-> , { } .}) is out of scope: it is not words.
 *
 * <p>The one exception: the vendor names after {@code vendor} are coloured as constants although the
 * grammar reads any name there ({@code vendor=ID}), because they are the vendors RSNet generates
 * configuration for; the colour tells a known vendor from a typo.
 */
class TextMateKeywordsTest {

  private static final String TEXTMATE_FILE = "vscode/syntaxes/rsnet.tmLanguage.json";
  private static final Path TEXTMATE = Repository.root().resolve(TEXTMATE_FILE);
  private static final String WORDS = "(?:[a-z]|\\\\-)+(?:\\|(?:[a-z]|\\\\-)+)*";

  private static Set<String> grammarWords() {
    RsnetGrammarAccess grammar = new RsnetIdeSetup().createInjectorAndDoEMFRegistration()
        .getInstance(RsnetGrammarAccess.class);
    Set<String> words = new TreeSet<>();
    for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
      if (keyword.matches("[a-z][a-z-]*")) {
        words.add(keyword);
      }
    }
    return words;
  }

  private static boolean keywordScope(String scope) {
    return scope.startsWith("keyword.") || scope.startsWith("storage.type.") || scope.startsWith("constant.language.");
  }

  /** The words of every literal alternation ({@code (vnet|subnet|...)}) that a pattern colours with a matching scope. */
  private static Set<String> colouredWords(Predicate<String> scopes) throws Exception {
    JsonNode textMate = new ObjectMapper().readTree(TEXTMATE.toFile());
    Set<String> words = new TreeSet<>();
    for (JsonNode entry : textMate.get("repository")) {
      for (JsonNode pattern : entry.path("patterns")) {
        if (!pattern.has("match")) {
          continue;
        }
        Map<Integer, String> groups = captureGroups(pattern.get("match").asText());
        if (pattern.has("name") && scopes.test(pattern.get("name").asText())) {
          groups.values().forEach(group -> addWords(group, words));
        }
        pattern.path("captures").fields().forEachRemaining(capture -> {
          if (scopes.test(capture.getValue().path("name").asText())) {
            addWords(groups.getOrDefault(Integer.parseInt(capture.getKey()), ""), words);
          }
        });
      }
    }
    return words;
  }

  private static void addWords(String group, Set<String> words) {
    if (group.matches(WORDS)) {
      for (String word : group.split("\\|")) {
        words.add(word.replace("\\-", "-"));
      }
    }
  }

  /** The text of each capturing group of a regular expression, by number. */
  private static Map<Integer, String> captureGroups(String regex) {
    Map<Integer, String> groups = new HashMap<>();
    Deque<int[]> open = new ArrayDeque<>();
    int count = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        boolean capturing = i + 1 >= regex.length() || regex.charAt(i + 1) != '?';
        open.push(new int[] {capturing ? ++count : 0, i + 1});
      } else if (c == ')') {
        int[] group = open.pop();
        if (group[0] > 0) {
          groups.put(group[0], regex.substring(group[1], i));
        }
      }
    }
    return groups;
  }

  @Test
  void everyWordKeywordOfTheGrammarIsColouredAsAKeyword() throws Exception {
    Set<String> missing = grammarWords();
    assertFalse(missing.isEmpty(), "the grammar has no keywords: the test reads the wrong grammar");
    missing.removeAll(colouredWords(TextMateKeywordsTest::keywordScope));
    assertEquals(Set.of(), missing, "keywords that " + TEXTMATE_FILE + " does not colour");
  }

  @Test
  void nothingIsColouredAsAKeywordThatTheGrammarLacks() throws Exception {
    Set<String> extra = colouredWords(TextMateKeywordsTest::keywordScope);
    assertFalse(extra.isEmpty(), "no keyword patterns found: the test reads " + TEXTMATE_FILE + " wrongly");
    extra.removeAll(grammarWords());
    assertEquals(Set.of(), extra, "words " + TEXTMATE_FILE + " colours as keywords that are not keywords");
  }

  @Test
  void theVendorsColouredAsKnownAreTheVendorsRsnetGeneratesFor() throws Exception {
    assertEquals(new TreeSet<>(RsnetContentProposalProvider.vendors()),
        colouredWords(scope -> scope.startsWith("support.constant.vendor.")));
  }
}
