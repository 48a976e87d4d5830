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
    Injector language = new RsnetIdeSetup().createInjector();
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
    assertTrue(tokens.stream().noneMatch(token -> token.startsWith("vnet ") || token.startsWith("subnet ")),
        "keywords are left to TextMate: " + tokens);
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

  private static List<String> tokens(String uri) {
    SemanticTokensLegend legend = session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend();
    SemanticTokens tokens = await(documents().semanticTokensFull(new SemanticTokensParams(id(uri))));
    List<Integer> data = tokens.getData();
    String[] lines = session.text(uri).split("\n", -1);
    List<String> decoded = new ArrayList<>();
    int line = 0;
    int start = 0;
    for (int i = 0; i < data.size(); i += 5) {
      line += data.get(i);
      start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
      String text = lines[line].substring(start, start + data.get(i + 2));
      StringBuilder token = new StringBuilder(text).append(' ').append(legend.getTokenTypes().get(data.get(i + 3)));
      for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
        if ((data.get(i + 4) & (1 << bit)) != 0) {
          token.append(' ').append(legend.getTokenModifiers().get(bit));
        }
      }
      decoded.add(token.toString());
    }
    return decoded;
  }

  /** Applies non-overlapping edits, last first so earlier offsets stay valid. */
  static String apply(String text, List<? extends TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing((TextEdit edit) -> edit.getRange().getStart().getLine())
        .thenComparing(edit -> edit.getRange().getStart().getCharacter()).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit edit : sorted) {
      out.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
    }
    return out.toString();
  }

  private static int offset(String text, org.eclipse.lsp4j.Position position) {
    int offset = 0;
    for (int line = 0; line < position.getLine(); line++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset + position.getCharacter();
  }
}
