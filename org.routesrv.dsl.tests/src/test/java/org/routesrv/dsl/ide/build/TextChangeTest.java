package org.routesrv.dsl.ide.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The region an edit changed, recovered from the text before and after it. */
class TextChangeTest {

  private static String apply(String text, TextChange change) {
    return text.substring(0, change.offset()) + change.newText() + text.substring(change.offset() + change.replacedLength());
  }

  @Test
  void insertion() {
    TextChange change = TextChange.between("vm v in hub.a 10.0.0.4\n", "vm v in hub.a 10.0.0.400\n");
    assertEquals(new TextChange(22, 0, "00"), change);
  }

  @Test
  void deletionAtTheEnd() {
    assertEquals(new TextChange(3, 2, ""), TextChange.between("abcde", "abc"));
  }

  @Test
  void replacementInTheMiddle() {
    String before = "nva fw1 vendor panos asn 65501";
    String after = "nva fw1 vendor frr asn 65501";
    TextChange change = TextChange.between(before, after);
    assertEquals(after, apply(before, change));
    assertEquals(15, change.offset());
  }

  @Test
  void repeatedCharactersDoNotOverlapPrefixAndSuffix() {
    TextChange change = TextChange.between("aaaa", "aaaaaa");
    assertEquals("aaaaaa", apply("aaaa", change));
    assertEquals(2, change.newText().length());
  }

  @Test
  void sameTextIsNoChange() {
    assertTrue(TextChange.between("network n\n", "network n\n").isNone());
  }
}
