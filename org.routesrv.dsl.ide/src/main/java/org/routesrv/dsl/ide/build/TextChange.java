package org.routesrv.dsl.ide.build;

/**
 * The one region in which two versions of a text differ: what an editor's change did, recovered
 * from the texts alone (several changes in one message merge into the region covering them all).
 */
record TextChange(int offset, int replacedLength, String newText) {

  static TextChange between(String oldText, String newText) {
    int limit = Math.min(oldText.length(), newText.length());
    int prefix = 0;
    while (prefix < limit && oldText.charAt(prefix) == newText.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < limit - prefix
        && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
      suffix++;
    }
    return new TextChange(prefix, oldText.length() - prefix - suffix,
        newText.substring(prefix, newText.length() - suffix));
  }

  boolean isNone() {
    return replacedLength == 0 && newText.isEmpty();
  }
}
