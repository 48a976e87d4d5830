package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.validation.xtext.CheckTypeFirst;
import org.routesrv.dsl.validation.xtext.RsnetResourceValidator;

import com.google.inject.Inject;

/** Validating with the simulation on a second core gives exactly the issues of one sequential pass. */
class RsnetResourceValidatorTest extends RuleTestBase {

  /** Failed expectations (baseline and scenario) among warnings and errors of other rules. */
  private static final String MIXED = HUB + nva("fw1", 4, 65001, "advertise 0.0.0.0/0")
      + nva("fw2", 5, 65002, "advertise 0.0.0.0/0 prepend 2\nadvertise 10.0.0.0/8 as-path 65002 0") + """
      vm vm1 in spoke.workload 10.1.0.4
      vm vm2 in spoke.workload 10.1.0.4
      expect route spoke.workload 0.0.0.0/0 via fw2
      expect session fw1 established
      scenario fw1-down {
          fail fw1 crash
          expect outage vm1 -> 8.8.8.8 at-most 30s
      }
      """;

  @Inject IResourceValidator bound;
  @Inject ResourceValidatorImpl sequential;

  /** Two NVAs of one name: the rules report it, and the lowering (now in the background) rejects the model. */
  private static final String REJECTED_BY_THE_LOWERING = HUB + nva("fw1", 4, 65001, "advertise 0.0.0.0/0")
      + nva("fw1", 5, 65002, "advertise 0.0.0.0/0") + "expect route spoke.workload 0.0.0.0/0 via fw1\n";

  static Stream<String> models() {
    return Stream.concat(Stream.of(MIXED, REJECTED_BY_THE_LOWERING), ExampleFiles.all().stream().map(ExampleFiles::text));
  }

  @Test
  void aModelTheLoweringRejectsGetsItsRuleErrorsAndNoSimulationError() {
    List<String> issues = describe(bound.validate(parse(REJECTED_BY_THE_LOWERING).eResource(), CheckMode.ALL,
        CancelIndicator.NullImpl));
    assertTrue(issues.stream().anyMatch(issue -> issue.contains(IssueCodes.DUPLICATE_NAME)), issues::toString);
    assertTrue(issues.stream().noneMatch(issue -> issue.contains(IssueCodes.SIMULATION_FAILED)), issues::toString);
  }

  @Test
  void theLanguageUsesIt() {
    assertInstanceOf(RsnetResourceValidator.class, bound);
  }

  @ParameterizedTest
  @MethodSource("models")
  void theIssuesAndTheirOrderAreThoseOfOnePass(String text) {
    List<String> concurrent = describe(bound.validate(parse(text).eResource(), CheckMode.ALL, CancelIndicator.NullImpl));
    List<String> onePass = describe(sequential.validate(parse(text).eResource(), CheckMode.ALL, CancelIndicator.NullImpl));
    assertEquals(onePass, concurrent);
  }

  @Test
  void theMixedModelHasIssuesOfEveryKind() {
    List<String> issues = describe(bound.validate(parse(MIXED).eResource(), CheckMode.ALL, CancelIndicator.NullImpl));
    assertTrue(issues.stream().filter(issue -> issue.contains(IssueCodes.EXPECTATION_FAILED)).count() >= 2, issues::toString);
    assertTrue(issues.stream().anyMatch(issue -> !issue.contains(IssueCodes.EXPECTATION_FAILED)), issues::toString);
  }

  private static List<String> describe(List<Issue> issues) {
    return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getCode()
        + " " + i.getMessage()).toList();
  }

  /** Each rule's call binds Xtext's validation state itself (see CheckTypeFirst), not through Xtext's slower call. */
  @Test
  void everyCheckBindsTheValidationStateItself() throws ReflectiveOperationException {
    for (Class<?> family : RsnetValidator.class.getAnnotation(ComposedChecks.class).validators()) {
      RuleFamily instance = (RuleFamily) family.getDeclaredConstructor().newInstance();
      for (Method method : family.getMethods()) {
        if (method.getAnnotation(Check.class) != null) {
          assertTrue(CheckTypeFirst.bindsStateItself(instance, method), method::toString);
        }
      }
    }
  }

  /** What the order of issues relies on: the only expensive check is the first check of the model. */
  @Test
  void theOnlyExpensiveCheckIsTheFirstFamilysCheckOfTheModel() {
    Class<?>[] families = RsnetValidator.class.getAnnotation(ComposedChecks.class).validators();
    assertEquals(ExpectationRules.class, families[0]);
    List<String> expensive = new ArrayList<>();
    for (Class<?> family : families) {
      for (Method method : family.getMethods()) {
        Check check = method.getAnnotation(Check.class);
        if (check != null && check.value() == CheckType.EXPENSIVE) {
          expensive.add(family.getSimpleName() + "." + method.getName() + "(" + method.getParameterTypes()[0].getSimpleName() + ")");
        }
      }
    }
    assertEquals(List.of("ExpectationRules.expectations(" + Model.class.getSimpleName() + ")"), expensive);
  }
}
