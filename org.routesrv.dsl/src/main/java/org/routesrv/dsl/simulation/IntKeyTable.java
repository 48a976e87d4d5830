package org.routesrv.dsl.simulation;

/**
 * A hash table from int keys to non-null values, by open addressing: a prefix table of a large network holds
 * tens of thousands of prefixes, and a {@code HashMap<Integer, V>} boxed every key looked up and kept an entry
 * object per key. Keys must already be well mixed (the table uses their low bits as they are).
 */
final class IntKeyTable<V> {

  private int[] keys;
  /** Null marks a free slot. */
  private Object[] values;
  private int size;

  IntKeyTable(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(8, expectedSize) * 2 - 1) << 1;
    keys = new int[capacity];
    values = new Object[capacity];
  }

  @SuppressWarnings("unchecked")
  V get(int key) {
    int mask = keys.length - 1;
    for (int slot = key & mask;; slot = (slot + 1) & mask) {
      Object value = values[slot];
      if (value == null || keys[slot] == key) {
        return (V) value;
      }
    }
  }

  /** Stores {@code value} under {@code key}, replacing what was there. */
  void put(int key, V value) {
    if (value == null) {
      throw new IllegalArgumentException("null value for key " + key);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = key & mask;
    while (values[slot] != null && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (values[slot] == null) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    int[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    size = 0;
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldValues[slot] != null) {
        put(oldKeys[slot], (V) oldValues[slot]);
      }
    }
  }
}
