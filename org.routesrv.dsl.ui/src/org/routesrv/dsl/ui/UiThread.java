package org.routesrv.dsl.ui;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The way back to the UI thread from the server's threads. Answers can arrive while the workbench
 * closes; they are then dropped instead of failing on a disposed display.
 */
public final class UiThread {

  private UiThread() {
  }

  public static void async(Runnable task) {
    Display display = display();
    if (display != null) {
      display.asyncExec(task);
    }
  }

  /** Runs the task on the UI thread and waits for it; false when there is no UI thread to run it. */
  public static boolean sync(Runnable task) {
    Display display = display();
    if (display == null) {
      return false;
    }
    display.syncExec(task);
    return true;
  }

  private static Display display() {
    if (!PlatformUI.isWorkbenchRunning()) {
      return null;
    }
    Display display = PlatformUI.getWorkbench().getDisplay();
    return display == null || display.isDisposed() ? null : display;
  }
}
