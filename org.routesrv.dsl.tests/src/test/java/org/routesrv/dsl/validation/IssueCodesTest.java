package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.junit.jupiter.api.Test;

/**
 * Every issue code is registered with a default severity, documented in docs/rules.md with that severity, raised by
 * a rule and exercised by a test.
 */
class IssueCodesTest {

  private static final Path ROOT = Path.of(System.getProperty("rsnet.root", ".."));

  /** Constant name to code, for every code IssueCodes declares. */
  private static Map<String, String> declared() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Field field : IssueCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
        try {
          codes.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return codes;
  }

  /** Code to severity, as docs/rules.md documents them. */
  private static Map<String, String> documented() {
    Map<String, String> docs = new LinkedHashMap<>();
    Matcher matcher = Pattern.compile("^### `([a-z0-9-]+)`\\n- \\*\\*Severity:\\*\\* (\\w+)", Pattern.MULTILINE)
        .matcher(read(ROOT.resolve("docs/rules.md")));
    while (matcher.find()) {
      docs.put(matcher.group(1), matcher.group(2));
    }
    return docs;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sources(String folder) {
    try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".java")).map(IssueCodesTest::read).collect(Collectors.joining());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fact 87: the rules docs/rules.md marks as deployment policy are exactly those the commands simulate despite. */
  @Test
  void fact87_theDeploymentPolicyCodesAreTheOnesDocumentedAsSuch() {
    Matcher matcher = Pattern.compile("^### `([a-z0-9-]+)`\\n- \\*\\*Severity:\\*\\* error\\n- \\*\\*Deployment policy:",
        Pattern.MULTILINE).matcher(read(ROOT.resolve("docs/rules.md")));
    java.util.Set<String> marked = new java.util.TreeSet<>();
    while (matcher.find()) {
      marked.add(matcher.group(1));
    }
    assertEquals(new java.util.TreeSet<>(IssueCodes.DEPLOYMENT_POLICY), marked);
  }

  @Test
  void everyDeclaredCodeIsRegistered() {
    Map<String, PreferenceKey> registered = new IssueCodes().getConfigurableIssueCodes();
    declared().values().forEach(code -> assertTrue(registered.containsKey(code), code + " is not registered"));
  }

  @Test
  void everyCodeIsDocumentedWithItsDefaultSeverity() {
    Map<String, PreferenceKey> registered = new IssueCodes().getConfigurableIssueCodes();
    Map<String, String> documented = documented();
    for (String code : declared().values()) {
      assertTrue(documented.containsKey(code), code + " is not documented in docs/rules.md");
      assertEquals(registered.get(code).getDefaultValue(), documented.get(code), "severity of " + code);
    }
    assertEquals(List.copyOf(declared().values()).stream().sorted().toList(),
        documented.keySet().stream().sorted().toList(), "docs/rules.md documents exactly the declared codes");
  }

  @Test
  void everyCodeIsRaisedByARuleAndCoveredByATest() {
    String rules = sources("org.routesrv.dsl/src/main/java/org/routesrv/dsl/validation");
    String tests = sources("org.routesrv.dsl.tests/src/test/java/org/routesrv/dsl/validation");
    for (String constant : declared().keySet()) {
      assertTrue(rules.contains("IssueCodes." + constant + ","), constant + " is never reported");
      assertTrue(tests.contains("IssueCodes." + constant + ","), constant + " has no test");
    }
  }
}
