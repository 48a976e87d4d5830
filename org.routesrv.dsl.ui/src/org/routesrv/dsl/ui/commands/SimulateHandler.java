package org.routesrv.dsl.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.views.SimulationReportView;

/**
 * "Simulate": the report {@code rsnet simulate --format markdown} writes, of the model as it is in
 * the editor (unsaved edits included): sessions, learned and advertised routes, effective routes,
 * traces, scenarios and expectations.
 */
public final class SimulateHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    ModelTarget target = ModelTarget.of(event);
    SimulationReportView view = ResultViews.show(event, SimulationReportView.ID, SimulationReportView.class);
    if (target == null || view == null) {
      return null;
    }
    int request = view.showRunning(target.uri());
    List<Object> arguments = new ArrayList<>(List.of(target.uri()));
    ServerCommands.run(ServerCommands.SIMULATION_REPORT, arguments).whenComplete((report, failure) ->
        UiThread.async(() -> {
          if (failure != null) {
            view.showFailure(request, target.uri(), failure);
          } else {
            view.showReport(request, target.uri(),
                report.isJsonPrimitive() ? report.getAsString() : report.toString());
          }
        }));
    return null;
  }
}
