package org.routesrv.dsl.network;

/**
 * An IPv4 address as an unsigned 32-bit value. Parsing is strict (four decimal octets, 0-255, no
 * leading '+' or spaces) because the same rules decide what the editor accepts.
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

  public static Ipv4Address parse(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an IPv4 address: it needs four octets, like 10.0.3.4");
    }
    int bits = 0;
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException(
            "'" + text + "' is not an IPv4 address: each octet is a number from 0 to 255");
      }
      int value = Integer.parseInt(octet);
      if (value > 255) {
        throw new IllegalArgumentException(
            "'" + text + "' is not an IPv4 address: octet " + value + " is above 255");
      }
      bits = (bits << 8) | value;
    }
    return new Ipv4Address(bits);
  }

  public long unsigned() {
    return Integer.toUnsignedLong(bits);
  }

  public Ipv4Address plus(long offset) {
    return new Ipv4Address((int) (unsigned() + offset));
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
  }
}
