package org.routesrv.dsl.network;

/**
 * An IPv4 prefix as written, e.g. 10.0.0.0/16. The address may have host bits set (the validator
 * reports that with a quick fix); every set operation works on {@link #network()}.
 */
public record Ipv4Prefix(Ipv4Address address, int length) implements Comparable<Ipv4Prefix> {

  public static final Ipv4Prefix DEFAULT_ROUTE = new Ipv4Prefix(new Ipv4Address(0), 0);

  public Ipv4Prefix {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length /" + length + " is outside 0-32");
    }
  }

  /** Spread like {@link Ipv4Address#hashCode()}, for maps keyed by tens of thousands of /24 networks. */
  @Override
  public int hashCode() {
    return Ipv4Address.spread(address.bits() ^ length * 0x9E3779B9);
  }

  public static Ipv4Prefix parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is an address, not a prefix: add a length, e.g. " + text + "/24");
    }
    Ipv4Address address = Ipv4Address.parse(text, 0, slash);
    int length = 0;
    int digits = text.length() - slash - 1;
    boolean numeric = digits >= 1 && digits <= 2;
    for (int i = slash + 1; numeric && i < text.length(); i++) {
      char c = text.charAt(i);
      numeric = c >= '0' && c <= '9';
      length = length * 10 + (c - '0');
    }
    if (!numeric || length > 32) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an IPv4 prefix: the length after '/' is a number from 0 to 32");
    }
    return new Ipv4Prefix(address, length);
  }

  public int mask() {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  public Ipv4Address first() {
    return new Ipv4Address(address.bits() & mask());
  }

  /** The first address a host would have: the one after the network address, except in a /31 or /32. */
  public Ipv4Address firstHost() {
    return length >= 31 ? first() : first().plus(1);
  }

  public Ipv4Address last() {
    return new Ipv4Address(address.bits() | ~mask());
  }

  public long size() {
    return 1L << (32 - length);
  }

  public boolean hasHostBits() {
    return (address.bits() & ~mask()) != 0;
  }

  /** The same prefix with its host bits cleared. */
  public Ipv4Prefix network() {
    return hasHostBits() ? new Ipv4Prefix(first(), length) : this;
  }

  public boolean contains(Ipv4Address ip) {
    return (ip.bits() & mask()) == (address.bits() & mask());
  }

  /** True when every address of {@code other} lies in this prefix (equal prefixes included). */
  public boolean covers(Ipv4Prefix other) {
    return other.length >= length && contains(other.address);
  }

  public boolean overlaps(Ipv4Prefix other) {
    return covers(other) || other.covers(this);
  }

  /** Orders by network address, then shorter prefixes first, as route tables are usually listed. */
  @Override
  public int compareTo(Ipv4Prefix other) {
    int byAddress = first().compareTo(other.first());
    return byAddress != 0 ? byAddress : Integer.compare(length, other.length);
  }

  @Override
  public String toString() {
    return address + "/" + length;
  }
}
