package org.routesrv.dsl.conversion;

class IntConverter extends LiteralConverter<Integer> {
  @Override
  protected Integer parse(String text) {
    if (text.length() > 10 || Long.parseLong(text) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("number " + text + " is too large: at most " + Integer.MAX_VALUE);
    }
    return Integer.parseInt(text);
  }
}
