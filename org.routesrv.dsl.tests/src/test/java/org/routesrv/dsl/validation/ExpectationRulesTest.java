package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.routesrv.dsl.RsnetRuntimeModule;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;

/** Failed expectations are validation errors on their own line (issue: simulator, item 7). */
class ExpectationRulesTest extends RuleTestBase {

  private static final String ACTIVE_STANDBY = HUB + nva("fw1", 4, 65001, "advertise 0.0.0.0/0")
      + nva("fw2", 5, 65002, "advertise 0.0.0.0/0 prepend 2") + "vm vm1 in spoke.workload 10.1.0.4\n";

  @Test
  void aFailingRouteExpectationIsAnErrorOnItsLineSayingWhatHappensInstead() {
    List<Issue> issues = issues(parse(ACTIVE_STANDBY + "expect route spoke.workload 0.0.0.0/0 via fw2\n"));
    Issue failure = issues.stream().filter(i -> IssueCodes.EXPECTATION_FAILED.equals(i.getCode())).findFirst().orElseThrow();
    assertTrue(failure.getMessage().contains("fw1"), failure.getMessage());
    assertEquals(ACTIVE_STANDBY.lines().count() + 1, failure.getLineNumber().longValue());
    assertError(IssueCodes.EXPECTATION_FAILED, ACTIVE_STANDBY + "[[expect route spoke.workload 0.0.0.0/0 via fw2]]\n");
  }

  /**
   * Issue 22, failure 6: a file holding only {@code network} (or {@code network} and a character that is no name) has
   * a syntax error and no network name; it is not simulated, so no "could not simulate network null" warning.
   * ({@code network vpn} was one of these until every keyword became a name.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"network\n", "network ^\n", "network", "network\nvnet hub { address-space 10.0.0.0/16 }\n"})
  void aFileWithoutANetworkNameIsNotSimulated(String text) {
    Model model = parseWithSyntaxErrors(text);
    assertTrue(model == null || !model.eResource().getErrors().isEmpty(), "a syntax error explains the file");
    List<Issue> issues = model == null ? List.of() : issues(model);
    assertTrue(issues.stream().noneMatch(i -> IssueCodes.SIMULATION_FAILED.equals(i.getCode())),
        () -> describe(issues, text));
  }

  @Test
  void passingExpectationsAreSilent() {
    assertNoIssue(IssueCodes.EXPECTATION_FAILED, ACTIVE_STANDBY + """
        expect route spoke.workload 0.0.0.0/0 via fw1
        expect session fw2 established
        expect learned ars 0.0.0.0/0 from fw2 as-path 65002 65002 65002
        """);
  }

  @Test
  void aScenarioExpectationFailsOnItsLineInsideTheScenario() {
    assertError(IssueCodes.EXPECTATION_FAILED, ACTIVE_STANDBY + """
        scenario fw1-down {
            fail fw1 crash
            [[expect outage vm1 -> 8.8.8.8 at-most 30s]]
        }
        """);
  }

  @Test
  void anExpectationInAnotherFileIsReportedThereNotHere() {
    String expectations = "network test\nexpect route spoke.workload 0.0.0.0/0 via fw2\n";
    assertNoIssue(IssueCodes.EXPECTATION_FAILED, ACTIVE_STANDBY, expectations);
    assertError(IssueCodes.EXPECTATION_FAILED, "network test\n[[expect route spoke.workload 0.0.0.0/0 via fw2]]\n",
        ACTIVE_STANDBY);
  }

  @Test
  void nothingIsSimulatedWhileAFileOfTheNetworkHasSyntaxErrors() throws Exception {
    Injector injector = new RsnetStandaloneSetup().createInjectorAndDoEMFRegistration();
    String failing = ACTIVE_STANDBY + "expect route spoke.workload 0.0.0.0/0 via fw2\n";
    assertEquals(1, withCode(IssueCodes.EXPECTATION_FAILED, validate(injector, failing)).size(), "control: it fails alone");
    assertEquals(List.of(), withCode(IssueCodes.EXPECTATION_FAILED, validate(injector, failing, "network test\nvnet broken {\n")));
  }

  /** Validates {@code main} in a resource set that also holds {@code others}. */
  private static List<Issue> validate(Injector injector, String main, String... others) throws Exception {
    ParseHelper<Model> parser = injector.getInstance(com.google.inject.Key.get(new TypeLiteral<ParseHelper<Model>>() { }));
    ResourceSet resources = injector.getInstance(ResourceSet.class);
    for (int i = 0; i < others.length; i++) {
      parser.parse(others[i], URI.createURI("other" + i + ".rsnet"), resources);
    }
    Model model = parser.parse(main, URI.createURI("main.rsnet"), resources);
    return injector.getInstance(ValidationTestHelper.class).validate(model);
  }

  private static List<Issue> withCode(String code, List<Issue> issues) {
    return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
  }

  /** A defect in the simulator becomes a warning on the network line, never a crash of validation. */
  @Test
  void aSimulatorFailureIsAWarningNotACrash() {
    Model model = parse(ACTIVE_STANDBY + "expect route spoke.workload 0.0.0.0/0 via fw1\n");
    Injector injector = Guice.createInjector(Modules.override(new RsnetRuntimeModule())
        .with(binder -> binder.bind(NetworkAnalyzer.class).to(ExplodingAnalyzer.class)));
    BasicDiagnostic diagnostics = new BasicDiagnostic();
    injector.getInstance(ExpectationRules.class).validate(model.eClass(), model, diagnostics, new HashMap<>());
    List<Diagnostic> warnings = diagnostics.getChildren().stream()
        .filter(d -> hasCode(IssueCodes.SIMULATION_FAILED, d)).toList();
    assertEquals(1, warnings.size(), diagnostics.getChildren().toString());
    assertEquals(Diagnostic.WARNING, warnings.get(0).getSeverity());
    assertTrue(warnings.get(0).getMessage().contains("could not simulate network test"), warnings.get(0).getMessage());
  }

  private static boolean hasCode(String code, Diagnostic diagnostic) {
    return diagnostic instanceof FeatureBasedDiagnostic issue && code.equals(issue.getIssueCode());
  }

  static class ExplodingAnalyzer extends NetworkAnalyzer {
    @Override
    public org.routesrv.dsl.workspace.NetworkAnalysis analyze(List<Model> files,
        java.util.function.Function<org.eclipse.emf.ecore.resource.Resource, String> displayPath) {
      throw new IllegalStateException("simulated defect");
    }
  }

}
