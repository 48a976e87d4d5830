package org.routesrv.dsl.workspace;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.routesrv.dsl.rsnet.Model;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The simulation of the network a model file belongs to, shared by the validator (failed
 * expectations), hovers and code lenses. It is stored in the cache of every file of the network:
 * editing any of them evicts it there, and an analysis missing from one file is recomputed.
 */
@Singleton
public class NetworkAnalysisCache {

  private static final String KEY = NetworkAnalysisCache.class.getName();

  /** An analysis and the files it was computed from. */
  private record Entry(List<Resource> resources, NetworkAnalysis analysis) {
  }

  @Inject private IResourceScopeCache cache;
  @Inject private NetworkAnalyzer analyzer;
  @Inject private NetworkFiles networkFiles;

  /**
   * The analysis of the network of {@code model}; empty while any of its files has syntax or
   * linking errors, because a broken model cannot be simulated meaningfully.
   */
  public Optional<NetworkAnalysis> analysisOf(Model model) {
    return analysisOf(model, analyzer::analyze, null);
  }

  /**
   * Starts the analysis {@link #analysisOf} will return, lowering and simulating on another core
   * while the caller goes on (with the other checks of the model). A model the lowering rejects is
   * left for {@link #analysisOf}, which throws that to the expectation check that reports it.
   * The caller has just resolved every cross-reference of {@code resolved} (the validator does so
   * first), so that file's errors are final and it is not walked again.
   *
   * @return a way to wait until the lowering no longer reads the files, which the caller must do
   *         before it lets anyone change them
   */
  public Runnable prefetch(Model model, Resource resolved) {
    try {
      Optional<NetworkAnalysis> started = analysisOf(model, analyzer::analyzeInBackground, resolved);
      return started.isPresent() ? started.get()::awaitLowering : () -> { };
    } catch (RuntimeException rejected) {
      return () -> { }; // left for analysisOf
    }
  }

  /**
   * Synchronized because the language server runs read requests in parallel: a hover and the
   * expectation check of a file just opened would otherwise both simulate the same version.
   */
  private synchronized Optional<NetworkAnalysis> analysisOf(Model model,
      BiFunction<List<Model>, Function<Resource, String>, NetworkAnalysis> analyze, Resource resolved) {
    List<Model> files = networkFiles.modelsOf(model.eResource());
    List<Resource> resources = files.stream().map(Model::eResource).toList();
    OnChangeEvictingCache evicting = (OnChangeEvictingCache) cache;
    // An entry is only made for error-free files, and any change to them evicts it.
    if (evicting.getOrCreate(resources.get(0)).get(KEY) instanceof Entry entry && entry.resources().equals(resources)
        && resources.stream().allMatch(resource -> evicting.getOrCreate(resource).get(KEY) == entry)
        // A lowering in the background that rejected the model is repeated below, which throws its reason here.
        && entry.analysis().awaitLowering()) {
      return Optional.of(entry.analysis());
    }
    if (resources.stream().anyMatch(resource -> hasErrors(resource, resource != resolved))) {
      return Optional.empty();
    }
    Entry entry = new Entry(resources, analyze.apply(files, networkFiles::displayPathOf));
    resources.forEach(resource -> evicting.getOrCreate(resource).set(KEY, entry));
    return Optional.of(entry.analysis());
  }

  private static boolean hasErrors(Resource resource, boolean resolve) {
    if (resolve) {
      EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
    }
    return !resource.getErrors().isEmpty();
  }
}
