package org.routesrv.dsl.validation.xtext;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.Issue.IssueImpl;
import org.routesrv.dsl.workspace.InvisibleCharacters;

/**
 * Every problem becomes an {@link Issue} here, whoever validates: the command line, Maven builds and
 * the language server. Two things are made certain on the way:
 * <ul>
 * <li>A problem is never lost to its position. Xtext's line and column arithmetic throws for a range
 * that ends at the end of a file whose last line ends with a lone CR, and the validator then dropped
 * the whole file's issues: an invalid model passed. Such an issue keeps the position that can be
 * computed, from the text itself where Xtext's own computation fails.
 * <li>Messages show characters the lexer rejects (controls, bidirectional overrides) escaped, so a
 * diagnostic cannot reorder or recolour the terminal, log or problem list that shows it.
 * </ul>
 * <p>
 * <b>Replaces</b> Xtext's {@link DiagnosticConverterImpl} for robustness, not speed (issue 22, failures
 * 1 and 12): with Xtext's, {@code rsnet check} printed nothing and exited 0 for such a file,
 * {@code rsnet compile} wrote the outputs of an invalid model and the language server published nothing.
 * <b>Guard tests:</b> {@code ValidationNeverSilentTest} ({@code aLastLineEndedByALoneCr...} in check,
 * compile and the language server; {@code theLanguageServerShowsRejectedCharactersEscaped};
 * {@code aValidationThatThrowsIsAnErrorOfTheFile}). <b>Delete</b> the position fallback when Xtext's
 * line and column arithmetic handles a lone CR at the end of a file (those tests then pass with
 * Xtext's converter); the escaping stays as long as messages quote the user's text.
 */
public class RsnetDiagnosticConverter extends DiagnosticConverterImpl {

  /** The issue code of a check that failed with an exception instead of answering. */
  public static final String INTERNAL_ERROR = "internal-error";

  @Override
  public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
    IssueImpl issue;
    try {
      IssueImpl[] converted = new IssueImpl[1];
      super.convertResourceDiagnostic(diagnostic, severity, result -> converted[0] = (IssueImpl) result);
      issue = converted[0];
    } catch (RuntimeException positionNotComputable) {
      issue = withoutExactEnd(diagnostic, severity);
    }
    acceptor.accept(readable(issue));
  }

  @Override
  public void convertValidatorDiagnostic(org.eclipse.emf.common.util.Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
    IssueImpl issue;
    try {
      IssueImpl[] converted = new IssueImpl[1];
      super.convertValidatorDiagnostic(diagnostic, result -> converted[0] = (IssueImpl) result);
      issue = converted[0];
    } catch (RuntimeException positionNotComputable) {
      issue = positionedFromText(diagnostic);
    }
    if (issue == null) {
      return; // an OK diagnostic, which is no issue
    }
    Throwable failure = failureIn(diagnostic);
    if (failure != null) {
      // Xtext reports a check that threw as "Error executing EValidator".
      issue.setMessage(internalErrorMessage(failure));
      issue.setCode(INTERNAL_ERROR);
    }
    acceptor.accept(readable(issue));
  }

  /** An error at the start of {@code resource}'s text saying that checking it failed, and why. */
  public Issue internalError(Resource resource, Throwable failure) {
    IssueImpl issue = new IssueImpl();
    issue.setSeverity(Severity.ERROR);
    issue.setType(CheckType.FAST);
    issue.setCode(INTERNAL_ERROR);
    issue.setMessage(internalErrorMessage(failure));
    placeAtStart(issue);
    if (resource != null) {
      issue.setUriToProblem(resource.getURI());
    }
    return readable(issue);
  }

  private static void placeAtStart(IssueImpl issue) {
    issue.setLineNumber(1);
    issue.setColumn(1);
    issue.setLineNumberEnd(1);
    issue.setColumnEnd(1);
    issue.setOffset(0);
    issue.setLength(0);
  }

  private static String internalErrorMessage(Throwable failure) {
    return "RSNet could not finish checking this file (internal error: " + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
        + "); the model may have more problems than shown. Please report it with this file";
  }

  private static Throwable failureIn(org.eclipse.emf.common.util.Diagnostic diagnostic) {
    if (diagnostic.getException() != null) {
      return diagnostic.getException();
    }
    for (Object data : diagnostic.getData()) {
      if (data instanceof Throwable throwable) {
        return throwable;
      }
    }
    return null;
  }

  private static IssueImpl readable(IssueImpl issue) {
    if (issue != null) {
      issue.setMessage(InvisibleCharacters.escape(issue.getMessage()));
    }
    return issue;
  }

  /**
   * A resource diagnostic whose end Xtext cannot place. Its start is asked for separately (only the
   * end reaches the end of the text); the end is taken to be on the same line.
   */
  private static IssueImpl withoutExactEnd(Resource.Diagnostic diagnostic, Severity severity) {
    IssueImpl issue = new IssueImpl();
    issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
    issue.setSeverity(severity);
    issue.setType(CheckType.FAST);
    issue.setMessage(diagnostic.getMessage());
    int line = orOne(diagnostic::getLine);
    int column = orOne(diagnostic::getColumn);
    int length = 0;
    if (diagnostic instanceof org.eclipse.xtext.diagnostics.Diagnostic xtext) {
      issue.setOffset(xtext.getOffset());
      length = Math.max(0, xtext.getLength());
      issue.setLength(length);
    }
    if (diagnostic instanceof AbstractDiagnostic xtext) {
      issue.setUriToProblem(xtext.getUriToProblem());
      issue.setCode(xtext.getCode());
      issue.setData(xtext.getData());
    }
    issue.setLineNumber(line);
    issue.setColumn(column);
    issue.setLineNumberEnd(line);
    issue.setColumnEnd(column + length);
    return issue;
  }

  private static int orOne(java.util.function.IntSupplier position) {
    try {
      return Math.max(1, position.getAsInt());
    } catch (RuntimeException notComputable) {
      return 1;
    }
  }

  /** A validator diagnostic whose position Xtext cannot compute: the node of the element it is about, placed in the text. */
  private IssueImpl positionedFromText(org.eclipse.emf.common.util.Diagnostic diagnostic) {
    Severity severity = getSeverity(diagnostic);
    if (severity == null) {
      return null;
    }
    IssueImpl issue = new IssueImpl();
    issue.setSeverity(severity);
    issue.setMessage(diagnostic.getMessage());
    issue.setCode(getIssueCode(diagnostic));
    issue.setType(getIssueType(diagnostic));
    issue.setData(getIssueData(diagnostic));
    EObject causer = getCauser(diagnostic);
    INode node = causer == null ? null : NodeModelUtils.getNode(causer);
    if (causer != null && causer.eResource() != null) {
      issue.setUriToProblem(causer.eResource().getURI().appendFragment(causer.eResource().getURIFragment(causer)));
    }
    if (node == null) {
      placeAtStart(issue);
      return issue;
    }
    String text = node.getRootNode().getText();
    int offset = node.getOffset();
    int end = node.getEndOffset();
    int[] start = TextPositions.lineAndColumn(text, offset);
    int[] last = TextPositions.lineAndColumn(text, end);
    issue.setOffset(offset);
    issue.setLength(end - offset);
    issue.setLineNumber(start[0]);
    issue.setColumn(start[1]);
    issue.setLineNumberEnd(last[0]);
    issue.setColumnEnd(last[1]);
    return issue;
  }

  /** 1-based lines and columns as Xtext and LSP count them: CR, LF and CRLF each end a line. */
  static final class TextPositions {
    private TextPositions() {
    }

    static int[] lineAndColumn(String text, int offset) {
      int end = Math.min(Math.max(offset, 0), text.length());
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
          line++;
          lineStart = i + 1;
        }
      }
      return new int[] {line, end - lineStart + 1};
    }
  }
}
