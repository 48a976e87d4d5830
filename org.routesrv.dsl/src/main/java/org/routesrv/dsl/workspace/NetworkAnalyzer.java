package org.routesrv.dsl.workspace;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.routesrv.dsl.lowering.NetworkLowering;
import org.routesrv.dsl.rsnet.Model;

import com.google.inject.Inject;

/** From the files of one error-free network to its simulation. */
public class NetworkAnalyzer {

  @Inject private NetworkLowering lowering;

  public NetworkAnalysis analyze(List<Model> files, Function<Resource, String> displayPath) {
    return new NetworkAnalysis(lowering.lower(files, displayPath));
  }

  /**
   * Lowers and simulates on another core. The caller may go on reading the files (EMF reads are made
   * free of writes first) but must not change them before {@link NetworkAnalysis#awaitLowering}.
   */
  public NetworkAnalysis analyzeInBackground(List<Model> files, Function<Resource, String> displayPath) {
    files.forEach(file -> LazyLists.materialize(file.eResource()));
    return NetworkAnalysis.inBackground(() -> lowering.lower(files, displayPath), ForkJoinPool.commonPool());
  }

  @Inject private NetworkAnalysisCache cache;

  /** The analysis of a loaded network: the one validation already computed, when it did. */
  public NetworkAnalysis analyze(LoadedModel model, String network) {
    List<Model> files = model.networks().get(network);
    return cache.analysisOf(files.get(0)).orElseGet(() -> analyze(files, model::displayPath));
  }
}
