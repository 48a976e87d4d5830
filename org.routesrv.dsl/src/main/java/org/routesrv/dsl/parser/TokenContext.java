package org.routesrv.dsl.parser;

import java.util.Set;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.routesrv.dsl.rsnet.AdvertiseEvent;
import org.routesrv.dsl.rsnet.Scenario;

/** The tokens before a syntax error: what the user wrote just before, and which statement it began. */
final class TokenContext {

  private static final Set<String> HIDDEN_TOKENS =
      Set.of("RULE_WS", "RULE_SL_COMMENT", "RULE_ML_COMMENT", "RULE_HASH_COMMENT", "RULE_STRAY_PUNCTUATION");

  /** How many tokens back a statement's first keyword is looked for. */
  private static final int STATEMENT_LOOKBACK = 40;

  private final TokenStream stream;
  private final String[] tokenNames;
  private final int errorIndex;

  private TokenContext(TokenStream stream, String[] tokenNames, int errorIndex) {
    this.stream = stream;
    this.tokenNames = tokenNames;
    this.errorIndex = errorIndex;
  }

  /** Null where the error did not come from the parser's token stream (a lexer error). */
  static TokenContext of(RecognitionException exception, String[] tokenNames) {
    if (exception == null || !(exception.input instanceof TokenStream stream) || tokenNames == null) {
      return null;
    }
    int index = exception.token != null && exception.token.getTokenIndex() >= 0 ? exception.token.getTokenIndex()
        : exception.index;
    return index < 0 || index > stream.size() ? null : new TokenContext(stream, tokenNames, index);
  }

  /** Whether the offending token is the first of its line. */
  boolean errorStartsLine() {
    return errorIndex < stream.size() && startsLine(errorIndex);
  }

  /** The text of the visible token right before the error, or null. */
  String previous() {
    int index = visibleBefore(errorIndex);
    return index < 0 ? null : stream.get(index).getText();
  }

  /** The texts of the two visible tokens right before the error, space-separated ("match community"), or null. */
  String previousTwo() {
    int last = visibleBefore(errorIndex);
    int first = last < 0 ? -1 : visibleBefore(last);
    return first < 0 ? null : stream.get(first).getText() + " " + stream.get(last).getText();
  }

  /**
   * "it is written: ..." for the statement the error sits in, or null when no statement keyword is near. An
   * error at the start of a line that the statement above did not ask for is about the block around it.
   */
  String statementSyntax(EObject current, boolean statementAboveComplete) {
    if (statementAboveComplete && errorIndex < stream.size() && startsLine(errorIndex)) {
      String block = enclosingBlockSyntax();
      return block == null ? null : "the block it is in is written: " + block;
    }
    int index = errorIndex;
    for (int seen = 0; seen < STATEMENT_LOOKBACK; seen++) {
      index = visibleBefore(index);
      if (index < 0) {
        return null;
      }
      Token token = stream.get(index);
      String text = token.getText();
      if (!isKeyword(token) || "{".equals(text) || "}".equals(text)) {
        if ("{".equals(text) || "}".equals(text)) {
          return null;
        }
        continue;
      }
      if ("expect".equals(text)) {
        int next = visibleAfter(index);
        String form = next < 0 ? null : StatementSyntax.of("expect " + stream.get(next).getText());
        return "it is written: " + (form != null ? form : StatementSyntax.of("expect"));
      }
      if ("advertise".equals(text) && (current instanceof Scenario || current instanceof AdvertiseEvent)) {
        return "it is written: " + StatementSyntax.of("scenario advertise");
      }
      if (StatementSyntax.startsStatement(text) && startsLine(index)) {
        return "it is written: " + StatementSyntax.of(text);
      }
    }
    return null;
  }

  private String enclosingBlockSyntax() {
    int depth = 0;
    for (int index = visibleBefore(errorIndex); index >= 0; index = visibleBefore(index)) {
      String text = stream.get(index).getText();
      if ("}".equals(text)) {
        depth++;
      } else if ("{".equals(text) && depth-- == 0) {
        int first = firstOnLine(index);
        return first < 0 ? null : StatementSyntax.of(stream.get(first).getText());
      }
    }
    return null;
  }

  private int firstOnLine(int index) {
    int line = stream.get(index).getLine();
    int first = index;
    for (int before = visibleBefore(index); before >= 0 && stream.get(before).getLine() == line; before = visibleBefore(before)) {
      first = before;
    }
    return first;
  }

  /** A statement keyword counts where it begins its statement, not where a name happens to spell it. */
  private boolean startsLine(int index) {
    int before = visibleBefore(index);
    if (before < 0) {
      return true;
    }
    Token previous = stream.get(before);
    String text = previous.getText();
    return "{".equals(text) || "}".equals(text) || previous.getLine() < stream.get(index).getLine();
  }

  private boolean isKeyword(Token token) {
    int type = token.getType();
    return type >= 0 && type < tokenNames.length && tokenNames[type] != null && tokenNames[type].startsWith("'");
  }

  private boolean hidden(Token token) {
    int type = token.getType();
    return type >= 0 && type < tokenNames.length && HIDDEN_TOKENS.contains(tokenNames[type]);
  }

  private int visibleBefore(int index) {
    for (int i = Math.min(index, stream.size()) - 1; i >= 0; i--) {
      if (!hidden(stream.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private int visibleAfter(int index) {
    for (int i = index + 1; i < stream.size(); i++) {
      Token token = stream.get(i);
      if (token.getType() == Token.EOF) {
        return -1;
      }
      if (!hidden(token)) {
        return i;
      }
    }
    return -1;
  }
}
