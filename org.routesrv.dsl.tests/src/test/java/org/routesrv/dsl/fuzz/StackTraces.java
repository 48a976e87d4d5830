package org.routesrv.dsl.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Java stack traces in what a server or command printed or answered, and names each by its
 * exception class and its top frame: the first frame outside the JDK and Guava, where the bug is.
 */
final class StackTraces {

  /** One trace: {@code frame} is empty when the text shows the exception without frames. */
  record Trace(String exception, String frame) {
  }

  private static final Pattern FRAME = Pattern.compile("^\\s*at ([\\w$./<>-]+\\.[\\w$<>-]+)\\(([^)]*)\\)\\s*$");
  private static final Pattern EXCEPTION = Pattern.compile(
      "(?:^|[\\s:(\\[])((?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable))\\b");
  private static final String[] LIBRARY_PREFIXES = {"java.", "javax.", "jdk.", "sun.", "com.google.common."};

  private StackTraces() {
  }

  static boolean contains(String text) {
    return !find(text).isEmpty() || text.contains("\tat ") || text.contains("Exception in thread");
  }

  /**
   * Every trace in {@code text}, named by its root cause (what Xtext's and lsp4j's wrappers wrap) and
   * that cause's first frame outside the libraries. A log line naming an exception just before the
   * trace itself, as loggers print them, is the same trace.
   */
  static List<Trace> find(String text) {
    List<Trace> traces = new ArrayList<>();
    String exception = null;
    String frame = null;
    for (String line : text.split("\\R")) {
      Matcher frameLine = FRAME.matcher(line);
      if (frameLine.matches()) {
        if (exception != null && frame == null && !isLibrary(frameLine.group(1))) {
          frame = frameLine.group(1) + "(" + frameLine.group(2) + ")";
        }
        continue;
      }
      String trimmed = line.trim();
      if (trimmed.matches("\\.\\.\\. \\d+ (more|common frames omitted)")) {
        continue;
      }
      Matcher thrown = EXCEPTION.matcher(line);
      if (!thrown.find()) {
        continue;
      }
      boolean cause = trimmed.startsWith("Caused by:");
      boolean announced = exception != null && frame == null && exception.equals(thrown.group(1));
      if (exception != null && !cause && !announced) {
        traces.add(new Trace(exception, frame == null ? "" : frame));
      }
      if (cause || !announced) {
        exception = thrown.group(1);
        frame = null;
      }
    }
    if (exception != null) {
      traces.add(new Trace(exception, frame == null ? "" : frame));
    }
    // Loggers name the exception in their message line before printing the trace, often as a wrapper
    // of what the trace shows; with frames in the text, a name without frames adds nothing.
    boolean anyFramed = traces.stream().anyMatch(t -> !t.frame().isEmpty());
    return traces.stream().distinct().filter(t -> !anyFramed || !t.frame().isEmpty()).toList();
  }

  /** The first line of {@code text} that names the trace's exception: what a reader needs to find its cause. */
  static String lineNaming(String text, Trace trace) {
    return text.lines().filter(line -> line.contains(trace.exception())).findFirst().orElse("").strip();
  }

  private static boolean isLibrary(String method) {
    for (String prefix : LIBRARY_PREFIXES) {
      if (method.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
