package org.routesrv.dsl.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.routesrv.dsl.ui.edits.WorkspaceEdits;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;

/** One code action of the server, as the workbench's quick fix: an edit, a server command, or both. */
final class ServerQuickFix implements IMarkerResolution2 {

  private final String title;
  private final WorkspaceEdit edit;
  private final Command command;

  private ServerQuickFix(String title, WorkspaceEdit edit, Command command) {
    this.title = title;
    this.edit = edit;
    this.command = command;
  }

  static ServerQuickFix of(CodeAction action) {
    if (action.getEdit() == null && action.getCommand() == null) {
      return null;
    }
    return new ServerQuickFix(action.getTitle(), action.getEdit(), action.getCommand());
  }

  static ServerQuickFix of(Command command) {
    return new ServerQuickFix(command.getTitle(), null, command);
  }

  @Override
  public String getLabel() {
    return title;
  }

  @Override
  public String getDescription() {
    return title;
  }

  @Override
  public Image getImage() {
    return null;
  }

  @Override
  public void run(IMarker marker) {
    try {
      if (edit != null) {
        WorkspaceEdits.apply(edit);
      }
      LanguageServerConnection running = RsnetServer.running();
      if (command != null && running != null) {
        running.server().getWorkspaceService()
            .executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments()));
      }
    } catch (CoreException e) {
      ErrorDialog.openError(null, "RSNet quick fix", "The quick fix could not be applied.", e.getStatus());
    }
  }
}
