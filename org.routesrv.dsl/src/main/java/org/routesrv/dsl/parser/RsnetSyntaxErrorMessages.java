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
      "vnet, peering, route-table, nsg, route-server, nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario";

  private static final String ARROW_AFTER_NAME =
      "unexpected '>': a name may contain '-', so put a space before '->' (vm1 -> 8.8.8.8)";

  private static final Map<String, String> TOKEN_NAMES = Map.of(
      "RULE_ID", "a name",
      "RULE_INT", "a number",
      "RULE_IPV4_LITERAL", "an IPv4 address or prefix",
      "RULE_IPV6_LITERAL", "an IPv4 address or prefix",
      "RULE_DURATION_LITERAL", "a duration such as 20s",
      "RULE_COMMUNITY_LITERAL", "a community such as 65001:100",
      "RULE_ANY_OTHER", "a character");

  private static final Pattern MISSING_EOF = Pattern.compile("missing EOF at '(.*)'", Pattern.DOTALL);
  private static final Pattern LEXER_CHARACTER = Pattern.compile(".* at character '(.*)'", Pattern.DOTALL);

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final int MAX_QUOTED = 40;
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\n]]");

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
    boolean suggestKeyword = true;
    if (">".equals(offending)) {
      message = ARROW_AFTER_NAME;
    } else if ("\"".equals(offending) || message.endsWith("at input '\"'")) {
      message = "names are written without quotes (a name with a keyword's spelling takes a leading '^')";
    } else if ("network".equals(offending)) {
      message = "a file has one 'network' line, at its top: put another network in a file of its own";
    } else if (message.startsWith("missing EOF at")) {
      message = "unexpected '" + offending + "': a declaration starts with " + DECLARATIONS;
    } else if (message.contains("expecting 'network'") || message.startsWith("missing 'network'")) {
      message = "an RSNet file starts with 'network NAME', e.g. network contoso.hubspoke";
    } else if (message.startsWith("mismatched input '<EOF>' expecting ")) {
      message = "the file ends too early: " + friendlyTokens(message.substring("mismatched input '<EOF>' expecting ".length()))
          + " is expected";
    } else if (message.contains("at input '<EOF>'")) {
      message = "the file ends before this statement is complete";
    } else if (message.contains("character '<EOF>' expecting '*'")) {
      message = "this /* comment is never closed: end it with */";
    } else {
      suggestKeyword = !message.contains("expecting RULE_");
      Matcher lexer = LEXER_CHARACTER.matcher(message);
      if (lexer.matches() && !message.contains("input")) {
        message = ">".equals(lexer.group(1)) ? ARROW_AFTER_NAME : "unexpected character '" + lexer.group(1) + "'";
      }
      message = friendlyTokens(message);
    }
    String suggestion = offending == null || !suggestKeyword ? null : closestKeyword(offending).orElse(null);
    if (suggestion != null) {
      message += "; did you mean '" + suggestion + "'?";
    }
    return new SyntaxErrorMessage(abbreviateQuoted(message), SYNTAX);
  }

  private static String friendlyTokens(String message) {
    String friendly = message.replace("'<EOF>'", "the end of the file").replace("<EOF>", "the end of the file");
    for (Map.Entry<String, String> token : TOKEN_NAMES.entrySet()) {
      friendly = friendly.replace(token.getKey(), token.getValue());
    }
    return friendly;
  }

  /** A message quotes the offending text; a runaway token (a 1 MB line) must not flood the output. */
  public static String abbreviateQuoted(String message) {
    return QUOTED.matcher(CONTROL_CHARACTERS.matcher(message).replaceAll(
        control -> Matcher.quoteReplacement(String.format("\\u%04x", (int) control.group().charAt(0))))).replaceAll(quoted -> Matcher.quoteReplacement(
        "'" + (quoted.group(1).length() > MAX_QUOTED ? quoted.group(1).substring(0, MAX_QUOTED) + "..." : quoted.group(1)) + "'"));
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
    return new SyntaxErrorMessage(abbreviateQuoted(context.getDefaultMessage()), INVALID_VALUE);
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
