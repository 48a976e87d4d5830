package org.routesrv.dsl.ui.quickfix;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.routesrv.dsl.ui.markers.DiagnosticMarkers;
import org.routesrv.dsl.ui.server.DocumentUris;
import org.routesrv.dsl.ui.server.LanguageServerConnection;
import org.routesrv.dsl.ui.server.RsnetServer;

/**
 * Quick fixes for RSNet problems, from the server's code actions: offered in the Problems view and,
 * through the Generic Editor's marker quick assist, on Ctrl+1 in the editor.
 */
public final class ServerQuickFixes implements IMarkerResolutionGenerator2 {

  private static final long TIMEOUT_SECONDS = 5;

  /** Every RSNet problem may have fixes; only the server knows which, and asking is too slow here. */
  @Override
  public boolean hasResolutions(IMarker marker) {
    return marker.getAttribute(DiagnosticMarkers.DIAGNOSTIC, null) != null;
  }

  @Override
  public IMarkerResolution[] getResolutions(IMarker marker) {
    Diagnostic diagnostic = DiagnosticMarkers.diagnosticOf(marker);
    String uri = DocumentUris.of(marker.getResource());
    LanguageServerConnection connection = RsnetServer.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (diagnostic == null || uri == null || connection == null) {
      return new IMarkerResolution[0];
    }
    CodeActionContext context = new CodeActionContext(List.of(diagnostic));
    context.setOnly(List.of(CodeActionKind.QuickFix));
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(), context);
    try {
      List<Either<Command, CodeAction>> actions = connection.server().getTextDocumentService().codeAction(params)
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return actions == null ? new IMarkerResolution[0] : actions.stream()
          .map(action -> action.isRight() ? ServerQuickFix.of(action.getRight()) : ServerQuickFix.of(action.getLeft()))
          .filter(fix -> fix != null)
          .toArray(IMarkerResolution[]::new);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new IMarkerResolution[0];
    } catch (ExecutionException | TimeoutException e) {
      return new IMarkerResolution[0];
    }
  }
}
