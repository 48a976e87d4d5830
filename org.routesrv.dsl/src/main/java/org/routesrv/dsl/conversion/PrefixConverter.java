package org.routesrv.dsl.conversion;

import org.routesrv.dsl.network.Ipv4Prefix;

/** Keeps the prefix as written (host bits included: the validator offers the fix) once it is valid. */
class PrefixConverter extends LiteralConverter<String> {
  @Override
  protected String parse(String text) {
    if (looksLikeIpv6(text)) {
      throw new IllegalArgumentException(notIpv4(text, "prefix"));
    }
    Ipv4Prefix.parse(text);
    return text;
  }
}
