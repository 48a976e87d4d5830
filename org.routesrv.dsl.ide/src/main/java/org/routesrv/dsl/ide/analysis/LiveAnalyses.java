package org.routesrv.dsl.ide.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Available;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Unavailable;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * One simulation per network and version of its files, shared by hovers, code lenses and commands.
 *
 * <p>The editor re-parses a file into a new resource on every change, so the list of the network's
 * root objects identifies the version of the whole network: the same objects mean the same text, and
 * any edit to any of its files yields a new list. Only the newest version of each network is kept.
 */
@Singleton
public class LiveAnalyses {

  @Inject private NetworkFiles networkFiles;
  @Inject private NetworkAnalyzer analyzer;

  private final Map<String, Cached> newestByNetwork = new HashMap<>();
  private int simulations;

  private record Cached(List<Model> files, LiveAnalysis analysis) {
  }

  /** The analysis of the network {@code resource} belongs to; null when the file declares no network. */
  public synchronized LiveAnalysis of(Resource resource) {
    List<Model> files = networkFiles.of(resource);
    if (files.isEmpty()) {
      return null;
    }
    String network = files.get(0).getName();
    Cached cached = newestByNetwork.get(network);
    if (cached == null || !sameObjects(cached.files(), files)) {
      cached = new Cached(files, analyze(files));
      newestByNetwork.put(network, cached);
    }
    return cached.analysis();
  }

  /** How many times a network was simulated, for tests that check the cache is used. */
  public synchronized int simulations() {
    return simulations;
  }

  private LiveAnalysis analyze(List<Model> files) {
    for (Model file : files) {
      String error = firstError(file.eResource());
      if (error != null) {
        return new Unavailable(error);
      }
    }
    simulations++;
    try {
      return new Available(analyzer.analyze(files, NetworkFiles::displayPath));
    } catch (RuntimeException e) {
      // The validator reports what makes a model unsimulatable; here it is enough to say why not.
      return new Unavailable("the simulation failed: " + e.getMessage());
    }
  }

  /** Syntax and reference errors stop lowering; they are in the resource's own error list. */
  private static String firstError(Resource resource) {
    if (resource.getErrors().isEmpty()) {
      return null;
    }
    Resource.Diagnostic error = resource.getErrors().get(0);
    String kind = error instanceof XtextSyntaxDiagnostic ? "a syntax error" : "an error";
    int count = resource.getErrors().size();
    return NetworkFiles.displayPath(resource) + " has " + (count == 1 ? kind : count + " errors") + " (line "
        + error.getLine() + ": " + error.getMessage() + ")";
  }

  private static boolean sameObjects(List<Model> a, List<Model> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

}
