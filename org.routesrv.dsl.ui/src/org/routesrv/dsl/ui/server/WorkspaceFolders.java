package org.routesrv.dsl.ui.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * The server's workspace folders are the open projects: a network split over several files is read
 * whole, and files of closed projects are not part of any network.
 */
public final class WorkspaceFolders {

  private WorkspaceFolders() {
  }

  public static List<WorkspaceFolder> current() {
    List<WorkspaceFolder> folders = new ArrayList<>();
    for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
      WorkspaceFolder folder = of(project);
      if (project.isOpen() && folder != null) {
        folders.add(folder);
      }
    }
    return folders;
  }

  public static WorkspaceFolder of(IProject project) {
    String uri = DocumentUris.of(project);
    return uri == null ? null : new WorkspaceFolder(uri, project.getName());
  }
}
