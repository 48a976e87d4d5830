package org.routesrv.dsl.ide.hover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.inject.Singleton;

/**
 * What each keyword (and each NVA vendor) means, from {@code keywords.md} next to this class: one
 * {@code ## word[, word]} heading per entry, so the text is edited as Markdown, not as Java strings.
 */
@Singleton
public class KeywordDocumentation {

  private final Map<String, String> byWord;

  public KeywordDocumentation() {
    this.byWord = Collections.unmodifiableMap(parse(read()));
  }

  /** The Markdown documentation of {@code word}, or null when it has none. */
  public String of(String word) {
    return byWord.get(word);
  }

  /** Every documented word, for the test that keeps this file and the grammar in step. */
  public Map<String, String> all() {
    return byWord;
  }

  private static String read() {
    try (InputStream in = KeywordDocumentation.class.getResourceAsStream("keywords.md")) {
      if (in == null) {
        throw new IllegalStateException("keywords.md is missing from the language server's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> parse(String markdown) {
    Map<String, String> entries = new LinkedHashMap<>();
    List<String> words = List.of();
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ")) {
        put(entries, words, text);
        words = List.of(line.substring(3).trim().split("\\s*,\\s*"));
        text.setLength(0);
      } else if (!words.isEmpty()) {
        text.append(line).append('\n');
      }
    }
    put(entries, words, text);
    return entries;
  }

  private static void put(Map<String, String> entries, List<String> words, StringBuilder text) {
    String body = text.toString().strip();
    for (String word : words) {
      entries.put(word, body);
    }
  }
}
