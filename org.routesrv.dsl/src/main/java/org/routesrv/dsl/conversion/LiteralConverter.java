package org.routesrv.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** A converter whose checks throw {@link IllegalArgumentException} with a message for the user. */
abstract class LiteralConverter<T> extends AbstractNullSafeConverter<T> {

  static final String IPV6_UNSUPPORTED =
      "IPv6 is not supported by Azure Route Server: RSNet v1 models IPv4 only, write an IPv4 ";

  @Override
  protected final T internalToValue(String text, INode node) throws ValueConverterException {
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw new ValueConverterException(e.getMessage(), node, null);
    }
  }

  protected abstract T parse(String text);

  @Override
  protected String internalToString(T value) {
    return value.toString();
  }

  static boolean looksLikeIpv6(String text) {
    return text.indexOf(':') >= 0;
  }

  /** The message for text that is not IPv4; {@code what} is "address" or "prefix". */
  static String notIpv4(String text, String what) {
    if (text.matches("\\d+:\\d+:\\d+")) {
      return "'" + text + "' looks like a large BGP community, which RSNet does not support here: write an IPv4 " + what;
    }
    return IPV6_UNSUPPORTED + what + " instead of '" + text + "'";
  }
}
