package org.routesrv.dsl.workspace;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.routesrv.dsl.rsnet.Model;

/**
 * Every file loaded, linked and validated together, with the diagnostics of each. Files with the
 * same {@code network} name are one model; {@link #networks()} groups them by name, each network's
 * files as {@link NetworkFiles} lists them.
 */
public record LoadedModel(ResourceSet resourceSet, Map<String, List<Model>> networks, List<Diagnostic> diagnostics,
    NetworkFiles networkFiles) {

  /** How the user named the file of {@code resource}, as diagnostics and expectation results show it. */
  public String displayPath(Resource resource) {
    return networkFiles.displayPathOf(resource);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
