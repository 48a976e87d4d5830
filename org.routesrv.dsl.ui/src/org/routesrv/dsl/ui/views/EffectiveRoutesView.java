package org.routesrv.dsl.ui.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.routesrv.dsl.ui.server.DocumentUris;
import org.routesrv.dsl.ui.views.EffectiveRouteTable.Row;

/** The effective routes of a network's subnets, one row per route, as Azure's portal lists them. */
public final class EffectiveRoutesView extends ViewPart {

  public static final String ID = "org.routesrv.dsl.ui.effectiveRoutesView";

  private Label heading;
  private TableViewer table;
  private EffectiveRouteTable shown;
  /** Answers come back asynchronously: only the newest request's answer is shown. */
  private int latestRequest;

  @Override
  public void createPartControl(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    heading = new Label(parent, SWT.WRAP);
    heading.setText("Run Show Effective Routes on an RSNet model (editor context menu, or the RSNet menu).");
    GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
    table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
    Table widget = table.getTable();
    widget.setHeaderVisible(true);
    widget.setLinesVisible(true);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(widget);
    column("Subnet", 150, Row::subnet);
    column("Source", 170, Row::source);
    column("State", 70, Row::state);
    column("Address prefix", 150, Row::addressPrefix);
    column("Next hop type", 170, Row::nextHopType);
    column("Next hop IP address", 160, Row::nextHopIpAddress);
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.setInput(List.of());
  }

  private void column(String title, int width, Function<Row, String> value) {
    TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
    column.getColumn().setText(title);
    column.getColumn().setWidth(width);
    column.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return value.apply((Row) element);
      }
    });
  }

  /** Announces a simulation; its answer is to be shown with the request number returned. */
  public int showRunning(String uri) {
    shown = null;
    table.setInput(List.of());
    heading.setText("Simulating " + DocumentUris.fileName(uri) + "...");
    return ++latestRequest;
  }

  public void showFailure(int request, String uri, Throwable failure) {
    if (isStale(request)) {
      return;
    }
    table.setInput(List.of());
    heading.setText("No effective routes for " + DocumentUris.fileName(uri) + ": " + failure.getMessage());
  }

  public void show(int request, EffectiveRouteTable routes) {
    if (isStale(request)) {
      return;
    }
    shown = routes;
    table.setInput(routes.rows());
    heading.setText(routes.error() != null ? routes.error()
        : "Effective routes of network " + routes.network() + " (as az network nic show-effective-route-table lists them)");
    heading.getParent().layout();
  }

  private boolean isStale(int request) {
    return request != latestRequest || table.getTable().isDisposed();
  }

  /** What the view shows now, or null while it waits for an answer. */
  public EffectiveRouteTable shown() {
    return shown;
  }

  @Override
  public void setFocus() {
    table.getTable().setFocus();
  }
}
