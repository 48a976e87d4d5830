package org.routesrv.dsl.workspace;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * How the user named a model file (the path as typed on the command line), attached to its
 * resource so that every service reporting on the file (diagnostics, expectation results) names it
 * the same way.
 */
public final class DisplayPath extends AdapterImpl {

  private final String path;

  private DisplayPath(String path) {
    this.path = path;
  }

  public static void attach(Resource resource, String path) {
    resource.eAdapters().removeIf(DisplayPath.class::isInstance);
    resource.eAdapters().add(new DisplayPath(path));
  }

  /** The attached path, else the file path, else the URI. */
  public static String of(Resource resource) {
    for (Object adapter : resource.eAdapters()) {
      if (adapter instanceof DisplayPath displayPath) {
        return displayPath.path;
      }
    }
    return resource.getURI().isFile() ? resource.getURI().toFileString() : String.valueOf(resource.getURI());
  }

  @Override
  public boolean isAdapterForType(Object type) {
    return type == DisplayPath.class;
  }
}
