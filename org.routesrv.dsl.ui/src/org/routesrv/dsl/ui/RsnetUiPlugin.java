package org.routesrv.dsl.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.routesrv.dsl.ui.documents.WorkspaceWatcher;
import org.routesrv.dsl.ui.server.RsnetServer;

/**
 * The plug-in's life cycle: the language server it starts on first use must not outlive it, or a
 * closed workbench would leave a Java process behind; while it runs, the server hears of files that
 * change outside its editors.
 */
public class RsnetUiPlugin extends AbstractUIPlugin {

  public static final String ID = "org.routesrv.dsl.ui";

  private static RsnetUiPlugin instance;

  private WorkspaceWatcher workspaceWatcher;

  @Override
  public void start(BundleContext context) throws Exception {
    super.start(context);
    instance = this;
    workspaceWatcher = WorkspaceWatcher.install();
  }

  @Override
  public void stop(BundleContext context) throws Exception {
    try {
      workspaceWatcher.uninstall();
      RsnetServer.shutdown();
    } finally {
      instance = null;
      super.stop(context);
    }
  }

  public static ILog log() {
    return Platform.getLog(RsnetUiPlugin.class);
  }

  /** Where the plug-in keeps what it writes: the server's log. */
  public static IPath stateLocation() {
    return Platform.getStateLocation(instance.getBundle());
  }
}
