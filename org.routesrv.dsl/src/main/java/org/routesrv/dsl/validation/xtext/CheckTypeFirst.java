package org.routesrv.dsl.validation.xtext;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.apache.log4j.Logger;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/**
 * Asks whether the check runs in this mode before anything else: Xtext binds the validation state
 * to the thread first, which for the ten checks of each of 32,000 advertisements skipped in a
 * pass of other check types cost more than most rules. A check that runs binds the state as Xtext
 * does, but clears it by setting null instead of removing it: removing made each of the 200,000
 * calls of a validation allocate a new thread-local entry (a fifth of what the checks allocated).
 * Should a later Xtext no longer hold the state where it is looked for, Xtext's own call is used.
 * <p>
 * <b>Replaces</b> Xtext's {@code AbstractDeclarativeValidator.MethodWrapper.invoke}, and reads Xtext's
 * private {@code AbstractDeclarativeValidator.state} by reflection. <b>Measured reason:</b> the figures
 * above (commit 444870d, "skipped check types cost nothing"), taken while advertisements were still
 * dispatched one by one; measured again after issue 14 (docs/performance.md, "Once issue 14 was
 * complete"): {@code rsnet bench}'s ratio full / parse was 1.15-1.23 with it and 1.24-1.34 without,
 * in three alternating rounds. <b>Guard tests:</b>
 * {@code RsnetResourceValidatorTest.everyCheckBindsTheValidationStateItself} fails when Xtext no longer
 * keeps the state where it is looked for (the fast path silently off), and
 * {@code RsnetResourceValidatorTest.theIssuesAndTheirOrderAreThoseOfOnePass} and the rule tests fail
 * when the checks answer differently from Xtext's call. <b>Delete</b> when Xtext's own
 * {@code MethodWrapper.invoke} asks the check type before binding the state, or when {@code rsnet bench}
 * shows no difference without it.
 * <p>
 * It extends {@link AbstractDeclarativeValidator} only to reach Xtext's protected {@code MethodWrapper}
 * and {@code State} from outside the validator; it is never created.
 */
public final class CheckTypeFirst extends AbstractDeclarativeValidator {
  private static final Logger LOG = Logger.getLogger(CheckTypeFirst.class);
  private static final Field STATE = stateField();

  private CheckTypeFirst() {
  }

  /** The call of {@code method} on {@code instance}, for a validator's {@code createMethodWrapper}. */
  public static MethodWrapper wrapper(AbstractDeclarativeValidator instance, Method method) {
    return new Wrapper(instance, method);
  }

  /** Whether the fast path is in use for this check (it is unless Xtext changed where it keeps the state). */
  public static boolean bindsStateItself(AbstractDeclarativeValidator instance, Method method) {
    return new Wrapper(instance, method).state != null;
  }

  private static final class Wrapper extends MethodWrapper {
    private final CheckType type;
    private final Method method;
    private final ThreadLocal<State> state;

    Wrapper(AbstractDeclarativeValidator instance, Method method) {
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
