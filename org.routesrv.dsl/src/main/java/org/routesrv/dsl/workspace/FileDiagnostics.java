package org.routesrv.dsl.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** A model file's issues as the command line, report.md and Maven builds print them. */
public class FileDiagnostics {

  @Inject private IResourceValidator validator;
  @Inject private IssueCodeNames issueCodeNames;

  /** Every check of {@code resource}, named {@code path}, in the order of the file. */
  public List<Diagnostic> validate(Resource resource, String path) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
      diagnostics.add(of(path, issue));
    }
    diagnostics.sort(IN_FILE_ORDER);
    return diagnostics;
  }

  public static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator.comparing(Diagnostic::path)
      .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  public Diagnostic of(String path, Issue issue) {
    Diagnostic.Severity severity = switch (issue.getSeverity() == null ? Severity.ERROR : issue.getSeverity()) {
      case ERROR -> Diagnostic.Severity.ERROR;
      case WARNING -> Diagnostic.Severity.WARNING;
      default -> Diagnostic.Severity.INFO;
    };
    int line = issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber());
    int column = issue.getColumn() == null ? 1 : Math.max(1, issue.getColumn());
    return new Diagnostic(path, line, column, severity, issue.getMessage(), issueCodeNames.nameOf(issue.getCode()));
  }
}
