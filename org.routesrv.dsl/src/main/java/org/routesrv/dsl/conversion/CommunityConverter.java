package org.routesrv.dsl.conversion;

import org.routesrv.dsl.network.Community;
class CommunityConverter extends LiteralConverter<Community> {
  @Override
  protected Community parse(String text) {
    String[] halves = text.split(":", -1);
    for (String half : halves) {
      if (half.length() > 5 || Integer.parseInt(half) > 65535) {
        throw new IllegalArgumentException("community " + text
            + " is out of range: both halves of a BGP community are numbers from 0 to 65535");
      }
    }
    return Community.parse(text);
  }
}
