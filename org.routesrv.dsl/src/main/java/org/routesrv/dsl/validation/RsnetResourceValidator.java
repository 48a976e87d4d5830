package org.routesrv.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.routesrv.dsl.parser.BrokenParses;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkAnalysisCache;

import com.google.inject.Inject;

/**
 * Validating everything, the lowering and simulation that the expensive check needs run on a second core
 * while the other checks run on this one; the expensive check then finds it done. The issues come
 * in the order of one pass over the model: the expensive check ({@link ExpectationRules}, the first
 * family of {@link RsnetValidator}, on the model itself) reports before any other check.
 */
public class RsnetResourceValidator extends ResourceValidatorImpl {

  @Inject private NetworkAnalysisCache analyses;

  /** While the network has a syntax error, the other diagnostics would blame text that is fine ({@link BrokenParses}). */
  @Override
  public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
    List<Issue> issues = super.validate(resource, mode, monitor);
    return BrokenParses.inNetworkOf(resource) ? issues.stream().filter(Issue::isSyntaxError).toList() : issues;
  }

  @Override
  protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
    if (BrokenParses.inNetworkOf(resource)) {
      return;
    }
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
