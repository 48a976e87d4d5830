package org.routesrv.dsl.workspace;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * Short, stable names for the issue codes Xtext itself produces; RSNet's own codes are already
 * short and pass through unchanged.
 */
public class IssueCodeNames {

  private static final Map<String, String> XTEXT_CODES = Map.of(
      Diagnostic.SYNTAX_DIAGNOSTIC, "syntax",
      Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE, "syntax",
      Diagnostic.LINKING_DIAGNOSTIC, "unresolved-reference",
      "org.eclipse.xtext.conversion.ValueConverterException", "invalid-value");

  public String nameOf(String code) {
    if (code == null) {
      return null;
    }
    String known = XTEXT_CODES.get(code);
    if (known != null) {
      return known;
    }
    if (code.startsWith("org.eclipse.xtext.")) {
      return code.substring(code.lastIndexOf('.') + 1);
    }
    return code;
  }
}
