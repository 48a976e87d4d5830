package org.routesrv.dsl.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Azure's numbers and names live in {@code org.routesrv.dsl.azure} alone (issue 14): the validator,
 * the simulator, the lowering and the generators ask there instead of writing them again, so that
 * they cannot drift apart. This reads their code (comments and string literals left out: messages
 * may quote what they explain) and fails on a copy.
 */
class OneHomeForEachTruthTest {

  /** The ASNs of section B. */
  private static final Pattern AZURE_NUMBER = Pattern.compile(
      "(?<![\\w.])(65515|65517|65518|65519|65520|12076|8074|8075|23456|64496|64511|64512|65514|65534)L?(?![\\w.])");
  /** Names and keywords that have a constant: vendor keywords, reserved subnets, well-known communities. */
  private static final Pattern AZURE_TEXT = Pattern.compile(
      "\"(exabgp|panos|frr|RouteServerSubnet|GatewaySubnet|65535:65282|6551[5-8]:\\d+)\"");
  private static final Pattern COMMENT_OR_TEXT = Pattern.compile(
      "//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'");

  private static Path sources() {
    return Path.of(System.getProperty("rsnet.root", ".."), "org.routesrv.dsl/src/main/java/org/routesrv/dsl");
  }

  @Test
  void azuresNumbersAndNamesAreWrittenOnlyInTheAzurePackage() throws IOException {
    List<String> copies = new ArrayList<>();
    List<Path> files = sourcesOf("validation", "simulation", "lowering", "network", "generator", "compile", "cli");
    assertTrue(files.size() > 100, "found only " + files.size() + " sources under " + sources());
    for (Path file : files) {
      String source = Files.readString(file);
      copies.addAll(matches(file, withoutCommentsAndTexts(source), AZURE_NUMBER));
      copies.addAll(matches(file, withoutComments(source), AZURE_TEXT));
    }
    copies.removeIf(copy -> copy.contains("network/NvaVendor.java") && copy.matches(".*\"(exabgp|panos|frr)\".*"));
    assertEquals(List.of(), copies, "ask org.routesrv.dsl.azure (AzureAsns, AzureSubnets, AzureCommunities,"
        + " RouteServerLimits, VendorProfile) instead");
  }

  @Test
  void theAzurePackageIsPlainJava() throws IOException {
    for (Path file : sourcesOf("azure")) {
      assertTrue(!Files.readString(file).contains("org.eclipse"), file + " refers to org.eclipse");
    }
  }

  private static List<Path> sourcesOf(String... packages) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String pkg : packages) {
      try (Stream<Path> walk = Files.walk(sources().resolve(pkg))) {
        walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xtend")).forEach(files::add);
      }
    }
    return files;
  }

  private static List<String> matches(Path file, String code, Pattern pattern) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(code);
    while (matcher.find()) {
      int line = (int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
      found.add(sources().relativize(file) + ":" + line + ": " + matcher.group());
    }
    return found;
  }

  /** Comments and string literals blanked out, line breaks kept so that line numbers still fit. */
  static String withoutCommentsAndTexts(String source) {
    return blank(source, true);
  }

  private static String withoutComments(String source) {
    return blank(source, false);
  }

  private static String blank(String source, boolean texts) {
    Matcher matcher = COMMENT_OR_TEXT.matcher(source);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      boolean comment = matcher.group().startsWith("/");
      matcher.appendReplacement(result, Matcher.quoteReplacement(comment || texts
          ? matcher.group().replaceAll("[^\\n]", " ") : matcher.group()));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
