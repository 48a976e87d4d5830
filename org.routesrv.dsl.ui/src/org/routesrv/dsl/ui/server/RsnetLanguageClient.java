package org.routesrv.dsl.ui.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.RsnetUiPlugin;
import org.routesrv.dsl.ui.edits.WorkspaceEdits;
import org.routesrv.dsl.ui.markers.DiagnosticMarkers;

/** What the server asks of the workbench. */
final class RsnetLanguageClient implements LanguageClient {

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    DiagnosticMarkers.publish(diagnostics);
  }

  @Override
  public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
    CompletableFuture<ApplyWorkspaceEditResponse> applied = new CompletableFuture<>();
    UiThread.async(() -> {
      try {
        WorkspaceEdits.apply(params.getEdit());
        applied.complete(new ApplyWorkspaceEditResponse(true));
      } catch (RuntimeException | org.eclipse.core.runtime.CoreException e) {
        ApplyWorkspaceEditResponse failed = new ApplyWorkspaceEditResponse(false);
        failed.setFailureReason(e.getMessage());
        applied.complete(failed);
      }
    });
    return applied;
  }

  @Override
  public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
    return CompletableFuture.completedFuture(WorkspaceFolders.announced());
  }

  @Override
  public void showMessage(MessageParams message) {
    logMessage(message);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
    logMessage(request);
    return CompletableFuture.completedFuture(null);
  }

  /** Only problems reach the error log; the server's chatter stays in its own log file. */
  @Override
  public void logMessage(MessageParams message) {
    ILog log = RsnetUiPlugin.log();
    if (message.getType() == MessageType.Error) {
      log.error("RSNet language server: " + message.getMessage());
    } else if (message.getType() == MessageType.Warning) {
      log.warn("RSNet language server: " + message.getMessage());
    }
  }

  @Override
  public void telemetryEvent(Object event) {
    // The server sends none, and the workbench has nowhere to put it.
  }
}
