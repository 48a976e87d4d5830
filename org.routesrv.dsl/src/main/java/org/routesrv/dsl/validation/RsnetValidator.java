package org.routesrv.dsl.validation;

import java.lang.reflect.Method;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The RSNet validator: one family of rules per concern, each rule citing the fact of
 * {@code shared/spec/azure-route-server.md} it enforces. Codes and default severities are in
 * {@link IssueCodes}; {@code docs/rules.md} documents every code.
 */
@ComposedChecks(validators = {
    ExpectationRules.class,
    AsnRules.class,
    SubnetRules.class,
    LimitRules.class,
    GatewayRules.class,
    PeeringRules.class,
    AddressingRules.class,
    RoutingPitfallRules.class,
    LanguageRules.class,
    NamingRules.class })
public class RsnetValidator extends AbstractRsnetValidator {

  @Override
  protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
    return new CheckTypeFirst(instance, method);
  }

  /**
   * Asks whether the check runs in this mode before anything else: Xtext binds the validation state
   * to the thread first, which for the ten checks of each of 32,000 advertisements skipped in a
   * pass of other check types cost more than most rules.
   */
  private static final class CheckTypeFirst extends MethodWrapper {
    private final CheckType type;

    CheckTypeFirst(AbstractDeclarativeValidator instance, Method method) {
      super(instance, method);
      this.type = method.getAnnotation(Check.class).value();
    }

    @Override
    public void invoke(State state) {
      if (state.checkMode.shouldCheck(type)) {
        super.invoke(state);
      }
    }
  }
}
