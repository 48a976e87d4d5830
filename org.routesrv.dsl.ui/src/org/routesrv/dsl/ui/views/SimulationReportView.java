package org.routesrv.dsl.ui.views;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.routesrv.dsl.ui.server.DocumentUris;
import org.routesrv.dsl.ui.text.MarkdownText;

/**
 * The simulation report of a model, as {@code rsnet simulate --format markdown} writes it, shown as
 * text in the editor's fixed-width font with its tables aligned.
 */
public final class SimulationReportView extends ViewPart {

  public static final String ID = "org.routesrv.dsl.ui.simulationReportView";

  private StyledText text;
  /** Answers come back asynchronously: only the newest request's answer is shown. */
  private int latestRequest;

  @Override
  public void createPartControl(Composite parent) {
    text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
    text.setFont(JFaceResources.getTextFont());
    text.setText("Run Simulate on an RSNet model (editor context menu, or the RSNet menu).");
  }

  /** Announces a simulation; its answer is to be shown with the request number returned. */
  public int showRunning(String uri) {
    setContentDescription("Simulating " + DocumentUris.fileName(uri) + "...");
    return ++latestRequest;
  }

  public void showFailure(int request, String uri, Throwable failure) {
    if (isStale(request)) {
      return;
    }
    setContentDescription("Simulation of " + DocumentUris.fileName(uri) + " failed");
    text.setText(String.valueOf(failure.getMessage()));
  }

  public void showReport(int request, String uri, String markdown) {
    if (isStale(request)) {
      return;
    }
    setContentDescription("Simulation of " + DocumentUris.fileName(uri));
    text.setText(MarkdownText.plain(markdown));
  }

  private boolean isStale(int request) {
    return request != latestRequest || text.isDisposed();
  }

  /** What the view shows now. */
  public String report() {
    return text.getText();
  }

  @Override
  public void setFocus() {
    text.setFocus();
  }
}
