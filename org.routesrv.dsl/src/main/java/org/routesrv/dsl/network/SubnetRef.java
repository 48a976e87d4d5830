package org.routesrv.dsl.network;

/**
 * A subnet named by its vnet, as {@code hub.trusted} in RSNet. Printed {@code hub/trusted}, the key
 * used by the simulation output.
 */
public record SubnetRef(String vnet, String subnet) implements Comparable<SubnetRef> {

  /** Accepts both the language's {@code hub.trusted} and the output's {@code hub/trusted}. */
  public static SubnetRef parse(String text) {
    int separator = Math.max(text.indexOf('/'), text.indexOf('.'));
    if (separator <= 0 || separator == text.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not a subnet reference like hub.trusted");
    }
    return new SubnetRef(text.substring(0, separator), text.substring(separator + 1));
  }

  @Override
  public int compareTo(SubnetRef other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return vnet + "/" + subnet;
  }
}
