package org.routesrv.dsl.network;

import java.util.Optional;
import java.util.Set;

/** The ASNs Azure fixes or forbids, shared by the validator and the simulator. */
public final class AzureAsns {

  /** Route Server's own ASN; it cannot be changed (fact 14). */
  public static final long ROUTE_SERVER = 65515;

  /** Microsoft's ASN on ExpressRoute paths (facts 16 and 49). */
  public static final long EXPRESS_ROUTE = 12076;

  /** The ASN a VPN gateway next to a Route Server must use (fact 68), also its default. */
  public static final long VPN_GATEWAY_DEFAULT = 65515;

  private static final Set<Long> AZURE_RESERVED = Set.of(8074L, 8075L, 12076L, 65515L, 65517L, 65518L, 65519L, 65520L);

  private AzureAsns() {
  }

  /**
   * Why a Route Server peer cannot use this ASN, or empty when it can: Azure and IANA reserved
   * values (fact 16) and anything outside the 2-byte range (fact 17).
   */
  public static Optional<String> peerAsnProblem(long asn) {
    if (asn < 1 || asn > 65534) {
      return Optional.of("ASN " + asn + " is outside 1-65534: Route Server accepts only 2-byte ASNs (fact 17)");
    }
    if (AZURE_RESERVED.contains(asn)) {
      return Optional.of("ASN " + asn + " is reserved by Azure (fact 16)");
    }
    if (asn == 23456 || (asn >= 64496 && asn <= 64511)) {
      return Optional.of("ASN " + asn + " is reserved by IANA (fact 16)");
    }
    return Optional.empty();
  }
}
