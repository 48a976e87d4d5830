package org.routesrv.dsl.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.routesrv.dsl.rsnet.Advertisement;

import com.google.inject.Inject;

/**
 * Hands every element of a model to the rules, except advertisements: a network at Route Server's
 * limits has 32,000 of them, and dispatching each one to its rules one by one cost more than the
 * rules themselves. The rule families check them with the element that contains them, a bgp block
 * or a scenario's {@code advertise} event, in one loop ({@link RuleFamily#advertisementsOf}).
 */
public class RsnetDiagnostician extends CancelableDiagnostician {

  @Inject
  public RsnetDiagnostician(EValidator.Registry registry) {
    super(registry);
  }

  @Override
  public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return eObject instanceof Advertisement || super.validate(eClass, eObject, diagnostics, context);
  }
}
