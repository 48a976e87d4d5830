package org.routesrv.dsl.azure;

import java.util.Optional;

/** The ASNs Azure fixes or forbids (section B of the facts): the one place that lists them. */
public final class AzureAsns {

  /** Route Server's own ASN; it cannot be changed (fact 14). */
  public static final long ROUTE_SERVER = 65515;

  /** Microsoft's ASN on ExpressRoute paths (facts 16 and 49). */
  public static final long EXPRESS_ROUTE = 12076;

  /** The ASN a VPN gateway next to a Route Server must use (fact 68), also its default. */
  public static final long VPN_GATEWAY_DEFAULT = ROUTE_SERVER;

  /** The largest ASN Route Server accepts from a peer: 2-byte ASNs only (fact 17). */
  public static final long MAX_PEER_ASN = 65534;

  /** Where to pick a private ASN that no rule of section B refuses, as messages suggest it. */
  public static final String PRIVATE_RANGE_TO_SUGGEST = "64512-65514";

  /** Why an ASN is reserved (fact 16), and by whom. */
  public enum Reservation {
    AZURE_PUBLIC("Azure", "an Azure public ASN (8074, 8075, 12076)"),
    ROUTE_SERVER_OWN("Azure", "Azure Route Server's own ASN (always " + ROUTE_SERVER
        + "; the eBGP session needs a different one)"),
    AZURE_PRIVATE("Azure", "an Azure private ASN (" + ROUTE_SERVER + ", 65517-65520)"),
    IANA("IANA", "reserved by IANA (23456, 64496-64511, 65535-65551)");

    private final String reservedBy;
    private final String description;

    Reservation(String reservedBy, String description) {
      this.reservedBy = reservedBy;
      this.description = description;
    }

    /** "Azure" or "IANA". */
    public String reservedBy() {
      return reservedBy;
    }

    /** What the ASN is, as a message continues "ASN N is ...". */
    public String description() {
      return description;
    }
  }

  private AzureAsns() {
  }

  /** Fact 16: the reservation an ASN falls under, or empty when it is free to use. */
  public static Optional<Reservation> reservation(long asn) {
    if (asn == 8074 || asn == 8075 || asn == EXPRESS_ROUTE) {
      return Optional.of(Reservation.AZURE_PUBLIC);
    }
    if (asn == ROUTE_SERVER) {
      return Optional.of(Reservation.ROUTE_SERVER_OWN);
    }
    if (asn >= 65517 && asn <= 65520) {
      return Optional.of(Reservation.AZURE_PRIVATE);
    }
    if (asn == 23456 || asn >= 64496 && asn <= 64511 || asn >= 65535 && asn <= 65551) {
      return Optional.of(Reservation.IANA);
    }
    return Optional.empty();
  }

  /**
   * Fact 17: whether the ASN fits the 2-byte range Route Server accepts from a peer (reservations
   * aside). A deploy-time rule (fact 87): today's Azure refuses the peering, but Route Servers
   * deployed in 2021 peered with AS 65555 and learned its routes, so a model that breaks it is an
   * error yet simulates as such a deployment ran.
   */
  public static boolean fitsPeerRange(long asn) {
    return asn >= 1 && asn <= MAX_PEER_ASN;
  }

  /**
   * Why Route Server keeps the session with a peer of this ASN down, or empty when it comes up: a
   * reserved ASN (fact 16). An ASN outside the 2-byte range is a deployment rule, not a reason the
   * session fails ({@link #fitsPeerRange}).
   */
  public static Optional<String> sessionRefusal(long asn) {
    if (asn <= 0) {
      return Optional.of("ASN " + asn + " is not an AS number BGP can use (RFC 7607)");
    }
    return reservation(asn).map(reserved -> "ASN " + asn + " is reserved by " + reserved.reservedBy() + " (fact 16)");
  }
}
