package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.eclipse.xtext.resource.XtextResource;
import org.routesrv.dsl.formatting2.ModelFormatter;
import org.routesrv.dsl.testing.ModelFixture;

import com.google.inject.Injector;

/** Formatting, semantic tokens and folding: how a model looks in the editor. */
class PresentationTest extends LanguageServerTest {

  @Test
  void formattingGivesTheCanonicalLayoutOfTheFormatter() {
    String messy = "vnet   hub{address-space 10.0.0.0/16\n subnet app 10.0.1.0/24 }\nvm v1   in hub.app 10.0.1.4\n";
    String uri = openModel(messy);
    String formatted = apply(session.text(uri), await(documents().formatting(
        new DocumentFormattingParams(id(uri), new FormattingOptions(4, true)))));
    assertTrue(formatted.contains("vnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n"), formatted);
    assertEquals(canonical(session.text(uri)), formatted);
  }

  @Test
  void formattingCanonicalTextChangesNothing() throws Exception {
    String uri = openModel(HUB);
    String canonical = canonical(session.text(uri));
    session.change(uri, canonical);
    session.awaitDiagnostics(uri, diagnostics -> true);
    List<? extends TextEdit> edits = await(documents().formatting(
        new DocumentFormattingParams(id(uri), new FormattingOptions(4, true))));
    assertEquals(canonical, apply(canonical, edits));
  }

  /** What the formatter behind {@code RsnetFormatter} makes of {@code text}, outside the server. */
  private static String canonical(String text) {
    Injector language = new RsnetIdeSetup().createInjectorAndDoEMFRegistration();
    ModelFixture fixture = language.getInstance(ModelFixture.class);
    return language.getInstance(ModelFormatter.class).format((XtextResource) fixture.parseClean(text).eResource());
  }

  @Test
  void semanticTokensColourNamesByWhatTheyName() {
    String uri = openModel("vnet hub {\n    address-space 10.0.0.0/16\n    subnet nva 10.0.2.0/24\n}\n"
        + "nva fw1 vendor frr asn 65001 {\n    nic eth0 hub.nva 10.0.2.4\n}\n");
    List<String> tokens = tokens(uri);
    assertTrue(tokens.contains("hub namespace declaration"), tokens.toString());
    assertTrue(tokens.contains("nva property declaration"), "a keyword used as a name: " + tokens);
    assertTrue(tokens.contains("fw1 class declaration"), tokens.toString());
    assertTrue(tokens.contains("frr enumMember"), tokens.toString());
    assertTrue(tokens.contains("eth0 parameter declaration"), tokens.toString());
    assertTrue(tokens.contains("10.0.2.0/24 number") && tokens.contains("65001 number"), tokens.toString());
    assertTrue(tokens.containsAll(List.of("hub property", "nva property")), "reference hub.nva: " + tokens);
  }

  @Test
  void semanticTokensColourKeywordsButNotNamesSpelledLikeThem() {
    String uri = openModel("""
        vnet hub {
            address-space 10.0.0.0/16, 10.1.0.0/16
            subnet nva 10.0.2.0/24
        }
        nva fw1 vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            snat on
        }
        peering hub <-> hub
        vm vm1 in hub.nva 10.0.2.5
        expect trace vm1 -> 8.8.8.8 dropped
        expect route hub.nva 0.0.0.0/0 via internet
        """);
    assertTrue(session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes()
        .containsAll(List.of(SemanticTokenTypes.Keyword, SemanticTokenTypes.Comment)), "the legend has them");
    List<Token> tokens = tokensOf(uri);
    // One nva only: the others name the subnet.
    assertEquals(List.of("network", "vnet", "address-space", "subnet", "nva", "vendor", "asn", "nic", "ip-forwarding",
        "snat", "peering", "vm", "in", "expect", "trace", "expect", "route", "via"),
        textsOf(tokens, SemanticTokenTypes.Keyword));
    assertEquals("nva property declaration", tokenAt(tokens, at(uri, "nva 10.0.2.0/24", 0)).toString());
    assertEquals("nva property", tokenAt(tokens, at(uri, "nva 10.0.2.4", 0)).toString());
    assertEquals(List.of("frr", "on", "dropped", "internet"), textsOf(tokens, SemanticTokenTypes.EnumMember));
    List<String> punctuation = List.of("{", "}", ",", "<->", "->", ".");
    assertTrue(tokens.stream().map(Token::text).noneMatch(punctuation::contains), "punctuation: " + tokens);
  }

  @Test
  void semanticTokensColourCommentsLineByLine() {
    String uri = openModel("""
        // A hub.
        vnet hub { /* spans
          two lines */
            address-space 10.0.0.0/16 // trailing
        }
        """);
    List<Token> comments = tokensOf(uri).stream().filter(token -> token.type().equals(SemanticTokenTypes.Comment))
        .toList();
    assertEquals(List.of(
        new Token(at(uri, "// A hub.", 0), "// A hub.", SemanticTokenTypes.Comment, List.of()),
        new Token(at(uri, "/* spans", 0), "/* spans", SemanticTokenTypes.Comment, List.of()),
        new Token(at(uri, "  two lines */", 0), "  two lines */", SemanticTokenTypes.Comment, List.of()),
        new Token(at(uri, "// trailing", 0), "// trailing", SemanticTokenTypes.Comment, List.of())), comments);
  }

  @Test
  void blocksAndCommentRunsFold() {
    String uri = openModel("// A hub.\n// Two lines of comment.\n\nvnet hub {\n    address-space 10.0.0.0/16\n"
        + "    // one line: no fold\n    subnet app 10.0.1.0/24 // trailing\n    // a run after a trailing comment\n"
        + "    // is its own fold\n}\n");
    List<FoldingRange> ranges = new ArrayList<>(await(documents().foldingRange(new FoldingRangeRequestParams(id(uri)))));
    ranges.sort(Comparator.comparingInt(FoldingRange::getStartLine));
    List<String> folds = ranges.stream().map(range -> range.getStartLine() + "-" + range.getEndLine()
        + (FoldingRangeKind.Comment.equals(range.getKind()) ? " comment" : "")).toList();
    assertEquals(List.of("1-2 comment", "4-10", "8-9 comment"), folds);
  }

  /** A decoded semantic token: where it starts, its text, its type and modifiers from the legend. */
  record Token(Position start, String text, String type, List<String> modifiers) {
    @Override
    public String toString() {
      return String.join(" ", text, type, String.join(" ", modifiers)).strip();
    }
  }

  private static List<String> tokens(String uri) {
    return tokensOf(uri).stream().map(Token::toString).toList();
  }

  private static List<Token> tokensOf(String uri) {
    SemanticTokensLegend legend = session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend();
    SemanticTokens tokens = await(documents().semanticTokensFull(new SemanticTokensParams(id(uri))));
    List<Integer> data = tokens.getData();
    String[] lines = session.text(uri).split("\n", -1);
    List<Token> decoded = new ArrayList<>();
    int line = 0;
    int start = 0;
    for (int i = 0; i < data.size(); i += 5) {
      line += data.get(i);
      start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
      assertTrue(start + data.get(i + 2) <= lines[line].length(),
          "a token runs past the end of line " + line + ": clients without multilineTokens cannot show it");
      String text = lines[line].substring(start, start + data.get(i + 2));
      List<String> modifiers = new ArrayList<>();
      for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
        if ((data.get(i + 4) & (1 << bit)) != 0) {
          modifiers.add(legend.getTokenModifiers().get(bit));
        }
      }
      decoded.add(new Token(new Position(line, start), text, legend.getTokenTypes().get(data.get(i + 3)), modifiers));
    }
    return decoded;
  }

  private static List<String> textsOf(List<Token> tokens, String type) {
    return tokens.stream().filter(token -> token.type().equals(type)).map(Token::text).toList();
  }

  private static Token tokenAt(List<Token> tokens, Position start) {
    return tokens.stream().filter(token -> token.start().equals(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no token at " + start + ": " + tokens));
  }

  /** Applies non-overlapping edits, last first so earlier offsets stay valid. */
  static String apply(String text, List<? extends TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing((TextEdit edit) -> edit.getRange().getStart().getLine())
        .thenComparing(edit -> edit.getRange().getStart().getCharacter()).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit edit : sorted) {
      out.replace(LspSession.offsetOf(text, edit.getRange().getStart()), LspSession.offsetOf(text, edit.getRange().getEnd()),
          edit.getNewText());
    }
    return out.toString();
  }
}
