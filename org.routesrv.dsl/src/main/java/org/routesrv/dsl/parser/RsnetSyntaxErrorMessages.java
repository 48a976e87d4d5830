package org.routesrv.dsl.parser;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
      "vnet, peering, route-table, nsg, route-server, route-map, nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario";

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
  private Map<String, List<String>> valuesAfterKeyword;
  private Map<String, String> valueKindAfterKeyword;

  @Inject
  void setGrammar(IGrammarAccess grammarAccess) {
    keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar()).stream()
        .filter(keyword -> Character.isLetter(keyword.charAt(0)))
        .sorted()
        .toList();
    valuesAfterKeyword = KeywordValues.of(grammarAccess.getGrammar());
    valueKindAfterKeyword = KeywordValues.kinds(grammarAccess.getGrammar());
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
    String message = context.getDefaultMessage();
    RecognitionException exception = context.getRecognitionException();
    String offending = offendingText(exception);
    TokenContext tokens = TokenContext.of(exception, context.getTokenNames());
    if (offending == null) {
      Matcher missingEof = MISSING_EOF.matcher(message);
      offending = missingEof.matches() ? missingEof.group(1) : null;
    }
    boolean suggestKeyword = true;
    String lowerCase = lowerCaseKeyword(offending);
    if (lowerCase != null) {
      return new SyntaxErrorMessage(abbreviateQuoted("unexpected '" + offending + "': keywords are written in lower case, '"
          + lowerCase + "'"), SYNTAX);
    }
    if (">".equals(offending)) {
      message = ARROW_AFTER_NAME;
    } else if ("\"".equals(offending) || message.endsWith("at input '\"'")) {
      message = "names are written without quotes (a name with a keyword's spelling takes a leading '^')";
    } else if ("}".equals(offending) && message.startsWith("missing EOF at")) {
      message = "this '}' closes no block: remove it, or add the '{' that is missing above";
    } else if ("network".equals(offending)) {
      message = "a file has one 'network' line, at its top: put another network in a file of its own";
    } else if (message.startsWith("missing EOF at") && tokens != null && !tokens.errorStartsLine()
        && tokens.statementSyntax(context.getCurrentContext(), false) != null) {
      message = "unexpected '" + offending + "'; " + tokens.statementSyntax(context.getCurrentContext(), false);
      suggestKeyword = false;
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
      List<String> values = tokens == null ? null : valuesAfterKeyword.getOrDefault(String.valueOf(tokens.previousTwo()),
          valuesAfterKeyword.get(tokens.previous()));
      if (values != null && offending != null && !values.contains(offending)) {
        message = "'" + tokens.previous() + "' takes " + oneOf(values) + ", not '" + offending + "'";
        String suggestion = closest(offending, values).orElse(null);
        return new SyntaxErrorMessage(abbreviateQuoted(message + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")), SYNTAX);
      }
      String kind = tokens == null ? null : valueKindAfterKeyword.get(tokens.previous());
      if (kind != null && offending != null && !message.contains("expecting RULE_")) {
        String statement = tokens.statementSyntax(context.getCurrentContext(), false);
        return new SyntaxErrorMessage(abbreviateQuoted("'" + tokens.previous() + "' needs " + kind + " after it, not '"
            + offending + "'" + (statement == null ? "" : "; " + statement)), SYNTAX);
      }
      suggestKeyword = !message.contains("expecting RULE_");
      Matcher lexer = LEXER_CHARACTER.matcher(message);
      if (lexer.matches() && !message.contains("input")) {
        message = ">".equals(lexer.group(1)) ? ARROW_AFTER_NAME : "unexpected character '" + lexer.group(1) + "'";
      } else {
        message = plainWords(message);
      }
      message = friendlyTokens(message);
      boolean blockExpected = message.contains("expected '}'") || message.startsWith("'}' is missing")
          || !message.contains("expected") && !message.contains("missing");
      if (offending != null && keywords.contains(offending) && message.contains("expected a name")) {
        message += " ('" + offending + "' is a keyword; as a name write ^" + offending + ")";
        suggestKeyword = false;
      }
      String statement = tokens == null ? null : tokens.statementSyntax(context.getCurrentContext(), blockExpected);
      String suggestion = offending == null || !suggestKeyword ? null : closestKeyword(offending).orElse(null);
      if (suggestion != null) {
        message += "; did you mean '" + suggestion + "'?";
      }
      if (statement != null) {
        message += "; " + statement;
      }
      return new SyntaxErrorMessage(abbreviateQuoted(message), SYNTAX);
    }
    String suggestion = offending == null || !suggestKeyword ? null : closestKeyword(offending).orElse(null);
    if (suggestion != null) {
      message += "; did you mean '" + suggestion + "'?";
    }
    return new SyntaxErrorMessage(abbreviateQuoted(message), SYNTAX);
  }

  /** "VNET" is "vnet" in the wrong case: say so rather than list every keyword. */
  private String lowerCaseKeyword(String offending) {
    String lower = offending == null ? null : offending.toLowerCase(Locale.ROOT);
    return lower != null && !lower.equals(offending) && keywords.contains(lower) ? lower : null;
  }

  private static final Pattern MISMATCHED = Pattern.compile("(?:mismatched|extraneous) input ('.*') expecting (.*)", Pattern.DOTALL);
  private static final Pattern MISSING = Pattern.compile("missing (.*) at ('.*')", Pattern.DOTALL);
  private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input ('.*')", Pattern.DOTALL);

  /** ANTLR's parser vocabulary in the words of someone writing a network. */
  private static String plainWords(String message) {
    Matcher mismatched = MISMATCHED.matcher(message);
    if (mismatched.matches()) {
      return "unexpected " + mismatched.group(1) + ", expected " + mismatched.group(2);
    }
    Matcher missing = MISSING.matcher(message);
    if (missing.matches()) {
      return missing.group(1) + " is missing before " + missing.group(2);
    }
    Matcher noViable = NO_VIABLE.matcher(message);
    return noViable.matches() ? "unexpected " + noViable.group(1) : message;
  }

  private static String oneOf(List<String> values) {
    return values.size() == 1 ? values.get(0)
        : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
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
    if (keywords.contains(typed)) {
      return Optional.empty();
    }
    return closest(typed, keywords);
  }

  private static Optional<String> closest(String typed, List<String> candidates) {
    if (typed.length() < 2) {
      return Optional.empty();
    }
    // Two letters leave too little to go by: 'up' is no typo of 'ip', though 'om' may be one of 'on'.
    return candidates.stream()
        .filter(keyword -> Math.abs(keyword.length() - typed.length()) <= 2)
        .filter(keyword -> typed.length() > 2 || keyword.charAt(0) == typed.charAt(0))
        .map(keyword -> Map.entry(keyword, EditDistance.between(keyword, typed)))
        .filter(scored -> scored.getValue() <= Math.min(2, typed.length() / 3 + 1))
        .min(Comparator.comparing((Map.Entry<String, Integer> scored) -> scored.getValue())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }
}
