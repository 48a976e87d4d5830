package org.routesrv.dsl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.testing.SmallModels;

/**
 * Mutants of the example models and of generated ones. Mutant {@code i} of seed {@code s} depends on
 * nothing but {@code (s, i)} and the scale: its mutation is the {@code i}-th in a fixed rotation (so
 * every campaign of a few dozen mutants has every kind), the rest is drawn from a random generator
 * seeded with both. Each mutant's network gets its own name, so a batch of mutants in one folder
 * stays a batch of separate models.
 */
final class MutantGenerator {

  /** Characters that break terminals, editors or lexers; some only when echoed raw. */
  static final String[] HOSTILE_CHARACTERS = {
      "\u202E", "\u202D", "\u2066", "\u200F", "\u0085", "\u001B", "\u001B[31m", "\u0000", "\u0007", "\u007F", "\u009B",
      "\u2028", "\uFEFF", "\uFFFD", "\uD83D\uDE00", "\uD800", "e\u0301", "\u4E2D\u6587", "\uFF41\uFF42", "\u200B", "\t",
      "\u000B", "\u000C", "\r"};

  private static final String[] BOUNDARY_NUMBERS = {
      "0", "255", "256", "4294967295", "4294967296", "65535", "65536", "-1", "00000000010", "99999999999999999999999999"};

  private static final String[] BOUNDARY_PREFIX_LENGTHS = {"/33", "/0", "/32", "/-1", "/99999999999", "/"};

  private static final Pattern TOKEN = Pattern.compile(
      "//[^\\r\\n]*|/\\*.*?\\*/|\\s+|[A-Za-z_][\\w.-]*|\\d[\\d./:]*[a-z]*|<->|->|.", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.-]*");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern PREFIX_LENGTH = Pattern.compile("/\\d+");
  private static final Pattern NETWORK_LINE = Pattern.compile("(?m)^network\\s+(\\S+)");

  /**
   * The mutations, applied in rotation: mutant {@code i} gets {@code values()[i % length]}. The order
   * matters to short campaigns only: the first eight go to the in-process language server, the next
   * four to the server process, and {@code rsnet check}'s batch takes them all.
   */
  enum Mutation {
    TOKEN_DELETION, TRUNCATION, BOUNDARY_NUMBER, KEYWORD_AS_NAME, HOSTILE_CHARACTER, BYTE_ORDER_MARK,
    CR_LINE_ENDINGS, LAST_LINE_LONE_CR, NESTED_BGP_BLOCKS, RANDOM_BYTES, GENERATED_MODEL, STACKED,
    CRLF_LINE_ENDINGS, MIXED_LINE_ENDINGS, UNBALANCED_BRACE, COMMENT_LINE_RUN, LONG_NAME, RANDOM_BYTES_SPLICED,
    TOKEN_SWAP, TOKEN_DUPLICATION, BOUNDARY_PREFIX_LENGTH, DEEP_BRACES, HUGE_FILE, DUPLICATE_TRANSIT_PEERINGS
  }

  private static final List<Mutation> LIGHT = List.of(Mutation.TOKEN_DELETION, Mutation.TOKEN_SWAP,
      Mutation.TOKEN_DUPLICATION, Mutation.TRUNCATION, Mutation.BOUNDARY_NUMBER, Mutation.BOUNDARY_PREFIX_LENGTH,
      Mutation.KEYWORD_AS_NAME, Mutation.HOSTILE_CHARACTER, Mutation.BYTE_ORDER_MARK, Mutation.CRLF_LINE_ENDINGS,
      Mutation.CR_LINE_ENDINGS, Mutation.LAST_LINE_LONE_CR, Mutation.UNBALANCED_BRACE, Mutation.NESTED_BGP_BLOCKS);

  private final long seed;
  private final Scale scale;
  private final List<String> baseNames = new ArrayList<>();
  private final List<String> baseTexts = new ArrayList<>();
  private final List<String> keywords;

  MutantGenerator(long seed, Scale scale) {
    this.seed = seed;
    this.scale = scale;
    for (Path example : ExampleFiles.all()) {
      baseNames.add(example.getFileName().toString());
      baseTexts.add(ExampleFiles.text(example));
    }
    baseNames.add("SmallModels.hubWithFrrNva");
    baseTexts.add(SmallModels.hubWithFrrNva("small.frr"));
    keywords = grammarKeywords();
  }

  long seed() {
    return seed;
  }

  Scale scale() {
    return scale;
  }

  Mutant mutant(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Mutation mutation = Mutation.values()[Math.floorMod(index, Mutation.values().length)];
    String base;
    String text;
    if (mutation == Mutation.GENERATED_MODEL) {
      int spokes = 1 + random.nextInt(Math.max(1, scale.maxLines() / 8));
      base = "generated hub and " + spokes + " spokes";
      text = GeneratedModels.hubAndSpokes(random, spokes, random.nextInt(5));
    } else if (mutation == Mutation.DUPLICATE_TRANSIT_PEERINGS) {
      int count = 1 + random.nextInt(scale.maxLines());
      base = count + " duplicate transit peerings";
      text = GeneratedModels.duplicateTransitPeerings(count);
    } else {
      int which = random.nextInt(baseTexts.size());
      base = baseNames.get(which);
      text = baseTexts.get(which);
    }
    text = uniqueNetworkName(text, index);
    byte[] bytes;
    switch (mutation) {
      case RANDOM_BYTES -> {
        base = "no model";
        bytes = new byte[random.nextInt(1 + Math.min(1 << 16, scale.maxLines() * 8))];
        random.nextBytes(bytes);
      }
      case RANDOM_BYTES_SPLICED -> bytes = splice(text.getBytes(StandardCharsets.UTF_8), random);
      case STACKED -> {
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
          text = apply(LIGHT.get(random.nextInt(LIGHT.size())), text, random);
        }
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      case GENERATED_MODEL, DUPLICATE_TRANSIT_PEERINGS -> {
        text = random.nextBoolean() ? text : apply(LIGHT.get(random.nextInt(LIGHT.size())), text, random);
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      default -> bytes = apply(mutation, text, random).getBytes(StandardCharsets.UTF_8);
    }
    return new Mutant(seed, index, mutation.name().toLowerCase().replace('_', '-'), base, bytes);
  }

  private static String uniqueNetworkName(String text, int index) {
    Matcher network = NETWORK_LINE.matcher(text);
    return network.find() ? text.substring(0, network.end()) + "-m" + index + text.substring(network.end()) : text;
  }

  private String apply(Mutation mutation, String text, SplittableRandom random) {
    return switch (mutation) {
      case TOKEN_DELETION -> editTokens(text, random, (tokens, i) -> tokens.set(i, ""));
      case TOKEN_SWAP -> editTokens(text, random, (tokens, i) -> Collections.swap(tokens, i,
          significant(tokens).get(random.nextInt(significant(tokens).size()))));
      case TOKEN_DUPLICATION -> editTokens(text, random, (tokens, i) -> tokens.set(i, tokens.get(i) + " " + tokens.get(i)));
      case TRUNCATION -> text.substring(0, random.nextInt(text.length() + 1));
      case BOUNDARY_NUMBER -> replaceOne(text, NUMBER, random, BOUNDARY_NUMBERS[random.nextInt(BOUNDARY_NUMBERS.length)]);
      case BOUNDARY_PREFIX_LENGTH -> replaceOne(text, PREFIX_LENGTH, random,
          BOUNDARY_PREFIX_LENGTHS[random.nextInt(BOUNDARY_PREFIX_LENGTHS.length)]);
      case KEYWORD_AS_NAME -> replaceNames(text, random, keywords.get(random.nextInt(keywords.size())));
      case LONG_NAME -> replaceNames(text, random, longName(random));
      case HOSTILE_CHARACTER -> hostile(text, random);
      case BYTE_ORDER_MARK -> "\uFEFF" + text;
      case CRLF_LINE_ENDINGS -> text.replace("\n", "\r\n");
      case CR_LINE_ENDINGS -> text.replace("\n", "\r");
      case MIXED_LINE_ENDINGS -> mixedLineEndings(text, random);
      case LAST_LINE_LONE_CR -> lastLineLoneCr(text, random);
      case UNBALANCED_BRACE -> insertAt(text, random, random.nextBoolean() ? "{" : "}");
      case NESTED_BGP_BLOCKS -> nestedBgp(text, random);
      case DEEP_BRACES -> insertAt(text, random, "{".repeat(1 + random.nextInt(scale.maxNesting() * 4)));
      case COMMENT_LINE_RUN -> insertAtLineStart(text, random,
          "// a comment line\n".repeat(1 + random.nextInt(scale.maxLines())));
      case HUGE_FILE -> huge(text, random);
      default -> throw new IllegalArgumentException(mutation + " is not a text mutation");
    };
  }

  private interface TokenEdit {
    void edit(List<String> tokens, int index);
  }

  private static String editTokens(String text, SplittableRandom random, TokenEdit edit) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      tokens.add(token.group());
    }
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      List<Integer> candidates = significant(tokens);
      if (candidates.isEmpty()) {
        break;
      }
      edit.edit(tokens, candidates.get(random.nextInt(candidates.size())));
    }
    return String.join("", tokens);
  }

  private static List<Integer> significant(List<String> tokens) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isBlank()) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  private static String replaceOne(String text, Pattern pattern, SplittableRandom random, String replacement) {
    List<int[]> matches = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      matches.add(new int[] {matcher.start(), matcher.end()});
    }
    if (matches.isEmpty()) {
      return insertAt(text, random, replacement);
    }
    int[] match = matches.get(random.nextInt(matches.size()));
    return text.substring(0, match[0]) + replacement + text.substring(match[1]);
  }

  /** Replaces every occurrence of one name (declaration and references alike), or just one of them. */
  private String replaceNames(String text, SplittableRandom random, String replacement) {
    List<String> names = new ArrayList<>();
    Matcher matcher = NAME.matcher(text);
    while (matcher.find()) {
      if (!keywords.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    if (names.isEmpty()) {
      return insertAt(text, random, replacement);
    }
    String name = names.get(random.nextInt(names.size()));
    String quoted = "(?<![\\w.-])" + Pattern.quote(name) + "(?![\\w-])";
    return random.nextBoolean() ? text.replaceAll(quoted, Matcher.quoteReplacement(replacement))
        : text.replaceFirst(quoted, Matcher.quoteReplacement(replacement));
  }

  private String longName(SplittableRandom random) {
    int length = new int[] {101, 201, 256, 1_000, 10_000, scale.maxLines() * 20}[random.nextInt(6)];
    return random.nextBoolean() ? "n".repeat(length) : ("part" + "x".repeat(95) + ".").repeat(length / 100) + "end";
  }

  private static String hostile(String text, SplittableRandom random) {
    String character = HOSTILE_CHARACTERS[random.nextInt(HOSTILE_CHARACTERS.length)];
    int where = random.nextInt(3);
    if (where == 0) {
      return insertAt(text, random, character);
    }
    // Inside a name, where a lexer that rejects it echoes it back in its error message.
    Matcher matcher = NAME.matcher(text);
    List<Integer> ends = new ArrayList<>();
    while (matcher.find()) {
      ends.add(matcher.end());
    }
    if (ends.isEmpty()) {
      return character + text;
    }
    int end = ends.get(random.nextInt(ends.size()));
    return text.substring(0, end) + character + (where == 2 ? "x" : "") + text.substring(end);
  }

  private static String mixedLineEndings(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    String[] endings = {"\n", "\r\n", "\r", "\n\r"};
    for (char c : text.toCharArray()) {
      out.append(c == '\n' ? endings[random.nextInt(endings.length)] : String.valueOf(c));
    }
    return out.toString();
  }

  /** Issue 22, item 1: the file's last line ends with a lone CR, often right after an error. */
  private static String lastLineLoneCr(String text, SplittableRandom random) {
    String body = text.stripTrailing();
    String[] tails = {"\r", " x\r", "\r\r", "\n// c\r", "\nvnet\r", " {\r"};
    return body + tails[random.nextInt(tails.length)];
  }

  /** Issue 22, item 11: a {@code bgp {} block opened inside another, as while typing. */
  private String nestedBgp(String text, SplittableRandom random) {
    int depth = 1 + random.nextInt(random.nextInt(4) == 0 ? scale.maxNesting() : 3);
    String opened = "bgp {\n".repeat(depth);
    int bgp = text.indexOf("bgp {");
    if (bgp < 0) {
      return insertAt(text, random, "nva x vendor frr asn 65001 {\n" + opened);
    }
    int at = bgp + "bgp {".length();
    return text.substring(0, at) + "\n" + opened + (random.nextBoolean() ? "}\n".repeat(depth) : "")
        + text.substring(at);
  }

  private String huge(String text, SplittableRandom random) {
    int lines = Math.max(1, (int) text.lines().count());
    int copies = Math.max(2, random.nextInt(Math.max(2, scale.maxLines() / lines)) + 1);
    StringBuilder out = new StringBuilder(text.length() * copies);
    Matcher network = NETWORK_LINE.matcher(text);
    String body = network.find() ? text.substring(network.end()) : text;
    out.append(text);
    for (int i = 1; i < copies; i++) {
      out.append('\n').append(body);
    }
    return out.toString();
  }

  private static byte[] splice(byte[] text, SplittableRandom random) {
    byte[] garbage = new byte[1 + random.nextInt(64)];
    random.nextBytes(garbage);
    int at = random.nextInt(text.length + 1);
    byte[] out = new byte[text.length + garbage.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(garbage, 0, out, at, garbage.length);
    System.arraycopy(text, at, out, at + garbage.length, text.length - at);
    return out;
  }

  private static String insertAt(String text, SplittableRandom random, String inserted) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String insertAtLineStart(String text, SplittableRandom random, String inserted) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    int at = starts.get(random.nextInt(starts.size()));
    return text.substring(0, at) + inserted + text.substring(at);
  }

  /** The grammar's keywords, read from the grammar itself so that new constructs get fuzzed too. */
  static List<String> grammarKeywords() {
    Path grammar = Repository.root().resolve("org.routesrv.dsl/src/main/java/org/routesrv/dsl/Rsnet.xtext");
    try {
      TreeSet<String> keywords = new TreeSet<>();
      Matcher keyword = Pattern.compile("'([a-z][a-z-]+)'").matcher(Files.readString(grammar));
      while (keyword.find()) {
        keywords.add(keyword.group(1));
      }
      return List.copyOf(keywords);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
