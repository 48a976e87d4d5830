package org.routesrv.dsl.compile;

import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.StaticRoute;
import org.routesrv.dsl.simulation.BgpRoute;
import org.routesrv.dsl.simulation.BgpSession;
import org.routesrv.dsl.simulation.EffectiveRoute;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.simulation.RouteMapOutcome;
import org.routesrv.dsl.simulation.output.Column;
import org.routesrv.dsl.simulation.output.OutputTables;
import org.routesrv.dsl.simulation.output.TableDefinition;
import org.routesrv.dsl.workspace.Diagnostic;

/**
 * The tables only {@code report.md} has; it shows the simulation's own tables as
 * {@link OutputTables} defines them. People sign this report off, so failures and warnings are bold.
 */
final class ReportTables {

  /** An expectation with what it belongs to: the baseline or a scenario. */
  record OwnedExpectation(ExpectationResult result, String owner) {
  }

  /** A session whose state a scenario changes, {@code "-"} before for one that did not exist. */
  record SessionChange(String before, BgpSession session) {
  }

  /** An effective route that appears ({@code +}) or disappears ({@code -}). */
  record RouteChange(String change, EffectiveRoute route) {
  }

  static final TableDefinition<Diagnostic> FINDINGS = TableDefinition.of("Validator findings",
      Column.of("Severity", d -> d.severity() == Diagnostic.Severity.INFO ? "note" : "**" + d.severity().label() + "**"),
      Column.of("Where", d -> d.path() + ":" + d.line() + ":" + d.column()),
      Column.of("Finding", Diagnostic::message),
      Column.of("Rule", d -> d.code() == null ? "" : "`" + d.code() + "`"));

  static final TableDefinition<OwnedExpectation> ALL_EXPECTATIONS = TableDefinition.of("Expectations",
      Column.of("Result", e -> e.result().passed() ? "PASS" : "**FAIL**"),
      Column.of("Where", e -> OutputTables.where(e.result().source())),
      Column.of("In", OwnedExpectation::owner),
      Column.of("Expectation", e -> "`" + e.result().source().text() + "`"),
      Column.of("Actual", e -> e.result().actual()));

  /** A scenario's own expectations, where saying which scenario would repeat the heading. */
  static final TableDefinition<OwnedExpectation> SCENARIO_EXPECTATIONS =
      ALL_EXPECTATIONS.only("Result", "Where", "Expectation", "Actual");

  /** What a route map did to one route, rule by rule (fact 89). */
  static final TableDefinition<RouteMapOutcome> ROUTE_MAP_OUTCOMES = TableDefinition.of("Route map",
      Column.of("Route", o -> o.route().prefix() + " " + path(o.route())),
      Column.of("Rules matched", o -> o.matchedRules().isEmpty() ? "none" : String.join(", ", o.matchedRules())),
      Column.of("Result", o -> o.dropped() ? "**dropped**" : !o.summarizedInto().isEmpty() ? "summarized into "
          + String.join(", ", o.summarizedInto().stream().map(Object::toString).toList()) + " (no AS path)"
          : String.join("; ", o.result().stream()
              .map(r -> r.prefix() + " " + path(r) + (r.communities().isEmpty() ? "" : " " + r.communities())).toList())));

  private static String path(BgpRoute route) {
    return route.asPath().length() == 0 ? "(no AS path)" : route.asPath().toAzureString();
  }

  static final TableDefinition<Nic> NICS = TableDefinition.of("NICs",
      Column.of("NIC", Nic::name),
      Column.of("Subnet", Nic::subnet),
      Column.of("IP", Nic::ip),
      Column.of("IP forwarding", nic -> nic.ipForwarding() ? "on" : "off"));

  static final TableDefinition<StaticRoute> STATIC_ROUTES = TableDefinition.of("Static routes",
      Column.of("Static route", StaticRoute::prefix),
      Column.of("Next hop", StaticRoute::nextHop),
      Column.of("Via NIC", StaticRoute::nic));

  /** One NVA's sessions with every Route Server, in words rather than {@code az}'s column names. */
  static final TableDefinition<BgpSession> NVA_SESSIONS = TableDefinition.of("Sessions",
      Column.of("Route Server", BgpSession::routeServer),
      Column.of("Instance", s -> s.instance().role()),
      Column.of("Local address", BgpSession::localAddress),
      Column.of("Peer IP", BgpSession::peerIp),
      Column.of("State", s -> s.state().azureName()),
      Column.of("Hold time", s -> s.holdTimeSeconds() == null ? null : s.holdTimeSeconds() + "s"),
      Column.of("Reason", BgpSession::reason));

  static final TableDefinition<SessionChange> SESSION_CHANGES = TableDefinition.of("Sessions that change",
      Column.of("NVA", c -> c.session().nva()),
      Column.of("Route Server", c -> c.session().routeServer()),
      Column.of("Instance", c -> c.session().instance().role()),
      Column.of("Before", SessionChange::before),
      Column.of("After", c -> c.session().state().azureName()),
      Column.of("Reason", c -> c.session().reason()));

  static final TableDefinition<RouteChange> ROUTE_CHANGES = OutputTables.EFFECTIVE_ROUTES
      .after("Effective routes that change", Column.of("Change", RouteChange::change), RouteChange::route);

  private ReportTables() {
  }
}
