package org.routesrv.dsl.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Prefix and address tables of a large network hold tens of thousands of /24 networks, whose low byte is always 0.
 * Java's hash map puts a key in bin {@code (h ^ h >>> 16) & (bins - 1)} and turns a bin of 8 keys into a tree;
 * these tests load a table the size such a map would have and check that the keys spread as random ones would.
 */
class Ipv4HashingTest {

  private static final int BINS = 1 << 15;
  private static final int NETWORKS = 16_000;

  private static Ipv4Prefix slash24(int n) {
    return Ipv4Prefix.parse((20 + n / 4000) + "." + (n % 4000) / 256 + "." + n % 256 + ".0/24");
  }

  @Test
  void consecutiveSlash24NetworksSpreadOverTheBins() {
    assertSpread(IntStream.range(0, NETWORKS).map(n -> slash24(n).hashCode()).toArray());
  }

  @Test
  void theirAddressesSpreadToo() {
    assertSpread(IntStream.range(0, NETWORKS).map(n -> slash24(n).address().hashCode()).toArray());
  }

  @Test
  void theSameNetworkWithAnotherLengthIsAnotherKey() {
    long distinct = IntStream.rangeClosed(8, 32)
        .map(length -> new Ipv4Prefix(slash24(7).address(), length).hashCode()).distinct().count();
    assertEquals(25, distinct, "lengths 8-32 of one address should hash apart");
  }

  private static void assertSpread(int[] hashes) {
    int[] load = new int[BINS];
    for (int hash : hashes) {
      load[(hash ^ (hash >>> 16)) & (BINS - 1)]++;
    }
    int fullest = Arrays.stream(load).max().orElseThrow();
    long used = Arrays.stream(load).filter(keys -> keys > 0).count();
    // Random keys: about 12,000 bins used, rarely more than 6 keys in one.
    assertTrue(fullest < 8, "a bin holds " + fullest + " keys: the map would turn it into a tree");
    assertTrue(used > 11_000, "only " + used + " of " + BINS + " bins used for " + hashes.length + " keys");
  }
}
