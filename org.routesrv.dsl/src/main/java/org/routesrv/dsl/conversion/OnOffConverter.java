package org.routesrv.dsl.conversion;

class OnOffConverter extends LiteralConverter<Boolean> {
  @Override
  protected Boolean parse(String text) {
    return switch (text) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new IllegalArgumentException("'" + text + "' is not a switch value: write on or off");
    };
  }

  @Override
  protected String internalToString(Boolean value) {
    return value ? "on" : "off";
  }
}
