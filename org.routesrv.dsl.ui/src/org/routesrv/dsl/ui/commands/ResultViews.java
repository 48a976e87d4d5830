package org.routesrv.dsl.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.routesrv.dsl.ui.RsnetUiPlugin;

/** The view a command shows its answer in. */
final class ResultViews {

  private ResultViews() {
  }

  /**
   * Shows the view without taking the focus from the editor the user is typing in; null, and logged,
   * when it cannot be shown.
   */
  static <T> T show(ExecutionEvent event, String id, Class<T> type) {
    IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
    try {
      return type.cast(page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE));
    } catch (PartInitException e) {
      RsnetUiPlugin.log().log(e.getStatus());
      return null;
    }
  }
}
