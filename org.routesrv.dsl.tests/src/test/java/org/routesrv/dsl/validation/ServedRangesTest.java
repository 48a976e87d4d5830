package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.validation.NetworkView.ServedRange;
import org.routesrv.dsl.validation.NetworkView.ServedRanges;

/** The indexed lookup of fact 51's "equal to or inside a VNet range" agrees with a plain scan. */
class ServedRangesTest {

  @Test
  void theWidestCoveringRangeIsFoundAsAScanFindsIt() {
    Random random = new Random(51);
    for (int round = 0; round < 200; round++) {
      List<ServedRange> ranges = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        ranges.add(new ServedRange(null, randomPrefix(random, 8 + random.nextInt(25))));
      }
      ServedRanges indexed = new ServedRanges(ranges);
      for (int probe = 0; probe < 50; probe++) {
        Ipv4Prefix prefix = probe % 2 == 0 ? randomPrefix(random, random.nextInt(33))
            : inside(ranges.get(random.nextInt(ranges.size())).space(), random);
        assertEquals(scan(ranges, prefix), indexed.covering(prefix), () -> prefix + " in " + ranges);
      }
    }
  }

  @Test
  void addressesOnBothSidesOfTheSignBitAndTheDefaultRoute() {
    ServedRange high = new ServedRange(null, Ipv4Prefix.parse("192.168.0.0/16"));
    ServedRange low = new ServedRange(null, Ipv4Prefix.parse("10.0.0.0/8"));
    ServedRanges indexed = new ServedRanges(List.of(high, low));
    assertEquals(high, indexed.covering(Ipv4Prefix.parse("192.168.4.0/24")));
    assertEquals(low, indexed.covering(Ipv4Prefix.parse("10.1.0.0/16")));
    assertNull(indexed.covering(Ipv4Prefix.parse("0.0.0.0/0")));
    ServedRange everything = new ServedRange(null, Ipv4Prefix.DEFAULT_ROUTE);
    assertEquals(everything, new ServedRanges(List.of(low, everything)).covering(Ipv4Prefix.parse("10.0.0.0/8")),
        "the widest range wins");
  }

  /** What the rule means: the widest range whose network covers the prefix; the first such range on a tie. */
  private static ServedRange scan(List<ServedRange> ranges, Ipv4Prefix prefix) {
    ServedRange widest = null;
    for (ServedRange range : ranges) {
      if (range.space().covers(prefix) && (widest == null || range.space().length() < widest.space().length())) {
        widest = range;
      }
    }
    return widest;
  }

  private static Ipv4Prefix randomPrefix(Random random, int length) {
    return new Ipv4Prefix(new Ipv4Address(random.nextInt()), length).network();
  }

  private static Ipv4Prefix inside(Ipv4Prefix range, Random random) {
    int length = range.length() + random.nextInt(33 - range.length());
    int bits = range.network().address().bits() | (random.nextInt() & ~(range.length() == 0 ? 0 : -1 << (32 - range.length())));
    return new Ipv4Prefix(new Ipv4Address(bits), length).network();
  }
}
