package org.routesrv.dsl.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

/** The prefix tables' int-keyed hash table behaves as a map, through growth and colliding probes. */
class IntKeyTableTest {

  /** Keys from a small range collide in the low bits the table probes by; sizes beyond the first guess grow it. */
  @Property(tries = 300)
  void agreesWithAHashMap(@ForAll @Size(max = 400) List<@IntRange(min = -64, max = 64) Integer> smallKeys,
      @ForAll @Size(max = 400) List<Integer> anyKeys, @ForAll @IntRange(max = 50) int expectedSize) {
    IntKeyTable<String> table = new IntKeyTable<>(expectedSize);
    Map<Integer, String> map = new HashMap<>();
    int step = 0;
    for (List<Integer> keys : List.of(smallKeys, anyKeys)) {
      for (int key : keys) {
        String value = "v" + step++;
        table.put(key << 10, value);
        map.put(key << 10, value);
      }
    }
    assertEquals(map.size(), table.size());
    map.forEach((key, value) -> assertEquals(value, table.get(key)));
    for (int key = -70; key <= 70; key++) {
      assertEquals(map.get(key << 10), table.get(key << 10));
    }
  }

  @Test
  void anEmptyTableFindsNothing() {
    assertNull(new IntKeyTable<String>(0).get(0));
  }

  @Test
  void nullValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new IntKeyTable<String>(4).put(1, null));
  }
}
