package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ROUTE__NEXT_HOP_IP;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_PREFIX__PREFIX;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Bgp;
import org.routesrv.dsl.rsnet.ExpressRouteGateway;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.NextHopType;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Route;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.SitePrefix;
import org.routesrv.dsl.rsnet.Vnet;

/**
 * Where traffic to and from on-premises does not take the path the design means (facts 52, 54, 60, 71, 79): a UDR
 * that can name only one NVA of a pair, a default route that reaches on-premises, a site prefix that bypasses the NVA
 * meant to inspect it.
 */
public class HybridEdgeRules extends RuleFamily {

  /**
   * Fact 60 (UDRs do not ECMP) and 79 (a UDR is how on-premises traffic reaches an NVA): a UDR to one stateful NVA of a
   * pair that Route Server also uses for the same prefixes sends every reply through that one, whichever carried the
   * flow out, and keeps pointing at it when it fails, as UDRs are static.
   */
  @Check(CheckType.NORMAL)
  public void udrPinsOneNvaOfAPair(Route route) {
    if (route.getNextHopType() != NextHopType.APPLIANCE || route.getNextHopIp() == null) {
      return;
    }
    Nva pinned = nvaAt(route.getNextHopIp());
    if (pinned == null || !stateful(pinned)) {
      return;
    }
    Set<Ipv4Prefix> pinnedPrefixes = advertisedPrefixes(pinned);
    for (Nva other : network().all(Nva.class)) {
      if (other == pinned) {
        continue;
      }
      for (Ipv4Prefix prefix : advertisedPrefixes(other)) {
        if (pinnedPrefixes.contains(prefix) && shareARouteServer(pinned, other)) {
          report(IssueCodes.UDR_PINS_NVA_PAIR, "This route sends all its traffic to '" + pinned.getName() + "', but"
              + " Route Server also spreads flows for " + prefix + " over '" + pinned.getName() + "' and '"
              + other.getName() + "' (or fails them over): a reply through '" + pinned.getName() + "' of a flow that"
              + " went out through '" + other.getName() + "' is dropped by a stateful firewall (fact 60: a UDR cannot"
              + " ECMP), and when '" + pinned.getName() + "' fails this route still points at it. Source-NAT on the"
              + " NVAs ('snat on') keeps each flow on one NVA.", route, ROUTE__NEXT_HOP_IP);
          return;
        }
      }
    }
  }

  /**
   * Facts 52, 54 and 72: with branch-to-branch on, Route Server gives an NVA's 0.0.0.0/0 to its ExpressRoute gateway,
   * which advertises it to on-premises (a VPN gateway never does): on-premises may then send its internet traffic to
   * Azure.
   */
  @Check(CheckType.NORMAL)
  public void defaultRouteToOnPremises(Bgp bgp) {
    for (Advertisement advertisement : bgp.getAdvertisements()) {
      if (!Ipv4Prefix.DEFAULT_ROUTE.equals(advertisement.getPrefix()) || advertisement.isNoAdvertise()
          || advertisement.getCommunities().contains(Community.NO_ADVERTISE)) {
        continue;
      }
      for (RouteServer server : network().routeServersReachedBy(advertisement)) {
        Vnet hub = server.getVnet();
        if (Boolean.TRUE.equals(server.getBranchToBranch()) && hub != null && !hub.eIsProxy()) {
          Gateway expressRoute = network().gatewaysIn(hub).stream().filter(ExpressRouteGateway.class::isInstance)
              .findFirst().orElse(null);
          if (expressRoute != null) {
            report(IssueCodes.DEFAULT_ROUTE_TO_ON_PREMISES, "With branch-to-branch on, Route Server '" + server.getName()
                + "' passes this 0.0.0.0/0 to ExpressRoute gateway '" + expressRoute.getName() + "', which advertises"
                + " it to on-premises (facts 54, 94; a VPN gateway never does, fact 52): on-premises may send its"
                + " internet traffic to Azure. Mark it 'no-advertise' if that is not meant.", advertisement, null);
            break;
          }
        }
      }
    }
  }

  /**
   * Facts 71 and 79: a gateway programs its on-premises prefixes into its vnet itself; one more specific than an NVA's
   * route for on-premises wins the longest-prefix match, so traffic to it bypasses the NVA. The default route is left
   * out: an NVA's 0.0.0.0/0 is for the internet.
   */
  @Check(CheckType.NORMAL)
  public void sitePrefixBypassesNva(SitePrefix sitePrefix) {
    Ipv4Prefix prefix = sitePrefix.getPrefix();
    if (prefix == null || !(sitePrefix.eContainer() instanceof Site site) || !(site.getVia() instanceof Gateway gateway)
        || gateway.getVnet() == null || gateway.getVnet().eIsProxy()) {
      return;
    }
    for (RouteServer server : network().routeServersIn(gateway.getVnet())) {
      for (Nva nva : network().all(Nva.class)) {
        if (nva.getBgp() == null) {
          continue;
        }
        for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
          Ipv4Prefix covering = advertisement.getPrefix();
          if (covering != null && covering.length() > 0 && covering.length() < prefix.length()
              && covering.covers(prefix) && network().routeServersReachedBy(advertisement).contains(server)) {
            report(IssueCodes.SITE_BYPASSES_NVA, prefix + " is more specific than " + covering + ", which '"
                + nva.getName() + "' advertises for on-premises: gateway '" + gateway.getName() + "' programs " + prefix
                + " into its vnet and transit spokes itself (fact 71), so traffic to it bypasses '" + nva.getName()
                + "' (fact 79). Advertise " + prefix + " from the NVA too, or summarize on-premises.", sitePrefix,
                SITE_PREFIX__PREFIX);
            return;
          }
        }
      }
    }
  }

  private Nva nvaAt(Ipv4Address ip) {
    for (Nva nva : network().all(Nva.class)) {
      for (Nic nic : nva.getNics()) {
        if (ip.equals(nic.getIp())) {
          return nva;
        }
      }
    }
    return null;
  }

  /** As the simulator resolves it: written, else the vendor's default. */
  private static boolean stateful(Nva nva) {
    return nva.getStateful() != null ? nva.getStateful() : VendorProfile.ofKeyword(nva.getVendor()).statefulByDefault();
  }

  private static Set<Ipv4Prefix> advertisedPrefixes(Nva nva) {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    if (nva.getBgp() != null) {
      for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
        if (advertisement.getPrefix() != null) {
          prefixes.add(advertisement.getPrefix());
        }
      }
    }
    return prefixes;
  }

  private boolean shareARouteServer(Nva one, Nva other) {
    List<RouteServer> reached = new ArrayList<>();
    if (one.getBgp() != null) {
      one.getBgp().getAdvertisements().forEach(a -> reached.addAll(network().routeServersReachedBy(a)));
    }
    if (other.getBgp() != null) {
      for (Advertisement advertisement : other.getBgp().getAdvertisements()) {
        if (network().routeServersReachedBy(advertisement).stream().anyMatch(reached::contains)) {
          return true;
        }
      }
    }
    return false;
  }
}
