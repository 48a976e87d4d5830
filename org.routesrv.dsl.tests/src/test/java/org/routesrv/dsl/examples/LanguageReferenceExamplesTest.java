package org.routesrv.dsl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.examples.LanguageReference.Block;
import org.routesrv.dsl.ide.completion.RsnetContentProposalProvider;
import org.routesrv.dsl.services.RsnetGrammarAccess;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.ModelFiles.ModelFile;
import org.routesrv.dsl.workspace.ModelLoader;

import com.google.inject.Inject;

/**
 * Every model block of docs/language.md is checked as {@code rsnet check} checks a file. A block that
 * starts with {@code network} is a complete model; any other block is a fragment, checked appended to
 * the page's base model ({@code network examples.base}), as the page tells readers to try it. Blocks
 * fenced {@code rsnet} must give no error; blocks fenced {@code rsnet-error} show a mistake on purpose
 * and must give an error on one of their own lines (not in the base model they are added to).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class LanguageReferenceExamplesTest {

  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  @Inject ModelLoader loader;
  @Inject RsnetGrammarAccess grammar;
  @TempDir Path folder;

  /** A block as the file a reader would check: the base model first when the block is a fragment. */
  private record CheckedFile(String text, int firstBlockLine) {

    static CheckedFile of(Block block) {
      if (block.isComplete()) {
        return new CheckedFile(block.text(), 1);
      }
      String base = LanguageReference.baseModel();
      return new CheckedFile(base + "\n" + block.text(), (int) base.lines().count() + 2);
    }
  }

  private List<Diagnostic> errorsOf(Block block, CheckedFile file) throws IOException {
    Path model = folder.resolve("language-md-line-" + block.line() + ".rsnet");
    Files.writeString(model, file.text());
    return loader.load(List.of(new ModelFile(model, model.getFileName().toString()))).diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyModelBlockChecksWithoutErrors() {
    return LanguageReference.blocks().stream().filter(b -> b.kind().equals(LanguageReference.MODEL))
        .map(block -> DynamicTest.dynamicTest("language.md line " + block.line(), () -> {
          List<String> errors = errorsOf(block, CheckedFile.of(block)).stream().map(Diagnostic::format).toList();
          assertEquals(List.of(), errors, "the rsnet block at docs/language.md line " + block.line());
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyDeliberateErrorBlockGivesAnErrorOnItsOwnLines() {
    return LanguageReference.blocks().stream().filter(b -> b.kind().equals(LanguageReference.DELIBERATE_ERROR))
        .map(block -> DynamicTest.dynamicTest("language.md line " + block.line(), () -> {
          CheckedFile file = CheckedFile.of(block);
          List<Diagnostic> errors = errorsOf(block, file);
          assertTrue(errors.stream().anyMatch(d -> d.line() >= file.firstBlockLine()),
              "the rsnet-error block at docs/language.md line " + block.line() + " should give an error of its own, got "
                  + errors.stream().map(Diagnostic::format).toList());
        }));
  }

  @Test
  void thePageShowsBothKindsOfBlockAndFragmentsOfTheBaseModel() {
    List<Block> blocks = LanguageReference.blocks();
    assertTrue(blocks.stream().anyMatch(b -> b.kind().equals(LanguageReference.DELIBERATE_ERROR)), "rsnet-error blocks");
    assertTrue(blocks.stream().filter(b -> !b.isComplete()).count() >= 10, "fragments of the base model");
    assertFalse(LanguageReference.baseModel().isBlank());
  }

  /** "An example for each construct": every keyword and every vendor occurs in some model block. */
  @Test
  void everyKeywordAndVendorAppearsInAnExample() {
    Set<String> shown = new TreeSet<>();
    for (Block block : LanguageReference.blocks()) {
      Matcher word = WORD.matcher(COMMENT.matcher(block.text()).replaceAll(" "));
      while (word.find()) {
        shown.add(word.group());
      }
    }
    Set<String> missing = new TreeSet<>();
    GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
        .filter(keyword -> Character.isLetter(keyword.charAt(0))).forEach(missing::add);
    missing.addAll(RsnetContentProposalProvider.vendors());
    missing.removeAll(shown);
    assertEquals(Set.of(), missing, "keywords without an example in docs/language.md");
  }
}
