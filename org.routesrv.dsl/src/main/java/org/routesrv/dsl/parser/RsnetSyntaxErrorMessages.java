package org.routesrv.dsl.parser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Rewrites ANTLR's messages ("missing EOF at 'vnett'", "mismatched input ... expecting RULE_ID")
 * into sentences that say what was expected, and suggests the keyword the user probably meant.
 */
public class RsnetSyntaxErrorMessages extends SyntaxErrorMessageProvider {

  public static final String SYNTAX = "syntax";
  public static final String INVALID_VALUE = "invalid-value";

  private static final String DECLARATIONS =
      "network, vnet, peering, route-table, nsg, route-server, nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario";

  private static final Map<String, String> TOKEN_NAMES = Map.of(
      "RULE_ID", "a name",
      "RULE_INT", "a number",
      "RULE_IPV4_LITERAL", "an IPv4 address or prefix",
      "RULE_IPV6_LITERAL", "an IPv4 address or prefix",
      "RULE_DURATION_LITERAL", "a duration such as 20s",
      "RULE_COMMUNITY_LITERAL", "a community such as 65001:100",
      "EOF", "the end of the file");

  private static final Pattern MISSING_EOF = Pattern.compile("missing EOF at '(.*)'", Pattern.DOTALL);
  private static final Pattern LEXER_CHARACTER = Pattern.compile(".* at character '(.*)'", Pattern.DOTALL);

  private List<String> keywords;

  @Inject
  void setGrammar(IGrammarAccess grammarAccess) {
    keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar()).stream()
        .filter(keyword -> Character.isLetter(keyword.charAt(0)))
        .sorted()
        .toList();
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
    String message = context.getDefaultMessage();
    String offending = offendingText(context.getRecognitionException());
    if (offending == null) {
      Matcher missingEof = MISSING_EOF.matcher(message);
      offending = missingEof.matches() ? missingEof.group(1) : null;
    }
    if (message.startsWith("missing EOF at")) {
      message = "unexpected '" + offending + "': a declaration starts with " + DECLARATIONS;
    } else if (message.contains("expecting 'network'")) {
      message = "an RSNet file starts with 'network NAME', e.g. network contoso.hubspoke";
    } else {
      Matcher lexer = LEXER_CHARACTER.matcher(message);
      if (lexer.matches() && !message.contains("input")) {
        message = "unexpected character '" + lexer.group(1) + "'";
      }
      for (Map.Entry<String, String> token : TOKEN_NAMES.entrySet()) {
        message = message.replace(token.getKey(), token.getValue());
      }
      message = message.replace("<EOF>", "the end of the file");
    }
    String suggestion = offending == null ? null : closestKeyword(offending).orElse(null);
    if (suggestion != null) {
      message += "; did you mean '" + suggestion + "'?";
    }
    return new SyntaxErrorMessage(message, SYNTAX);
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
    return new SyntaxErrorMessage(context.getDefaultMessage(), INVALID_VALUE);
  }

  private static String offendingText(RecognitionException exception) {
    if (exception == null || exception.token == null || exception.token.getType() == Token.EOF) {
      return null;
    }
    return exception.token.getText();
  }

  /** A keyword within two edits of what was typed (and not the typed text itself). */
  Optional<String> closestKeyword(String typed) {
    if (typed.length() < 2 || keywords.contains(typed)) {
      return Optional.empty();
    }
    return keywords.stream()
        .filter(keyword -> Math.abs(keyword.length() - typed.length()) <= 2)
        .map(keyword -> Map.entry(keyword, EditDistance.between(keyword, typed)))
        .filter(scored -> scored.getValue() <= Math.min(2, typed.length() / 3 + 1))
        .min(Comparator.comparing((Map.Entry<String, Integer> scored) -> scored.getValue())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }
}
