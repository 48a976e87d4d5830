package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADVERTISEMENT__AS_PATH;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADVERTISEMENT__COMMUNITIES;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADVERTISEMENT__PREFIX;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADVERTISEMENT__PREPEND;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADVERTISEMENT__TO;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.ADVERTISEMENT__TO_INSTANCE;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.AzureCommunities;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.rsnet.AdvertiseEvent;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Bgp;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Instance;
import org.routesrv.dsl.rsnet.InstanceSelection;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServerPeering;

/**
 * The rules on one advertisement by itself, wherever it is written: an NVA's bgp block or a scenario's advertise
 * event, through one hook, {@link #checkAdvertisement}. The validator does not visit advertisements one by one
 * ({@link org.routesrv.dsl.validation.xtext.RsnetDiagnostician} explains why), and Xtext registers the checks of a
 * class that several composed families share for the first family only, so the rules on single advertisements
 * live together here instead of as twin checks in each family. Rules that look at an advertisement together with
 * the rest of the network (what Route Server programs, ECMP, limits) stay with their concern.
 */
public class AdvertisementRules extends RuleFamily {

  @Check(CheckType.FAST)
  public void advertisementsOf(Bgp bgp) {
    for (Advertisement advertisement : bgp.getAdvertisements()) {
      checkAdvertisement(advertisement);
    }
  }

  @Check(CheckType.FAST)
  public void advertisementOf(AdvertiseEvent event) {
    if (event.getRoute() != null) {
      checkAdvertisement(event.getRoute());
    }
  }

  private void checkAdvertisement(Advertisement advertisement) {
    reportHostBits(advertisement, ADVERTISEMENT__PREFIX, advertisement.getPrefix(), INSIGNIFICANT_INDEX);
    reportZeroInPath(advertisement.getAsPath(), advertisement, ADVERTISEMENT__AS_PATH);
    reportRouteServerAsnInPath(advertisement.getAsPath(), advertisement, ADVERTISEMENT__AS_PATH);
    prependWithAsPath(advertisement);
    reservedCommunities(advertisement);
    toOneInstance(advertisement);
  }

  /** Both set the whole AS path; together they are ambiguous. */
  private void prependWithAsPath(Advertisement advertisement) {
    // "prepend 0" changes nothing, so a non-zero value is what conflicts with an explicit path; this
    // also avoids a node-model lookup per advertisement.
    if (advertisement.getPrepend() != 0 && !advertisement.getAsPath().isEmpty()) {
      report(IssueCodes.PREPEND_WITH_AS_PATH, "'prepend' and 'as-path' both define the AS path: write the prepended"
          + " ASNs into 'as-path', or drop 'as-path'.", advertisement, ADVERTISEMENT__PREPEND);
    }
  }

  /** Facts 44 and 73: don't send the communities Azure reserves for itself. */
  private void reservedCommunities(Advertisement advertisement) {
    for (int i = 0; i < advertisement.getCommunities().size(); i++) {
      Community community = advertisement.getCommunities().get(i);
      if (community != null && AzureCommunities.isReservedByAzure(community)) {
        report(IssueCodes.RESERVED_COMMUNITY, "Community " + community + " is reserved by Azure (it tags gateway and"
            + " branch routes; ExpressRoute may drop routes carrying 65517:65517): use a community of your own ASN.",
            advertisement, ADVERTISEMENT__COMMUNITIES, i);
      }
    }
  }

  /**
   * Facts 42 and 88: {@code to ROUTESERVER instance first|second} sends one instance its own routes, which Azure
   * says not to do but a deployment can; an instance the NVA does not peer with hears nothing; a neighbour has no
   * instances. Without {@code instance}, the route goes to every instance the NVA peers with, and the peer lines
   * themselves carry the single-instance warning.
   */
  private void toOneInstance(Advertisement advertisement) {
    if (!advertisement.isToOneInstance() || advertisement.getTo() == null || advertisement.getTo().eIsProxy()) {
      return;
    }
    String instance = advertisement.getToInstance().getLiteral();
    if (!(advertisement.getTo() instanceof RouteServerPeering peering)) {
      report(IssueCodes.ADVERTISEMENT_INSTANCE, "'instance " + instance + "' names an instance of a Route Server, and '"
          + written(advertisement, ADVERTISEMENT__TO) + "' is a BGP neighbour: drop 'instance " + instance + "'.",
          advertisement, ADVERTISEMENT__TO_INSTANCE);
      return;
    }
    Nva nva = advertisingNva(advertisement);
    String server = written(advertisement, ADVERTISEMENT__TO);
    if (nva != null && !peersWith(nva, peering.getRouteServer(), advertisement.getToInstance())) {
      report(IssueCodes.ADVERTISEMENT_ASYMMETRIC, "NVA '" + nva.getName() + "' has no session with the " + instance
          + " instance of Route Server '" + server + "', so this route reaches no one: peer with both instances"
          + " ('peer " + server + " via NIC'), as Azure requires (fact 42).", advertisement, ADVERTISEMENT__TO_INSTANCE);
      return;
    }
    report(IssueCodes.ADVERTISEMENT_ASYMMETRIC, "'to " + server + " instance " + instance + "' sends this route to the "
        + instance + " Route Server instance only: Azure requires the same routes with the same attributes on both"
        + " (fact 42). RSNet simulates what each instance hears (fact 88); the effective routes take the best path of"
        + " the instances in the Route Server's 'programmed-from' (both unless written). Drop 'instance " + instance
        + "' unless the model reproduces a deployment that does this.", advertisement, ADVERTISEMENT__TO_INSTANCE);
  }

  private static Nva advertisingNva(Advertisement advertisement) {
    if (advertisement.eContainer() instanceof AdvertiseEvent event) {
      return event.getNva() == null || event.getNva().eIsProxy() ? null : event.getNva();
    }
    return EcoreUtil2.getContainerOfType(advertisement, Nva.class);
  }

  private static boolean peersWith(Nva nva, org.routesrv.dsl.rsnet.RouteServer server, Instance instance) {
    if (nva.getBgp() == null) {
      return false;
    }
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (peer instanceof RouteServerPeering line && line.getRouteServer() == server && (line.getInstances()
          == InstanceSelection.BOTH || line.getInstances().getName().equals(instance.getName()))) {
        return true;
      }
    }
    return false;
  }
}
