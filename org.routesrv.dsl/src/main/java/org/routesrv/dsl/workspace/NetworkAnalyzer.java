package org.routesrv.dsl.workspace;

import java.util.List;
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

  public NetworkAnalysis analyze(LoadedModel model, String network) {
    return analyze(model.networks().get(network), model::displayPath);
  }
}
