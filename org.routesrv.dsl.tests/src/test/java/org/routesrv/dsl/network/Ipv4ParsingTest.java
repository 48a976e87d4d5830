package org.routesrv.dsl.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The address and prefix parsers behind every literal of a model. */
class Ipv4ParsingTest {

  @Property
  void everyAddressReadsBackFromItsText(@ForAll int bits) {
    Ipv4Address address = new Ipv4Address(bits);
    assertEquals(address, Ipv4Address.parse(address.toString()));
  }

  @Property
  void everyPrefixReadsBackFromItsText(@ForAll int bits, @ForAll @IntRange(min = 0, max = 32) int length) {
    Ipv4Prefix prefix = new Ipv4Prefix(new Ipv4Address(bits), length);
    assertEquals(prefix, Ipv4Prefix.parse(prefix.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "1.2.3", "1.2.3.4.5", "1..3.4", "1.2.3.", ".1.2.3", "256.0.0.0", "1.2.3.1000",
      "01234.1.1.1", "a.b.c.d", "1.2.3.-4", "1.2.3.4 "})
  void malformedAddressesAreRejectedWithAMessage(String text) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(text));
    assertEquals(true, error.getMessage().startsWith("'" + text + "' is not an IPv4 address"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/123", "10.0.0.0/a", "10.0.0.0/1a",
      "10.0.0.0/a1", "10.0.0.0/-1", "10.0.0/8"})
  void malformedPrefixesAreRejectedWithAMessage(String text) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse(text));
    assertEquals(true, error.getMessage().matches("'[^']*' is (not an IPv4 (prefix|address)|an address, not a prefix).*"),
        error.getMessage());
  }
}
