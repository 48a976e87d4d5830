package org.routesrv.dsl.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.routesrv.dsl.cli.RsnetCommand;

/**
 * One in-process run of {@code rsnet}, capturing what the command prints and anything that reached
 * the JVM's own streams (Xtext logs there), so tests can assert that nothing leaks.
 */
public record CliRun(int exitCode, String out, String err) {

  public static synchronized CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream leaked = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(leaked, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      int exit = RsnetCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
      return new CliRun(exit, out.toString(), err + leaked.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  /** True when some stream shows a Java stack trace or exception class name. */
  public static boolean looksLikeStackTrace(String text) {
    return text.contains("\tat ") || text.contains("Exception") || text.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*");
  }
}
