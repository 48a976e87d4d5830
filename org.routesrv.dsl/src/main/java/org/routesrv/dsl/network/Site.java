package org.routesrv.dsl.network;

import java.util.List;

/**
 * An on-premises site reached through {@code via}, the name of a gateway or an NVA. Nothing is
 * resolved here but {@code bgpIp}: the AS path Azure sees depends on the gateway and is computed by the simulator.
 *
 * @param asn the site's ASN, or {@link #STATIC}: a local network gateway with static prefixes and no BGP
 * @param bgpIp the on-premises router's BGP address as written, else a placeholder from 198.51.100.0/24 (TEST-NET-2,
 *     RFC 5737): the sites without one get 198.51.100.1, .2, ... in the order they are written
 */
public record Site(String name, long asn, String via, Ipv4Address bgpIp, List<SitePrefix> prefixes) {

  /** The ASN of a site written without one: ASN 0 is reserved (RFC 7607), so no real site has it. */
  public static final long STATIC = 0;

  /** Where placeholder BGP addresses come from: a range reserved for documentation, never a real address. */
  public static final Ipv4Prefix PLACEHOLDER_BGP_IPS = Ipv4Prefix.parse("198.51.100.0/24");

  public Site {
    prefixes = List.copyOf(prefixes);
  }

  /** An address on-premises, for traces from and to the site: the first host of its first prefix. */
  public Ipv4Address sampleAddress() {
    return prefixes.isEmpty() ? bgpIp : prefixes.get(0).prefix().firstHost();
  }

  /** False for a local network gateway with static prefixes. */
  public boolean speaksBgp() {
    return asn != STATIC;
  }

  /**
   * The path the site announces a prefix with: its own ASN, then the ASNs behind it. A static site announces
   * nothing: Azure programs its prefixes with an empty path.
   */
  public AsPath pathOf(SitePrefix prefix) {
    return speaksBgp() ? prefix.asPathBehind().prepend(asn) : AsPath.of();
  }
}
