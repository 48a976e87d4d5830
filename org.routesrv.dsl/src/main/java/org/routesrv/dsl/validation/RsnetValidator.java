package org.routesrv.dsl.validation;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.apache.log4j.Logger;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The RSNet validator: one family of rules per concern, each rule citing the fact of
 * {@code docs/azure-facts.md} it enforces. Codes and default severities are in
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
    NamingRules.class,
    NetworkFolderNameRules.class })
public class RsnetValidator extends AbstractRsnetValidator {

  @Override
  protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
    return new CheckTypeFirst(instance, method);
  }

  /**
   * Asks whether the check runs in this mode before anything else: Xtext binds the validation state
   * to the thread first, which for the ten checks of each of 32,000 advertisements skipped in a
   * pass of other check types cost more than most rules. A check that runs binds the state as Xtext
   * does, but clears it by setting null instead of removing it: removing made each of the 200,000
   * calls of a validation allocate a new thread-local entry (a fifth of what the checks allocated).
   * Should a later Xtext no longer hold the state where it is looked for, Xtext's own call is used.
   */
  static final class CheckTypeFirst extends MethodWrapper {
    private static final Logger LOG = Logger.getLogger(CheckTypeFirst.class);
    private static final Field STATE = stateField();

    private final CheckType type;
    private final Method method;
    private final ThreadLocal<State> state;

    CheckTypeFirst(AbstractDeclarativeValidator instance, Method method) {
      super(instance, method);
      this.type = method.getAnnotation(Check.class).value();
      this.method = method;
      this.state = STATE != null && method.trySetAccessible() ? stateOf(instance) : null;
    }

    @Override
    public void invoke(State state) {
      if (!state.checkMode.shouldCheck(type)) {
        return;
      }
      if (this.state == null) {
        super.invoke(state);
        return;
      }
      State bound = this.state.get();
      if (bound != null && bound != state) {
        throw new IllegalStateException("State is already assigned.");
      }
      if (bound == null) {
        this.state.set(state);
      }
      try {
        state.currentMethod = method;
        state.currentCheckType = type;
        method.invoke(getInstance(), state.currentObject);
      } catch (IllegalArgumentException | IllegalAccessException e) {
        LOG.error(e.getMessage(), e);
      } catch (InvocationTargetException e) {
        handleInvocationTargetException(e.getTargetException(), state);
      } finally {
        if (bound == null) {
          this.state.set(null);
        }
      }
    }

    /** Whether the fast path is in use (it is unless Xtext changed where it keeps the state). */
    boolean bindsStateItself() {
      return state != null;
    }

    private static Field stateField() {
      try {
        Field field = AbstractDeclarativeValidator.class.getDeclaredField("state");
        return field.getType() == ThreadLocal.class && field.trySetAccessible() ? field : null;
      } catch (NoSuchFieldException | SecurityException e) {
        return null;
      }
    }

    @SuppressWarnings("unchecked")
    private static ThreadLocal<State> stateOf(AbstractDeclarativeValidator instance) {
      try {
        return (ThreadLocal<State>) STATE.get(instance);
      } catch (IllegalAccessException | ClassCastException e) {
        return null;
      }
    }
  }
}
