package org.routesrv.dsl.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.routesrv.dsl.testing.Repository;

/** The model blocks of docs/language.md, the language reference users read. */
final class LanguageReference {

  /** Checked as it is written. */
  static final String MODEL = "rsnet";
  /** A mistake shown on purpose: it must give an error. */
  static final String DELIBERATE_ERROR = "rsnet-error";

  private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
  private static final String COMPLETE_EXAMPLE = "network contoso.hubspoke";
  private static final String BASE_MODEL = "network examples.base";

  /** One fenced block; {@code line} is the line of its opening fence in language.md. */
  record Block(int line, String kind, String text) {

    /** A complete model starts with its network line; anything else is a fragment of the base model. */
    boolean isComplete() {
      return text.startsWith("network ");
    }
  }

  private LanguageReference() {
  }

  static Path file() {
    return Repository.root().resolve("docs/language.md");
  }

  /** Every block fenced as {@code rsnet} or {@code rsnet-error}, in page order. */
  static List<Block> blocks() {
    String page = read();
    List<Block> blocks = new ArrayList<>();
    Matcher fence = FENCE.matcher(page);
    while (fence.find()) {
      String kind = fence.group(1);
      if (kind.equals(MODEL) || kind.equals(DELIBERATE_ERROR)) {
        int line = (int) page.substring(0, fence.start()).lines().count() + 1;
        blocks.add(new Block(line, kind, fence.group(2)));
      }
    }
    return blocks;
  }

  /** The page's complete example (seed 000), which examples/panos-active-standby.rsnet ends with. */
  static String completeExample() {
    return completeModelStartingWith(COMPLETE_EXAMPLE);
  }

  /** The small network that the page's fragments are added to. */
  static String baseModel() {
    return completeModelStartingWith(BASE_MODEL);
  }

  private static String completeModelStartingWith(String networkLine) {
    List<String> found = blocks().stream().map(Block::text).filter(text -> text.startsWith(networkLine + "\n")).toList();
    if (found.size() != 1) {
      throw new AssertionError("docs/language.md should have exactly one rsnet block starting with '" + networkLine
          + "', found " + found.size());
    }
    return found.get(0);
  }

  private static String read() {
    try {
      return Files.readString(file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
