package org.routesrv.dsl.validation.xtext;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.routesrv.dsl.rsnet.Advertisement;

import com.google.inject.Inject;

/**
 * Hands the elements of a model to the rules, with two shortcuts for networks at Route Server's limits,
 * whose 40,000 elements took longer to walk and dispatch than the rules took to run:
 * <ul>
 * <li>Advertisements, 32,000 of them, are neither walked nor handed over one by one. The rule families
 * check them with the element that contains them, a bgp block or a scenario's {@code advertise}
 * event, through one hook ({@code RuleFamily.checkAdvertisement}); no check takes an advertisement itself.
 * <li>A pass of only the expensive checks hands over the file's root alone: the only expensive check,
 * {@code ExpectationRules}, simulates the file as a whole from its root.
 * </ul>
 * <p>
 * <b>Replaces</b> EMF's {@code Diagnostician} walk as Xtext's {@link CancelableDiagnostician} runs it:
 * every element of the resource, each dispatched to every check. <b>Measured reason:</b> a validation
 * walk of the largest network visited 41,500 elements, 32,000 of them advertisements, and walking and
 * dispatching them cost more than the rules (docs/performance.md, "What made the full run fast").
 * <b>Guard tests:</b> {@code RsnetDiagnosticianTest} ({@code noCheckTakesAnAdvertisementItself},
 * {@code walksEveryElementButAdvertisementsInEmfsOrder}, {@code aPassOfTheExpensiveChecksHandsOverTheRootAlone})
 * and {@code RsnetResourceValidatorTest.theOnlyExpensiveCheckIsTheFirstFamilysCheckOfTheModel} fail
 * when a check is added that a shortcut would skip. <b>Delete</b> when the validator has a check that
 * takes an advertisement itself, or an expensive check below the root (then the shortcut would hide
 * its issues), or when advertisements are no longer model elements.
 */
public class RsnetDiagnostician extends CancelableDiagnostician {

  @Inject
  public RsnetDiagnostician(EValidator.Registry registry) {
    super(registry);
  }

  /** Where EMF's check for circular containment marks the element whose contents are not to be entered. */
  private static final String CIRCULAR_CONTAINMENT = "org.eclipse.emf.ecore.EObject_NoCircularContainment";

  @Override
  public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    boolean rootAlone = CheckMode.getCheckMode(context) == CheckMode.EXPENSIVE_ONLY && eObject.eContainer() == null;
    if (!rootAlone && (isValidateContentsRecursively() || Boolean.TRUE.equals(context.get(VALIDATE_RECURSIVELY)))) {
      return super.validate(eObject, diagnostics, context);
    }
    // EMF's walk over the element and its contents, without entering advertisements; FALSE tells EMF's
    // per-element validation not to walk the contents itself.
    Object previous = context.put(VALIDATE_RECURSIVELY, Boolean.FALSE);
    try {
      return rootAlone ? validate(eObject.eClass(), eObject, diagnostics, context)
          : validateWithContents(eObject, diagnostics, context);
    } finally {
      context.put(VALIDATE_RECURSIVELY, previous);
    }
  }

  /**
   * Depth first, as EMF walks. Without a chain to collect diagnostics, the first invalid element ends
   * the walk, as in EMF.
   */
  private boolean validateWithContents(EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
    boolean valid = validate(element.eClass(), element, diagnostics, context);
    if (!valid && diagnostics == null || context.get(CIRCULAR_CONTAINMENT) == element) {
      return valid;
    }
    boolean[] allValid = {valid};
    ChildrenButAdvertisements.each(element, child -> {
      allValid[0] &= validateWithContents(child, diagnostics, context);
      return allValid[0] || diagnostics != null;
    });
    return allValid[0];
  }

  @Override
  public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return eObject instanceof Advertisement || super.validate(eClass, eObject, diagnostics, context);
  }
}
