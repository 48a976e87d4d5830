package org.routesrv.dsl.conversion;

import org.routesrv.dsl.network.Ipv4Address;

class IpAddressConverter extends LiteralConverter<Ipv4Address> {
  @Override
  protected Ipv4Address parse(String text) {
    if (looksLikeIpv6(text)) {
      throw new IllegalArgumentException(notIpv4(text, "address"));
    }
    int slash = text.indexOf('/');
    if (slash >= 0) {
      throw new IllegalArgumentException("'" + text + "' is a prefix, but an address is expected here: write "
          + text.substring(0, slash));
    }
    return Ipv4Address.parse(text);
  }
}
