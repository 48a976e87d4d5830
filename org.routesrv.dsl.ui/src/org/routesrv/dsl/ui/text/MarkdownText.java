package org.routesrv.dsl.ui.text;

import java.util.regex.Pattern;

/**
 * The server's Markdown (hovers, the simulation report) as text for plain SWT widgets, which show no
 * HTML without a browser engine. Tables are kept as they are: the server aligns their columns, so
 * they read well in a fixed-width font.
 */
public final class MarkdownText {

  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +");
  private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w|])_([^_\\n]+)_(?![\\w])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]*)`");
  private static final Pattern FENCE = Pattern.compile("(?m)^```\\w*\\n?");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");

  private MarkdownText() {
  }

  public static String plain(String markdown) {
    String text = FENCE.matcher(markdown).replaceAll("");
    text = HEADING.matcher(text).replaceAll("");
    text = STRONG.matcher(text).replaceAll("$1");
    text = EMPHASIS.matcher(text).replaceAll("$1");
    text = CODE.matcher(text).replaceAll("$1");
    text = ESCAPE.matcher(text).replaceAll("$1");
    return text.strip();
  }
}
