package org.routesrv.dsl.validation.xtext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;
import org.routesrv.dsl.parser.BrokenParses;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkAnalysisCache;

import com.google.inject.Inject;

/**
 * Validating everything, the lowering and simulation that the expensive check needs run on a second core
 * while the other checks run on this one; the expensive check then finds it done. The issues come
 * in the order of one pass over the model: the expensive check ({@code ExpectationRules}, the first
 * family of {@code RsnetValidator}, on the model itself) reports before any other check.
 * <p>
 * A validation that fails with an exception is an error of the file ({@link RsnetDiagnosticConverter#internalError}):
 * Xtext only logs it and returns what it found so far, often nothing, which made an invalid model pass.
 * <p>
 * <b>Replaces</b> Xtext's {@link ResourceValidatorImpl}: one sequential pass per check mode, an
 * exception in a check logged and dropped, every diagnostic reported while the parse is broken.
 * <b>Measured reason:</b> on the largest network the checks take 15-21 ms, the lowering 4-6 ms and the
 * simulation with expectations 4-6 ms; run beside the checks, the lowering and simulation no longer
 * add to the time after parsing (docs/performance.md, "Where the time goes"). The exception handling
 * is for robustness (issue 22, failures 1 and 12: an invalid model passed {@code rsnet check}).
 * <b>Guard tests:</b> {@code RsnetResourceValidatorTest} ({@code theIssuesAndTheirOrderAreThoseOfOnePass},
 * {@code theOnlyExpensiveCheckIsTheFirstFamilysCheckOfTheModel}), {@code LazyListsTest} (the model is
 * read from two threads) and {@code ValidationNeverSilentTest.aValidationThatThrowsIsAnErrorOfTheFile}.
 * <b>Delete</b> the two-core pass if the expensive check stops simulating (nothing left to overlap) or
 * when Xtext validates on more than one thread itself; the exception handling when Xtext reports a
 * failing check as an issue instead of logging it.
 */
public class RsnetResourceValidator extends ResourceValidatorImpl {

  @Inject private NetworkAnalysisCache analyses;
  @Inject private RsnetDiagnosticConverter issues;

  /** While the network has a syntax error, the other diagnostics would blame text that is fine ({@link BrokenParses}). */
  @Override
  public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
    try {
      List<Issue> all = super.validate(resource, mode, monitor);
      return BrokenParses.inNetworkOf(resource) ? all.stream().filter(Issue::isSyntaxError).toList() : all;
    } catch (RuntimeException e) {
      // Linking runs before Xtext's own safety net.
      getOperationCanceledManager().propagateIfCancelException(e);
      List<Issue> failed = new ArrayList<>();
      failed.add(issues.internalError(resource, e));
      return failed;
    }
  }

  /** One report of a failure per validation, although each pass over the model meets it again. */
  @Override
  protected IAcceptor<Issue> createAcceptor(List<Issue> result) {
    IAcceptor<Issue> list = super.createAcceptor(result);
    return issue -> {
      boolean repeated = RsnetDiagnosticConverter.INTERNAL_ERROR.equals(issue.getCode()) && result.stream()
          .anyMatch(seen -> issue.getCode().equals(seen.getCode()) && issue.getMessage().equals(seen.getMessage()));
      if (!repeated) {
        list.accept(issue);
      }
    };
  }

  @Override
  protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
    try {
      super.collectResourceDiagnostics(resource, monitor, acceptor);
    } catch (RuntimeException e) {
      getOperationCanceledManager().propagateIfCancelException(e);
      acceptor.accept(issues.internalError(resource, e));
    }
  }

  @Override
  protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
    if (BrokenParses.inNetworkOf(resource)) {
      return;
    }
    try {
      validateInOnePass(resource, mode, monitor, acceptor);
    } catch (RuntimeException e) {
      getOperationCanceledManager().propagateIfCancelException(e);
      acceptor.accept(issues.internalError(resource, e));
    }
  }

  /**
   * As Xtext validates one element, with the same options, except that a check failing with an exception
   * is reported instead of logged.
   */
  @Override
  protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor,
      IAcceptor<Issue> acceptor) {
    Map<Object, Object> options = new HashMap<>();
    options.put(CheckMode.KEY, mode);
    options.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
    // A model parsed from text always has the concrete syntax; where it does not, the parser reported it.
    options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
    options.put(EValidator.class, getDiagnostician());
    if (resource instanceof XtextResource xtext) {
      options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, xtext.getLanguageName());
    }
    Diagnostic diagnostic;
    try {
      diagnostic = getDiagnostician().validate(element, options);
    } catch (RuntimeException e) {
      getOperationCanceledManager().propagateIfCancelException(e);
      acceptor.accept(issues.internalError(resource, e));
      return;
    }
    if (diagnostic.getChildren().isEmpty()) {
      issueFromEValidatorDiagnostic(diagnostic, acceptor);
    } else {
      diagnostic.getChildren().forEach(child -> issueFromEValidatorDiagnostic(child, acceptor));
    }
  }

  private void validateInOnePass(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
    if (!checksAll(mode) || resource.getContents().size() != 1
        || !(resource.getContents().get(0) instanceof Model model)) {
      super.validate(resource, mode, monitor, acceptor);
      return;
    }
    // ResourceValidatorImpl resolved every cross-reference of the resource before calling this.
    Runnable awaitLowering = analyses.prefetch(model, resource);
    try {
      List<Issue> others = new ArrayList<>();
      super.validate(resource, CheckMode.NORMAL_AND_FAST, monitor, others::add);
      super.validate(resource, CheckMode.EXPENSIVE_ONLY, monitor, acceptor);
      others.forEach(acceptor::accept);
    } finally {
      // The lowering reads the model on another core; a cancelled validation must not return (and let
      // an editor change the model) before it is done.
      awaitLowering.run();
    }
  }

  private static boolean checksAll(CheckMode mode) {
    return mode.shouldCheck(CheckType.FAST) && mode.shouldCheck(CheckType.NORMAL) && mode.shouldCheck(CheckType.EXPENSIVE);
  }
}
