package org.routesrv.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalysisCache;

import com.google.inject.Inject;

/**
 * Expectations are checked like unit tests while the model is validated: a failed {@code expect}
 * is an error on its own line, with what the simulation found instead, so it shows in editors and
 * fails headless builds. It simulates the whole network, so it is an EXPENSIVE check: the command
 * line and Maven run it always, the language server when a file is opened or saved (not on every
 * keystroke, where diagnostics must come within 100 ms).
 */
public class ExpectationRules extends RuleFamily {

  @Inject private NetworkAnalysisCache analyses;

  @Check(CheckType.EXPENSIVE)
  public void expectations(Model model) {
    if (model.getName() == null) {
      // A file without a network name (only `network`, or `network` and a keyword) belongs to no network: the
      // syntax error says what to write, and there is nothing to simulate (issue 22, failure 6).
      return;
    }
    NetworkAnalysis analysis;
    try {
      analysis = analyses.analysisOf(model).orElse(null);
      if (analysis != null) {
        analysis.baseline(); // a baseline simulated in the background fails here, as it fails above otherwise
      }
    } catch (IllegalArgumentException inconsistent) {
      // The lowering rejects what other rules report as errors (duplicate names, dangling names):
      // those errors explain the model; there is nothing to simulate until they are fixed.
      return;
    } catch (RuntimeException defect) {
      // A simulator defect must not hide the model's other diagnostics or crash an editor.
      report(IssueCodes.SIMULATION_FAILED, "RSNet could not simulate network " + model.getName()
          + ", so its expectations were not checked (internal error: " + defect.getMessage()
          + "); please report this model", model, null);
      return;
    }
    if (analysis == null) {
      return;
    }
    for (ExpectationResult result : analysis.expectationResults()) {
      EObject origin = analysis.lowered().expectationOrigins().get(result.source());
      if (!result.passed() && origin != null && origin.eResource() == model.eResource()) {
        report(IssueCodes.EXPECTATION_FAILED, result.actual(), origin, null);
      }
    }
  }
}
