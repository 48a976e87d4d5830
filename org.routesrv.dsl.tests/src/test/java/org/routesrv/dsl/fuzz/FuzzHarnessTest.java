package org.routesrv.dsl.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fuzzer's own parts: a failure it reports must replay, and what it detects must be what is there. */
class FuzzHarnessTest {

  @Test
  void aMutantIsReproducibleFromItsSeedAndIndex() {
    MutantGenerator first = new MutantGenerator(7, Scale.SHORT);
    MutantGenerator again = new MutantGenerator(7, Scale.SHORT);
    MutantGenerator otherSeed = new MutantGenerator(8, Scale.SHORT);
    int differing = 0;
    for (int index = 0; index < 48; index++) {
      assertArrayEquals(first.mutant(index).bytes(), again.mutant(index).bytes(), "mutant " + index);
      if (!Arrays.equals(first.mutant(index).bytes(), otherSeed.mutant(index).bytes())) {
        differing++;
      }
    }
    assertTrue(differing > 40, "another seed gives other mutants: only " + differing + " of 48 differ");
  }

  @Test
  void everyRunOfTwentyFourMutantsHasEveryMutation() {
    MutantGenerator generator = new MutantGenerator(22, Scale.SHORT);
    Set<String> mutations = new HashSet<>();
    for (int index = 100; index < 100 + MutantGenerator.Mutation.values().length; index++) {
      mutations.add(generator.mutant(index).mutation());
    }
    assertEquals(MutantGenerator.Mutation.values().length, mutations.size());
  }

  @Test
  void eachMutantDeclaresItsOwnNetwork() {
    MutantGenerator generator = new MutantGenerator(22, Scale.SHORT);
    assertTrue(generator.mutant(0).text().contains("-m0\n") || generator.mutant(0).text().contains("-m0 "),
        generator.mutant(0).text());
    assertTrue(generator.mutant(24).text().contains("-m24"));
  }

  @Test
  void keywordsComeFromTheGrammar() {
    List<String> keywords = MutantGenerator.grammarKeywords();
    assertTrue(keywords.containsAll(List.of("network", "vnet", "bgp", "route-server", "expect")), keywords.toString());
  }

  @Test
  void lspPositionsCountALoneCrAsALineBreak() {
    LspText text = new LspText("a\rbc\r\nd\ne");
    assertEquals(4, text.lineCount());
    assertEquals(2, text.lineLength(1));
    assertEquals(3, text.offset(1, 1));
    assertFalse(text.isValid(1, 3));
    assertEquals("a\rbXc\r\nd\ne", text.replace(1, 1, 1, 1, "X").text());
    assertEquals("a\rbe", text.replace(1, 1, 3, 0, "").text());
  }

  @Test
  void aStackTraceIsNamedByItsRootCauseAndFirstFrameOutsideTheLibraries() {
    String data = """
        java.util.concurrent.CompletionException: java.lang.IndexOutOfBoundsException: Position [
          line = 9
          character = 99
        ]
        \tat java.base/java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:315)
        \tat org.eclipse.xtext.ide.server.concurrent.AbstractRequest.logAndCompleteExceptionally(AbstractRequest.java:73)
        Caused by: java.lang.IndexOutOfBoundsException: Position [
        \tat org.eclipse.xtext.ide.server.Document.getPostionWithDocumentOffset(Document.java:81)
        \tat org.eclipse.xtext.ide.server.Document.getOffSet(Document.java:58)
        \t... 12 more
        """;
    assertEquals(List.of(new StackTraces.Trace("java.lang.IndexOutOfBoundsException",
        "org.eclipse.xtext.ide.server.Document.getPostionWithDocumentOffset(Document.java:81)")), StackTraces.find(data));
    assertTrue(StackTraces.find("examples/a.rsnet:3:19: error: '10.0.0.300' is not an IPv4 address [invalid-value]").isEmpty());
  }

  @Test
  void controlAndBidiCharactersAreFoundAndShownEscaped() {
    String line = "a.rsnet:1:5: error: unexpected 'x\u202Ey\u0085' \u001B[31m\tok";
    assertEquals("U+001B U+0085 U+202E", ControlCharacters.describe(line));
    assertEquals("a.rsnet:1:5: error: unexpected 'x<U+202E>y<U+0085>' <U+001B>[31m\tok", ControlCharacters.escape(line));
    assertEquals("", ControlCharacters.describe("plain text, tabs\tand é, 中文"));
  }
}
