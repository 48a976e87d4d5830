package org.routesrv.dsl.ui.documents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.routesrv.dsl.ui.RsnetUiPlugin;
import org.routesrv.dsl.ui.server.DocumentUris;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;
import org.routesrv.dsl.ui.server.WorkspaceFolders;

/**
 * Tells the server what changes on disk outside its editors: projects opened, closed, created or
 * deleted (its workspace folders), and model files written by other tools (a git checkout, a team
 * mate's file), so a network split over several files stays whole.
 */
public final class WorkspaceWatcher implements IResourceChangeListener {

  private static final String MODEL_EXTENSION = "rsnet";

  public static WorkspaceWatcher install() {
    WorkspaceWatcher watcher = new WorkspaceWatcher();
    ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
    return watcher;
  }

  public void uninstall() {
    ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
  }

  @Override
  public void resourceChanged(IResourceChangeEvent event) {
    LanguageServerConnection running = RsnetServer.running();
    if (running == null || event.getDelta() == null) {
      return;
    }
    List<WorkspaceFolder> added = new ArrayList<>();
    List<WorkspaceFolder> removed = new ArrayList<>();
    List<FileEvent> files = new ArrayList<>();
    try {
      event.getDelta().accept(delta -> collect(delta, added, removed, files));
    } catch (CoreException e) {
      RsnetUiPlugin.log().log(e.getStatus());
      return;
    }
    if (!added.isEmpty() || !removed.isEmpty()) {
      running.server().getWorkspaceService().didChangeWorkspaceFolders(
          new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed)));
    }
    if (!files.isEmpty()) {
      running.server().getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(files));
    }
  }

  private static boolean collect(IResourceDelta delta, List<WorkspaceFolder> added, List<WorkspaceFolder> removed,
      List<FileEvent> files) {
    IResource resource = delta.getResource();
    if (resource instanceof IProject project) {
      boolean openedOrClosed = (delta.getFlags() & IResourceDelta.OPEN) != 0;
      boolean appeared = delta.getKind() == IResourceDelta.ADDED || openedOrClosed;
      if (appeared && project.isOpen()) {
        WorkspaceFolder folder = WorkspaceFolders.announce(project);
        if (folder != null) {
          added.add(folder);
        }
      } else if (delta.getKind() == IResourceDelta.REMOVED || openedOrClosed) {
        WorkspaceFolder folder = WorkspaceFolders.withdraw(project);
        if (folder != null) {
          removed.add(folder);
        }
      }
      // A project that opened or closed brings or takes its files with its folder.
      return delta.getKind() == IResourceDelta.CHANGED && !openedOrClosed;
    }
    if (resource instanceof IFile file && MODEL_EXTENSION.equals(file.getFileExtension())) {
      String uri = DocumentUris.of(file);
      FileChangeType type = switch (delta.getKind()) {
        case IResourceDelta.ADDED -> FileChangeType.Created;
        case IResourceDelta.REMOVED -> FileChangeType.Deleted;
        default -> (delta.getFlags() & IResourceDelta.CONTENT) != 0 ? FileChangeType.Changed : null;
      };
      // An open document is the server's truth until it is closed.
      if (uri != null && type != null && !ConnectedDocuments.instance().isOpen(uri)) {
        files.add(new FileEvent(uri, type));
      }
    }
    return true;
  }
}
