package org.routesrv.dsl.conversion;

class OnOffConverter extends LiteralConverter<Boolean> {
  @Override
  protected Boolean parse(String text) {
    return "on".equals(text);
  }

  @Override
  protected String internalToString(Boolean value) {
    return value ? "on" : "off";
  }
}
