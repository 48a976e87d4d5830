package org.routesrv.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.ide.RsnetIdeSetup;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.SmallModels;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.validation.xtext.RsnetDiagnosticConverter;
import org.routesrv.dsl.validation.xtext.RsnetDiagnostician;
import org.routesrv.dsl.validation.xtext.RsnetResourceValidator;
import org.routesrv.dsl.workspace.InvisibleCharacters;

import com.google.inject.Injector;

/**
 * Issue 22, failure 1: a validation that cannot finish must not read as a pass. The issues of a file
 * reached the command line, Maven and the language server only if every one of them could be
 * placed; one that could not dropped them all, and the file passed.
 */
class ValidationNeverSilentTest {

  /** A statement cut short at the end of the file, whose last line ends with a lone CR. */
  private static final String LAST_LINE_ENDS_WITH_LONE_CR = """
      network cr
      vnet hub { address-space 10.0.0.0/16 }
      vm v in hub.nope""" + "\r";

  @TempDir Path folder;

  @Test
  void aLastLineEndedByALoneCrKeepsTheFilesDiagnosticsInCheck() throws Exception {
    Path model = Files.writeString(folder.resolve("cr.rsnet"), LAST_LINE_ENDS_WITH_LONE_CR);
    CliRun run = CliRun.of("check", model.toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode(), run.out() + run.err());
    // The syntax error reaches the end of the file, where the lone CR is; the unknown subnet waits for it.
    assertEquals(List.of(model + ":3:17: error: the file ends before this statement is complete [syntax]"),
        run.out().lines().toList());
    assertEquals("", run.err());
  }

  @Test
  void aLastLineEndedByALoneCrKeepsTheFilesDiagnosticsInCompile() throws Exception {
    Path model = Files.writeString(folder.resolve("cr.rsnet"), LAST_LINE_ENDS_WITH_LONE_CR);
    CliRun run = CliRun.of("compile", model.toString(), "--output", folder.resolve("out").toString());
    assertEquals(ExitCode.MODEL_FAILED, run.exitCode(), run.out() + run.err());
    assertFalse(Files.exists(folder.resolve("out")));
  }

  /** The language server's validator, from the injector the server runs with. */
  @Test
  void aLastLineEndedByALoneCrKeepsTheFilesDiagnosticsInTheLanguageServer() throws Exception {
    List<Issue> issues = validateInTheLanguageServer(LAST_LINE_ENDS_WITH_LONE_CR);
    assertEquals(1, issues.size(), issues.toString()); // the syntax error; the unknown subnet waits for it
    Issue endOfFile = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, endOfFile.getSeverity());
    assertEquals(3, endOfFile.getLineNumber());
    assertEquals(17, endOfFile.getColumn());
    assertEquals(3, endOfFile.getLineNumberEnd());
  }

  @Test
  void theLanguageServerShowsRejectedCharactersEscaped() throws Exception {
    List<Issue> issues = validateInTheLanguageServer(
        "network n\nvnet s\u202E { \u001B[31m \u0085 }\n");
    assertFalse(issues.isEmpty());
    for (Issue issue : issues) {
      assertEquals(issue.getMessage(), InvisibleCharacters.escape(issue.getMessage()), "raw character in " + issue);
    }
    assertTrue(issues.stream().anyMatch(issue -> issue.getMessage().contains("\\u202E")), issues.toString());
  }

  /** A check that throws was logged and skipped: the file passed. It is an error of the file instead. */
  @Test
  void aValidationThatThrowsIsAnErrorOfTheFile() throws Exception {
    Injector injector = new RsnetInjectorProvider().getInjector();
    RsnetResourceValidator validator = injector.getInstance(RsnetResourceValidator.class);
    validator.setDiagnostician(new RsnetDiagnostician(injector.getInstance(EValidator.Registry.class)) {
      @Override
      public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        throw new IllegalStateException("a defect in a rule");
      }
    });
    Resource resource = load(injector, SmallModels.hubWithFrrNva("fine"));
    List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    assertEquals(1, issues.size(), issues.toString());
    assertEquals(Severity.ERROR, issues.get(0).getSeverity());
    assertEquals(RsnetDiagnosticConverter.INTERNAL_ERROR, issues.get(0).getCode());
    assertEquals("RSNet could not finish checking this file (internal error: IllegalStateException: a defect in a"
        + " rule); the model may have more problems than shown. Please report it with this file",
        issues.get(0).getMessage());
  }

  private static List<Issue> validate(Injector injector, String text) throws Exception {
    return injector.getInstance(IResourceValidator.class).validate(load(injector, text), CheckMode.ALL,
        CancelIndicator.NullImpl);
  }

  /**
   * The language server's injector registers the language in EMF's global registries; they are put
   * back afterwards, so that the tests after these run with the registries they expect.
   */
  private static List<Issue> validateInTheLanguageServer(String text) throws Exception {
    GlobalStateMemento before = GlobalRegistries.makeCopyOfGlobalState();
    try {
      return validate(new RsnetIdeSetup().createInjectorAndDoEMFRegistration(), text);
    } finally {
      before.restoreGlobalState();
    }
  }

  private static Resource load(Injector injector, String text) throws Exception {
    XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
    Resource resource = injector.getInstance(IResourceFactory.class).createResource(URI.createURI("memory:/model.rsnet"));
    resourceSet.getResources().add(resource);
    resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
    return resource;
  }
}
