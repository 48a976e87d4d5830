package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.completion.RsnetContentProposalProvider;
import org.routesrv.dsl.ide.hover.KeywordDocumentation;
import org.routesrv.dsl.services.RsnetGrammarAccess;

/** keywords.md and the grammar stay in step: every word documented, nothing documented that does not exist. */
class KeywordDocumentationTest {

  private final KeywordDocumentation documentation = new KeywordDocumentation();

  private static Set<String> grammarWords() {
    RsnetGrammarAccess grammar = new RsnetIdeSetup().createInjector().getInstance(RsnetGrammarAccess.class);
    Set<String> words = new TreeSet<>();
    for (var rule : grammar.getGrammar().getRules()) {
      if (rule instanceof ParserRule || rule instanceof EnumRule) {
        for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
          if (Character.isLetter(keyword.getValue().charAt(0))) {
            words.add(keyword.getValue());
          }
        }
      }
    }
    return words;
  }

  @Test
  void everyKeywordOfTheGrammarIsDocumented() {
    Set<String> missing = new TreeSet<>(grammarWords());
    missing.removeAll(documentation.all().keySet());
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyDocumentedWordIsAKeywordOrAVendor() {
    Set<String> stale = new TreeSet<>(documentation.all().keySet());
    stale.removeAll(grammarWords());
    stale.removeAll(RsnetContentProposalProvider.vendors());
    assertEquals(Set.of(), stale);
  }

  @Test
  void everyVendorIsDocumentedAndNoEntryIsEmpty() {
    RsnetContentProposalProvider.vendors().forEach(vendor -> assertTrue(documentation.all().containsKey(vendor), vendor));
    documentation.all().forEach((word, text) -> assertFalse(text.isBlank(), word));
  }

}
