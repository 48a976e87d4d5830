package org.routesrv.dsl.conversion;

import org.routesrv.dsl.network.Ipv4Prefix;

/** The prefix as written (host bits included: the validator offers the fix). */
class PrefixConverter extends LiteralConverter<Ipv4Prefix> {
  @Override
  protected Ipv4Prefix parse(String text) {
    if (looksLikeIpv6(text)) {
      throw new IllegalArgumentException(notIpv4(text, "prefix"));
    }
    return Ipv4Prefix.parse(text);
  }
}
