package org.routesrv.dsl.network;

import java.util.Optional;

/** A standard BGP community {@code high:low}, each half 0-65535. */
public record Community(int high, int low) implements Comparable<Community> {

  /** RFC 1997 NO_ADVERTISE: Route Server programs such a route but passes it to no peer (fact 43). */
  public static final Community NO_ADVERTISE = new Community(65535, 65282);


  public Community {
    if (high < 0 || high > 65535 || low < 0 || low > 65535) {
      throw new IllegalArgumentException("community " + high + ":" + low + " has a half outside 0-65535");
    }
  }

  /** The community {@code text} writes, or empty when it writes none (a model with errors). */
  public static Optional<Community> tryParse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(parse(text));
    } catch (IllegalArgumentException notACommunity) {
      return Optional.empty();
    }
  }

  public static Community parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a community like 65010:2");
    }
    return new Community(Integer.parseInt(text.substring(0, colon).trim()),
        Integer.parseInt(text.substring(colon + 1).trim()));
  }

  @Override
  public int compareTo(Community other) {
    return high != other.high ? Integer.compare(high, other.high) : Integer.compare(low, other.low);
  }

  @Override
  public String toString() {
    return high + ":" + low;
  }
}
