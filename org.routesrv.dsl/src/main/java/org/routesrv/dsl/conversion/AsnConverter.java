package org.routesrv.dsl.conversion;

/** The BGP range (0 to 2^32-1); which ASNs Azure accepts is the validator's business. */
class AsnConverter extends LiteralConverter<Long> {
  static final long MAX_ASN = 4_294_967_295L;

  @Override
  protected Long parse(String text) {
    if (text.length() > 10 || Long.parseLong(text) > MAX_ASN) {
      throw new IllegalArgumentException(
          "AS number " + text + " is out of range: an ASN is a number from 0 to " + MAX_ASN);
    }
    return Long.parseLong(text);
  }
}
