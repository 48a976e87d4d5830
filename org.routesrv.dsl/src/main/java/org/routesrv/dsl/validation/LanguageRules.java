package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.LEARNED_EXPECTATION__SOURCE;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NODE_TARGET__INSTANCED;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NO_LEARNED_EXPECTATION__SOURCE;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NVA__VENDOR;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE_SERVER__PROGRAMMING_DELAY_MAX;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE__NEXT_HOP_IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE__NEXT_HOP_TYPE;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_PREFIX__AS_PATH;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE__VIA;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.rsnet.AddressTarget;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.LearnedExpectation;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.NextHopType;
import org.routesrv.dsl.rsnet.NoLearnedExpectation;
import org.routesrv.dsl.rsnet.NodeDestination;
import org.routesrv.dsl.rsnet.NodeTarget;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.OutageExpectation;
import org.routesrv.dsl.rsnet.Route;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RoutingNode;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.SitePrefix;
import org.routesrv.dsl.rsnet.TraceExpectation;
import org.routesrv.dsl.rsnet.VpnGateway;

/** Meaning rules of the language reference that the grammar cannot express. */
public class LanguageRules extends RuleFamily {

  /** The vendor keywords. */
  public static final List<String> VENDORS = NvaVendor.keywords();

  /** Language reference: the vendors RSNet knows; 'generic' is the way to write any other BGP router. */
  @Check(CheckType.FAST)
  public void vendor(Nva nva) {
    if (nva.getVendor() != null && !VENDORS.contains(nva.getVendor())) {
      report(IssueCodes.UNKNOWN_VENDOR, "Unknown vendor '" + nva.getVendor() + "': supported vendors are "
          + String.join(", ", VENDORS) + ". For another BGP router write 'vendor generic': RSNet simulates it as a"
          + " standard eBGP router (it passes learned routes on with its ASN in front) and writes no configuration"
          + " for it.", nva, NVA__VENDOR);
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

  /**
   * A site without {@code asn} is a local network gateway: static prefixes that only a VPN gateway connects (an
   * ExpressRoute circuit and an NVA's session are BGP), and a static prefix has no AS path.
   */
  @Check(CheckType.FAST)
  public void staticSite(Site site) {
    if (site.getAsn() != null) {
      return;
    }
    if (site.getVia() != null && !site.getVia().eIsProxy() && !(site.getVia() instanceof VpnGateway)) {
      report(IssueCodes.SITE_STATIC_VIA, "Site '" + site.getName() + "' has no 'asn', so it is a local network"
          + " gateway with static prefixes, which only a VPN gateway connects; '" + site.getVia().getName()
          + "' speaks BGP: give the site its 'asn'.", site, SITE__VIA);
    }
    for (int i = 0; i < site.getPrefixes().size(); i++) {
      SitePrefix prefix = site.getPrefixes().get(i);
      if (!prefix.getAsPath().isEmpty()) {
        report(IssueCodes.SITE_STATIC_AS_PATH, "A static prefix of a local network gateway has no AS path: give site '"
            + site.getName() + "' its 'asn' to announce " + prefix.getPrefix() + " over BGP, or remove 'as-path'.",
            prefix, SITE_PREFIX__AS_PATH);
      }
    }
  }

  /**
   * A Route Server lists what it learned per NVA peer ({@code list-learned-routes}); its gateways' routes are in the
   * gateway's own listing, and a gateway, an NVA or a site is asked directly.
   */
  @Check(CheckType.FAST)
  public void learnedSource(LearnedExpectation expectation) {
    learnedSource(expectation.getNode(), expectation.getSource(), LEARNED_EXPECTATION__SOURCE, expectation);
  }

  @Check(CheckType.FAST)
  public void noLearnedSource(NoLearnedExpectation expectation) {
    learnedSource(expectation.getNode(), expectation.getSource(), NO_LEARNED_EXPECTATION__SOURCE, expectation);
  }

  private void learnedSource(RoutingNode node, RoutingNode source, EReference feature, EObject expectation) {
    if (node instanceof RouteServer server && source != null && !source.eIsProxy() && !(source instanceof Nva)) {
      report(IssueCodes.LEARNED_SOURCE, "Route Server '" + server.getName() + "' lists learned routes per NVA peer;"
          + " what it learns from its gateways shows in the gateway's listing: name an NVA after 'from', or ask the"
          + " gateway with 'expect learned GATEWAY ...'.", expectation, feature);
    }
  }

  /** A trace to an NVA goes to its router ID or a NIC, to a site to the first host of its first prefix. */
  @Check(CheckType.FAST)
  public void destinationHasAnAddress(NodeDestination destination) {
    boolean none = switch (destination.getNode()) {
      case Nva nva -> nva.getNics().isEmpty() && (nva.getBgp() == null || nva.getBgp().getRouterId() == null);
      case Site site -> site.getPrefixes().isEmpty();
      case null, default -> false;
    };
    if (none) {
      report(IssueCodes.DESTINATION_WITHOUT_ADDRESS, "'" + NodeModelUtils.getTokenText(NodeModelUtils.getNode(destination))
          + "' has no address to send to: an NVA needs a NIC, a site a prefix (its first host is the destination).",
          destination, null);
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

  /** {@code instance first|second} names one instance of a gateway (fact 83); NVAs have one next hop each. */
  @Check(CheckType.FAST)
  public void instanceTarget(NodeTarget target) {
    if (target.isInstanced() && target.getNode() != null && !target.getNode().eIsProxy()
        && !(target.getNode() instanceof Gateway)) {
      report(IssueCodes.TARGET_INSTANCE, "'instance first|second' names one instance of a VPN or ExpressRoute gateway;"
          + " '" + target.getNode().getName() + "' is an NVA: remove 'instance " + target.getInstance().getLiteral() + "'"
          + " (or name the NVA's address with 'ip').", target, NODE_TARGET__INSTANCED);
    }
  }

  /** A trace passes NVAs and gateways, which it names; addresses and instances describe a route's next hops. */
  @Check(CheckType.FAST)
  public void traceHop(TraceExpectation trace) {
    for (org.routesrv.dsl.rsnet.Target hop : trace.getHops()) {
      if (hop instanceof AddressTarget || hop instanceof NodeTarget node && node.isInstanced()) {
        report(IssueCodes.TARGET_INSTANCE, "A trace lists the NVAs and gateways it passes by name: 'ip' and"
            + " 'instance' targets belong to 'expect route'.", hop, null);
      }
    }
  }

  /** A programming delay range runs from its shortest to its longest duration (fact 91). */
  @Check(CheckType.FAST)
  public void programmingDelayRange(RouteServer server) {
    Long shortest = server.getProgrammingDelay();
    Long longest = server.getProgrammingDelayMax();
    if (shortest != null && longest != null && longest < shortest) {
      report(IssueCodes.PROGRAMMING_DELAY_RANGE, "This programming delay range ends before it starts: write the shortest"
          + " duration first ('programming-delay SHORTEST to LONGEST').", server, ROUTE_SERVER__PROGRAMMING_DELAY_MAX);
    }
  }
}
