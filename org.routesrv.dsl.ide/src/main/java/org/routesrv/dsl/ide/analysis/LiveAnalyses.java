package org.routesrv.dsl.ide.analysis;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Available;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Unavailable;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalysisCache;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The simulation of a network as the editor sees it, for hovers, code lenses and commands: the one
 * {@link NetworkAnalysisCache} analysis per version of the network's files that the failed-expectation
 * check uses too (editing any file of the network evicts it). Files of the network nobody opened are
 * loaded first, so the analysis covers the whole network; a network with syntax or reference errors
 * gets the reason instead of an analysis.
 */
@Singleton
public class LiveAnalyses {

  @Inject private NetworkFiles networkFiles;
  @Inject private NetworkAnalysisCache analyses;

  @Inject private OperationCanceledManager cancellations;

  /** Weakly: an analysis no request holds any more is garbage, whatever this count says. */
  private final Map<String, WeakReference<NetworkAnalysis>> lastServed = new HashMap<>();
  private final Map<String, Integer> distinctServed = new HashMap<>();

  /**
   * The analysis of the network {@code resource} belongs to; null when the file declares no network.
   * A request a newer change cancelled stops here rather than simulating a version already gone.
   */
  public synchronized LiveAnalysis of(Resource resource, CancelIndicator cancelIndicator) {
    List<Model> files = networkFiles.modelsOf(resource);
    if (files.isEmpty()) {
      return null;
    }
    for (Model file : files) {
      String error = firstError(file.eResource());
      if (error != null) {
        return new Unavailable(error);
      }
    }
    cancellations.checkCanceled(cancelIndicator);
    Optional<NetworkAnalysis> analysis;
    try {
      analysis = analyses.analysisOf(files.get(0));
    } catch (RuntimeException rejected) {
      // The validator reports what makes a model unsimulatable; here it is enough to say why not.
      return new Unavailable("the network cannot be simulated (" + rejected.getMessage() + ")");
    }
    if (analysis.isEmpty()) {
      return new Unavailable("the network has errors");
    }
    String network = files.get(0).getName();
    WeakReference<NetworkAnalysis> previous = lastServed.put(network, new WeakReference<>(analysis.get()));
    if (previous == null || previous.get() != analysis.get()) {
      distinctServed.merge(network, 1, Integer::sum);
    }
    return new Available(analysis.get());
  }

  /**
   * How many different analyses of a network were served, for tests that check one is shared per
   * version. Per network, as requests about other networks may still be running beside such a test.
   */
  public synchronized int distinctAnalysesServed(String network) {
    return distinctServed.getOrDefault(network, 0);
  }

  /** Syntax and reference errors stop lowering; they are in the resource's own error list once linked. */
  private String firstError(Resource resource) {
    EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
    if (resource.getErrors().isEmpty()) {
      return null;
    }
    Resource.Diagnostic error = resource.getErrors().get(0);
    String kind = error instanceof XtextSyntaxDiagnostic ? "a syntax error" : "an error";
    int count = resource.getErrors().size();
    return networkFiles.displayPathOf(resource) + " has " + (count == 1 ? kind : count + " errors") + " (line "
        + error.getLine() + ": " + error.getMessage() + ")";
  }
}
