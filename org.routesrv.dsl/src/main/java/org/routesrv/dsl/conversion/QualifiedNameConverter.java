package org.routesrv.dsl.conversion;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code hub.nva}: segments are names, which may be keywords or be escaped with '^'. The text
 * arrives without hidden tokens, so splitting on '.' is exact.
 */
class QualifiedNameConverter extends LiteralConverter<String> {
  @Override
  protected String parse(String text) {
    if (text.indexOf('^') < 0) {
      return text; // nothing escaped, as in almost every reference: linking converts each one
    }
    return Arrays.stream(text.split("\\.", -1))
        .map(segment -> segment.startsWith("^") ? segment.substring(1) : segment)
        .collect(Collectors.joining("."));
  }
}
