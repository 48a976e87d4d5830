package org.routesrv.dsl.ide.analysis;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.DisplayPath;
import org.routesrv.dsl.workspace.IndexedNetworkFiles;

import com.google.inject.Singleton;

/**
 * The files of one network as the editor sees them: every workspace file that declares the same
 * {@code network}, found through the index (so files nobody opened count too, and are loaded), each
 * named by its path in the workspace, as reports and expectation results show it. The language
 * server's binding of {@link org.routesrv.dsl.workspace.NetworkFiles}.
 */
@Singleton
public class WorkspaceNetworkFiles extends IndexedNetworkFiles {

  @Override
  public List<Model> modelsOf(Resource resource) {
    List<Model> models = super.modelsOf(resource);
    for (Model model : models) {
      attachDisplayPath(model.eResource());
    }
    return models;
  }

  @Override
  public String displayPathOf(Resource resource) {
    return attachDisplayPath(resource);
  }

  /**
   * Attached once, so that every service of every request names the file alike. Through
   * {@link DisplayPath#attachIfMissing}: the server's read requests run in parallel.
   */
  private String attachDisplayPath(Resource resource) {
    DisplayPath.attachIfMissing(resource, () -> nameOf(resource));
    return DisplayPath.attachedTo(resource).path();
  }

  /** A file's path relative to its workspace folder; outside it, its absolute path; without one, its file name. */
  @Override
  protected String nameOf(Resource resource) {
    URI uri = resource.getURI();
    ProjectConfigAdapter adapter = resource.getResourceSet() == null ? null
        : ProjectConfigAdapter.findInEmfObject(resource.getResourceSet());
    IProjectConfig project = adapter == null ? null : adapter.getProjectConfig();
    if (project != null && project.getPath() != null) {
      URI relative = uri.deresolve(project.getPath().appendSegment(""));
      if (relative.isRelative() && !relative.toString().startsWith("..")) {
        return URI.decode(relative.toString());
      }
    }
    return URI.decode(uri.lastSegment());
  }
}
