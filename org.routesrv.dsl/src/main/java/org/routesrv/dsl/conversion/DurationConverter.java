package org.routesrv.dsl.conversion;

import java.util.LinkedHashMap;
import java.util.Map;

/** Durations in milliseconds; the unit is mandatory because "60" could mean seconds or minutes. */
class DurationConverter extends LiteralConverter<Long> {

  private static final long MAX_MILLIS = 7L * 24 * 3600 * 1000;

  /** Longest suffix first, so that "ms" is not read as "m". */
  private static final Map<String, Long> UNITS = new LinkedHashMap<>();
  static {
    UNITS.put("ms", 1L);
    UNITS.put("h", 3_600_000L);
    UNITS.put("m", 60_000L);
    UNITS.put("s", 1_000L);
  }

  @Override
  protected Long parse(String text) {
    for (Map.Entry<String, Long> unit : UNITS.entrySet()) {
      if (text.endsWith(unit.getKey())) {
        String number = text.substring(0, text.length() - unit.getKey().length());
        if (number.length() > 9 || Long.parseLong(number) * unit.getValue() > MAX_MILLIS) {
          throw new IllegalArgumentException("duration " + text + " is too long: at most 7 days");
        }
        return Long.parseLong(number) * unit.getValue();
      }
    }
    throw new IllegalArgumentException(
        "duration '" + text + "' has no unit: write " + text + "s (units: ms, s, m, h)");
  }

  @Override
  protected String internalToString(Long millis) {
    return format(millis);
  }

  static String format(long millis) {
    if (millis % 3_600_000 == 0 && millis > 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0 && millis > 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
