package org.routesrv.dsl.network;

import java.util.List;

/**
 * An on-premises site reached through {@code via}, the name of a gateway or an NVA. Nothing is
 * resolved here: the AS path Azure sees depends on the gateway and is computed by the simulator.
 */
public record Site(String name, long asn, String via, List<SitePrefix> prefixes) {

  public Site {
    prefixes = List.copyOf(prefixes);
  }

  /** The path the site announces a prefix with: its own ASN, then the ASNs behind it. */
  public AsPath pathOf(SitePrefix prefix) {
    return prefix.asPathBehind().prepend(asn);
  }
}
