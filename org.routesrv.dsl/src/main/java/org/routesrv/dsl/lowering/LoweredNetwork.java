package org.routesrv.dsl.lowering;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.SourceRef;

/**
 * The plain network model of one RSNet network, and where each expectation was written, so that
 * results of the EMF-free simulator can be reported back on the model's text.
 */
public record LoweredNetwork(Network network, Map<SourceRef, EObject> expectationOrigins) {
  public LoweredNetwork {
    expectationOrigins = Map.copyOf(expectationOrigins);
  }
}
