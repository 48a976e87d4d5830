package org.routesrv.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.routesrv.dsl.ide.server.InternalErrors;

/**
 * Formatting (whole document or range) only of a document that parses. The canonical layout is
 * derived from the statements, and a document with syntax errors, as a half-typed one has, has none
 * to lay out: Xtext's formatter failed on them (a {@code bgp {} opened inside another) or would move
 * text it did not understand. The slips the grammar lets parse ({@code ;}, {@code #} comments) are
 * syntax errors too, and the formatter has no layout for them. Such a document gets no edits;
 * formatting it once it is fixed works.
 */
public class ParsedDocumentsOnly extends FormattingService {

  @Override
  public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
      FormattingOptions options) {
    if (resource == null || resource.getParseResult() == null || resource.getContents().isEmpty()
        || resource.getErrors().stream().anyMatch(XtextSyntaxDiagnostic.class::isInstance)) {
      return List.of();
    }
    try {
      return super.format(resource, document, offset, length, options);
    } catch (RuntimeException formatterFailed) {
      // A formatter bug must not cost the user the document: no edits, and one line in the log.
      InternalErrors.report(formatterFailed);
      return List.of();
    }
  }
}
