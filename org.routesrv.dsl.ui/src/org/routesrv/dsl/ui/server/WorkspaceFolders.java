package org.routesrv.dsl.ui.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * The server's workspace folders are the open projects: a network split over several files is read
 * whole, and files of closed projects are not part of any network. The folders told to the server
 * are remembered, because a deleted project no longer knows where it was.
 */
public final class WorkspaceFolders {

  private static final Map<String, WorkspaceFolder> ANNOUNCED = new ConcurrentHashMap<>();

  private WorkspaceFolders() {
  }

  /** Every open project, for a server that starts. */
  static List<WorkspaceFolder> announceAll() {
    ANNOUNCED.clear();
    List<WorkspaceFolder> folders = new ArrayList<>();
    for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
      WorkspaceFolder folder = project.isOpen() ? announce(project) : null;
      if (folder != null) {
        folders.add(folder);
      }
    }
    return folders;
  }

  static List<WorkspaceFolder> announced() {
    return List.copyOf(ANNOUNCED.values());
  }

  /** The folder of a project that opened or appeared, or null when it has no place on disk. */
  public static WorkspaceFolder announce(IProject project) {
    String uri = DocumentUris.of(project);
    if (uri == null) {
      return null;
    }
    WorkspaceFolder folder = new WorkspaceFolder(uri, project.getName());
    ANNOUNCED.put(project.getName(), folder);
    return folder;
  }

  /** The folder the server was told for a project that closed or went, or null if it was not told. */
  public static WorkspaceFolder withdraw(IProject project) {
    return ANNOUNCED.remove(project.getName());
  }
}
