package org.routesrv.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.routesrv.dsl.simulation.SimulationReport;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The stages of the pipeline on in-memory text, separately timeable: what `rsnet bench` measures. */
public class PipelineTimer {

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private IResourceFactory resourceFactory;
  @Inject private IResourceValidator validator;
  @Inject private NetworkAnalysisCache analyses;

  /** Parses only: the lexer, the parser and the model, no linking or validation. */
  public Resource parse(String text) {
    XtextResourceSet resourceSet = resourceSets.get();
    Resource resource = resourceFactory.createResource(URI.createURI("memory:/model" + ModelFiles.EXTENSION));
    resourceSet.getResources().add(resource);
    try {
      resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resource;
  }

  /** What `rsnet simulate` does: parse, link and validate, lower, simulate the baseline and check it. */
  public SimulationReport parseValidateSimulate(String text) {
    Resource resource = parse(text);
    List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    if (issues.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
      throw new IllegalStateException("the benchmark model has errors: " + issues.get(0));
    }
    // As `rsnet simulate` does: the analysis the expectation check computed, not a second one.
    return analyses.analysisOf(NetworkFiles.rootOf(resource)).orElseThrow().baselineReport();
  }
}
