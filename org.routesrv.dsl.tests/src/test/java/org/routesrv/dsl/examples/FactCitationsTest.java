package org.routesrv.dsl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.testing.Repository;

/**
 * Code, tests and docs cite Azure behaviour as "fact N" (tests as {@code factN_...}); every cited
 * number must be a fact of docs/azure-facts.md, the page a reader follows the citation to.
 */
class FactCitationsTest {

  private static final Path FACTS = Repository.root().resolve("docs/azure-facts.md");
  /** A numbered fact starts a line of the facts page: "55. **NVA vs NVA, same prefix.**". */
  private static final Pattern FACT_HEADING = Pattern.compile("^(\\d+)\\. ", Pattern.MULTILINE);
  /** "fact 51", "facts 20, 21", "facts 45-50, 53 and 54", "fact55_...". */
  private static final Pattern CITATION = Pattern.compile(
      "\\b[Ff]acts? (\\d+(?:(?:, | and |-|–)\\d+)*)|\\bfact(\\d+)_");
  private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-|–)(\\d+)");
  private static final Set<String> CITING_FILES = Set.of(".java", ".xtend", ".md", ".rsnet", ".ts", ".xtext");

  private static Set<Integer> numbersOnTheFactsPage() {
    Set<Integer> numbers = new TreeSet<>();
    Matcher heading = FACT_HEADING.matcher(read(FACTS));
    while (heading.find()) {
      numbers.add(Integer.parseInt(heading.group(1)));
    }
    return numbers;
  }

  private static Set<Integer> citedIn(String text) {
    Set<Integer> cited = new TreeSet<>();
    Matcher citation = CITATION.matcher(text);
    while (citation.find()) {
      if (citation.group(2) != null) {
        cited.add(Integer.parseInt(citation.group(2)));
        continue;
      }
      String list = citation.group(1);
      Matcher range = RANGE.matcher(list);
      while (range.find()) {
        for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
          cited.add(n);
        }
      }
      for (String number : list.split("\\D+")) {
        cited.add(Integer.parseInt(number));
      }
    }
    return cited;
  }

  @Test
  void theFactsPageNumbersItsFactsWithoutGaps() {
    Set<Integer> numbers = numbersOnTheFactsPage();
    assertTrue(numbers.size() >= 94, "facts on docs/azure-facts.md: " + numbers.size());
    assertEquals(numbers.size(), (int) numbers.stream().mapToInt(Integer::intValue).max().orElse(0),
        "fact numbers run from 1 without gaps");
  }

  @Test
  void citationsAreReadAsWritten() {
    assertEquals(Set.of(20, 21, 45, 46, 47, 48, 53, 54, 55), citedIn("facts 20, 21; facts 45-48, 53 and 54; fact55_ecmp"));
  }

  @Test
  void everyCitedFactIsOnTheFactsPage() {
    Set<Integer> facts = numbersOnTheFactsPage();
    Set<String> unknown = new TreeSet<>();
    for (Path file : RepositoryFiles.all()) {
      if (CITING_FILES.stream().anyMatch(file.getFileName().toString()::endsWith)) {
        Set<Integer> missing = citedIn(read(file)).stream().filter(n -> !facts.contains(n))
            .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
          unknown.add(RepositoryFiles.relative(file) + " cites " + missing);
        }
      }
    }
    assertEquals(Set.of(), unknown, "citations of facts that docs/azure-facts.md does not have");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
