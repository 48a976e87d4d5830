package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NVA__VENDOR;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE__NEXT_HOP_IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE__NEXT_HOP_TYPE;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.NextHopType;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.OutageExpectation;
import org.routesrv.dsl.rsnet.Route;

/** Meaning rules of the language reference that the grammar cannot express. */
public class LanguageRules extends RuleFamily {

  /** The vendors RSNet generates configurations for. */
  /** The vendor keywords; GENERIC is what the simulator makes of a keyword it does not know. */
  public static final List<String> VENDORS = Arrays.stream(NvaVendor.values()).filter(vendor -> vendor != NvaVendor.GENERIC)
      .map(NvaVendor::keyword).toList();

  /** Language reference: configurations are generated for these vendors only. */
  @Check(CheckType.FAST)
  public void vendor(Nva nva) {
    if (nva.getVendor() != null && !VENDORS.contains(nva.getVendor())) {
      report(IssueCodes.UNKNOWN_VENDOR, "Unknown vendor '" + nva.getVendor() + "': supported vendors are "
          + String.join(", ", VENDORS) + ".", nva, NVA__VENDOR);
    }
  }

  /** A UDR to a virtual appliance names its IP; the other next-hop types take none (Azure route resource). */
  @Check(CheckType.FAST)
  public void routeNextHop(Route route) {
    if (route.getNextHopType() == NextHopType.APPLIANCE && route.getNextHopIp() == null) {
      report(IssueCodes.ROUTE_NEXT_HOP_IP, "A route to a virtual appliance needs the appliance's IP: write '-> appliance"
          + " <ip>'.", route, ROUTE__NEXT_HOP_TYPE);
    } else if (route.getNextHopType() != NextHopType.APPLIANCE && route.getNextHopIp() != null) {
      report(IssueCodes.ROUTE_NEXT_HOP_IP, "Only 'appliance' routes take a next-hop IP; '"
          + route.getNextHopType().getLiteral() + "' does not: remove " + route.getNextHopIp() + ".", route,
          ROUTE__NEXT_HOP_IP);
    }
  }

  /** An outage is measured from a scenario's events, so it only makes sense inside a scenario. */
  @Check(CheckType.FAST)
  public void outageInScenario(OutageExpectation expectation) {
    if (expectation.eContainer() instanceof Model) {
      report(IssueCodes.OUTAGE_OUTSIDE_SCENARIO, "'expect outage' measures the traffic lost during a scenario's events:"
          + " move it into a 'scenario' block.", expectation, null);
    }
  }
}
