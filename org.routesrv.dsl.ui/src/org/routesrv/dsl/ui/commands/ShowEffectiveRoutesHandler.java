package org.routesrv.dsl.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.views.EffectiveRouteTable;
import org.routesrv.dsl.ui.views.EffectiveRoutesView;

/**
 * "Show Effective Routes": the routes Azure would program, as {@code az network nic
 * show-effective-route-table} lists them, for the subnet at the cursor (a subnet, a reference to one,
 * a VM or a NIC), or for every subnet of the network.
 */
public final class ShowEffectiveRoutesHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    ModelTarget target = ModelTarget.of(event);
    EffectiveRoutesView view = ResultViews.show(event, EffectiveRoutesView.ID, EffectiveRoutesView.class);
    if (target == null || view == null) {
      return null;
    }
    int request = view.showRunning(target.uri());
    List<Object> arguments = new ArrayList<>();
    arguments.add(target.uri());
    if (target.cursor() != null) {
      arguments.add(target.cursor());
    }
    ServerCommands.run(ServerCommands.EFFECTIVE_ROUTE_TABLE, arguments).whenComplete((table, failure) ->
        UiThread.async(() -> {
          if (failure != null) {
            view.showFailure(request, target.uri(), failure);
          } else {
            view.show(request, EffectiveRouteTable.parse(table));
          }
        }));
    return null;
  }
}
