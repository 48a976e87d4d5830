package org.routesrv.dsl.validation;

import static org.routesrv.dsl.azure.AzureAsns.MAX_PEER_ASN;
import static org.routesrv.dsl.azure.AzureAsns.PRIVATE_RANGE_TO_SUGGEST;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_NEIGHBOR__ASN;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.NVA__ASN;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_PREFIX__AS_PATH;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE__ASN;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.VPN_GATEWAY__ASN;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.rsnet.BgpNeighbor;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.SitePrefix;
import org.routesrv.dsl.rsnet.VpnGateway;

/** Which AS numbers Azure accepts where (section B of the facts sheet). */
public class AsnRules extends RuleFamily {

  /** Fact 14-17: an NVA peers with Route Server, so its ASN must be a usable 16-bit ASN. */
  @Check(CheckType.FAST)
  public void nvaAsn(Nva nva) {
    Long asn = nva.getAsn();
    if (asn == null || zero(asn, nva, NVA__ASN)) {
      return;
    }
    boolean reserved = reserved(asn, nva, NVA__ASN, "Azure Route Server rejects it as a peer ASN. Use another ASN,"
        + " e.g. a private one from " + PRIVATE_RANGE_TO_SUGGEST + ".");
    if (!reserved && !AzureAsns.fitsPeerRange(asn)) {
      report(IssueCodes.ASN_32_BIT, "ASN " + asn + " is a 32-bit ASN: Azure Route Server accepts only 16-bit peer"
          + " ASNs (1-" + MAX_PEER_ASN + ", minus the reserved ones). Use an ASN up to " + MAX_PEER_ASN + ", e.g. from "
          + PRIVATE_RANGE_TO_SUGGEST + ".", nva, NVA__ASN);
    }
  }

  /**
   * Fact 93: NVAs may share an ASN, but the evidence conflicts. Four CSRs on one ASN got ECMP (fact
   * 19); another lab's ExaBGP peers on one ASN could not talk to Route Server until given different
   * ones. It stays legal, with a warning on each NVA that shares the ASN of one before it.
   */
  @Check(CheckType.NORMAL)
  public void sharedAsn(Nva nva) {
    if (nva.getAsn() == null || nva.getBgp() == null) {
      return;
    }
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (!(peer instanceof RouteServerPeering peering) || peering.getRouteServer() == null
          || peering.getRouteServer().eIsProxy()) {
        continue;
      }
      for (RouteServerPeering other : network().peeringsTo(peering.getRouteServer())) {
        Nva earlier = EcoreUtil2.getContainerOfType(other, Nva.class);
        if (earlier == nva) {
          break;
        }
        if (earlier != null && nva.getAsn().equals(earlier.getAsn())) {
          report(IssueCodes.ASN_SHARED, "NVA '" + nva.getName() + "' shares AS " + nva.getAsn() + " with '"
              + earlier.getName() + "'. Azure accepts it, and four NVAs on one ASN got ECMP in a published lab (fact"
              + " 19), but in another lab NVAs sharing one ASN could not talk to Route Server until given different"
              + " ones (fact 93). RSNet simulates ECMP; give each NVA its own ASN where you can.", nva, NVA__ASN);
          return;
        }
      }
    }
  }

  /**
   * Fact 16: on-premises ASNs behind a VPN or ExpressRoute gateway must not be Azure-reserved. Sites behind an
   * NVA talk BGP to the NVA only; a 65515 there is the AS-path loop of fact 40 (see RoutingPitfallRules).
   */
  @Check(CheckType.FAST)
  public void siteAsn(Site site) {
    Long asn = site.getAsn();
    if (asn == null || zero(asn, site, SITE__ASN) || !(site.getVia() instanceof Gateway)) {
      return;
    }
    reserved(asn, site, SITE__ASN, "Azure gateways reject it for an on-premises BGP peer. Use the site's own"
        + " public or private ASN.");
  }

  /** Fact 16 and 68: a VPN gateway's ASN is 65515 by default; other Azure-reserved ASNs are refused. */
  @Check(CheckType.FAST)
  public void vpnGatewayAsn(VpnGateway gateway) {
    Long asn = gateway.getAsn();
    if (asn == null || zero(asn, gateway, VPN_GATEWAY__ASN) || asn == AzureAsns.VPN_GATEWAY_DEFAULT) {
      return;
    }
    reserved(asn, gateway, VPN_GATEWAY__ASN, "Azure refuses it for a VPN gateway. Leave the default "
        + AzureAsns.VPN_GATEWAY_DEFAULT + " or use a private ASN.");
  }

  /** RFC 7607: AS 0 is never a valid BGP speaker or AS-path member. */
  @Check(CheckType.FAST)
  public void neighborAsn(BgpNeighbor neighbor) {
    if (neighbor.getAsn() != null) {
      zero(neighbor.getAsn(), neighbor, BGP_NEIGHBOR__ASN);
    }
  }

  /** RFC 7607: no AS 0 in an on-premises AS path. */
  @Check(CheckType.FAST)
  public void sitePath(SitePrefix prefix) {
    reportZeroInPath(prefix.getAsPath(), prefix, SITE_PREFIX__AS_PATH);
  }

  /** Reports a reserved ASN (fact 16) with what Azure does about it; true when it is reserved. */
  private boolean reserved(long asn, EObject owner, EStructuralFeature feature, String consequence) {
    Optional<AzureAsns.Reservation> reservation = AzureAsns.reservation(asn);
    reservation.ifPresent(reserved -> report(IssueCodes.ASN_RESERVED,
        "ASN " + asn + " is " + reserved.description() + ": " + consequence, owner, feature));
    return reservation.isPresent();
  }

  private boolean zero(long asn, EObject owner, EStructuralFeature feature) {
    if (asn == 0) {
      report(IssueCodes.ASN_ZERO, "AS 0 is reserved (RFC 7607) and cannot be used by a BGP speaker: use a real ASN,"
          + " e.g. a private one from " + PRIVATE_RANGE_TO_SUGGEST + ".", owner, feature);
      return true;
    }
    return false;
  }
}
