package org.routesrv.dsl.workspace;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * How the user named a model file (the path as typed on the command line, or its path in the
 * language server's workspace), attached to its resource so that every service reporting on the file
 * (diagnostics, expectation results) names it the same way. {@link NetworkFiles#displayPathOf} reads it.
 */
public final class DisplayPath extends AdapterImpl {

  private final String path;

  private DisplayPath(String path) {
    this.path = path;
  }

  public static void attach(Resource resource, String path) {
    synchronized (resource) {
      resource.eAdapters().removeIf(DisplayPath.class::isInstance);
      resource.eAdapters().add(new DisplayPath(path));
    }
  }

  /**
   * Attaches {@code path} unless a path is attached already. A language server's read requests run
   * in parallel, and two of them adding to an EMF adapter list at once left a null in it, which
   * the next reader of the list failed on (a NullPointerException answering references, issue 22).
   */
  public static void attachIfMissing(Resource resource, Supplier<String> path) {
    if (attachedTo(resource) != null) {
      return;
    }
    synchronized (resource) {
      if (attachedTo(resource) == null) {
        resource.eAdapters().add(new DisplayPath(path.get()));
      }
    }
  }

  public String path() {
    return path;
  }

  /**
   * The path attached to {@code resource}, or null. Read by index, not with an iterator: a language
   * server's parallel read requests add adapters to a resource (Xtext's caches do), and an iterator
   * would fail on such an append where reading by index does not.
   */
  public static DisplayPath attachedTo(Resource resource) {
    List<Adapter> adapters = resource.eAdapters();
    for (int i = 0; i < adapters.size(); i++) {
      if (adapters.get(i) instanceof DisplayPath displayPath) {
        return displayPath;
      }
    }
    return null;
  }

  @Override
  public boolean isAdapterForType(Object type) {
    return type == DisplayPath.class;
  }
}
