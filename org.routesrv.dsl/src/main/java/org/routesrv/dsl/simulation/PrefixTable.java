package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * A map from prefixes to values with longest-prefix match: one hash table per prefix length, probed
 * from the longest length present down. A lookup costs at most 33 hash probes whatever the size of
 * the table, which keeps traces and effective-route queries cheap on tables with tens of thousands
 * of BGP routes.
 */
final class PrefixTable<V> {

  @SuppressWarnings({"unchecked", "rawtypes"})
  private final IntKeyTable<V>[] byLength = new IntKeyTable[33];
  private long lengthsPresent;

  PrefixTable() {
  }

  /** A table sized for {@code prefixesPerLength[n]} prefixes of length n: filling it never grows a hash table. */
  PrefixTable(int[] prefixesPerLength) {
    for (int length = 0; length < prefixesPerLength.length; length++) {
      if (prefixesPerLength[length] > 0) {
        byLength[length] = new IntKeyTable<>(prefixesPerLength[length]);
        lengthsPresent |= 1L << length;
      }
    }
  }

  /** Bit {@code n} is set when the table holds a prefix of length {@code n}. */
  long lengthsPresent() {
    return lengthsPresent;
  }

  void put(Ipv4Prefix prefix, V value) {
    slot(prefix.length()).put(key(prefix), value);
  }

  V get(Ipv4Prefix prefix) {
    return get(prefix.length(), prefix.address().bits());
  }

  /** The value stored for the prefix of {@code length} that contains {@code bits}, if any. */
  V get(int length, int bits) {
    IntKeyTable<V> slot = byLength[length];
    return slot == null ? null : slot.get(key(length, bits));
  }

  /** The value of the longest prefix that covers all of {@code prefix}, or null. */
  V longestCovering(Ipv4Prefix prefix) {
    long candidates = lengthsPresent & lengthsUpTo(prefix.length());
    int bits = prefix.address().bits();
    while (candidates != 0) {
      int length = 63 - Long.numberOfLeadingZeros(candidates);
      V value = get(length, bits);
      if (value != null) {
        return value;
      }
      candidates &= ~(1L << length);
    }
    return null;
  }

  V longestMatch(Ipv4Address address) {
    return longestCovering(new Ipv4Prefix(address, 32));
  }

  /** Lengths 0..{@code maxLength} as a bit set, for walking several tables in step. */
  static long lengthsUpTo(int maxLength) {
    return maxLength >= 63 ? -1L : (1L << (maxLength + 1)) - 1;
  }

  static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  private IntKeyTable<V> slot(int length) {
    if (byLength[length] == null) {
      byLength[length] = new IntKeyTable<>(0);
      lengthsPresent |= 1L << length;
    }
    return byLength[length];
  }

  private static int key(Ipv4Prefix prefix) {
    return key(prefix.length(), prefix.address().bits());
  }

  /**
   * The network bits, mixed by a bijection: the table probes by the key's low bits, and networks of one
   * length differ only in their high bits (a /24's low byte is 0).
   */
  private static int key(int length, int bits) {
    return Ipv4Address.spread(bits & mask(length));
  }
}
