package org.routesrv.dsl.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A BGP AS path, nearest AS first, without AS_SETs (RSNet cannot write them). */
public record AsPath(List<Long> asns) {

  public static final AsPath EMPTY = new AsPath(List.of());

  public AsPath {
    asns = List.copyOf(asns);
  }

  public static AsPath of(long... asns) {
    List<Long> list = new ArrayList<>(asns.length);
    for (long asn : asns) {
      list.add(asn);
    }
    return new AsPath(list);
  }

  /** Reads both the language's {@code 65001 65002} and Azure's {@code 65001-65002}. */
  public static AsPath parse(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return EMPTY;
    }
    List<Long> list = new ArrayList<>();
    for (String asn : trimmed.split("[\\s-]+")) {
      list.add(Long.parseLong(asn));
    }
    return new AsPath(list);
  }

  /** The path an eBGP speaker with this ASN sends on: its own ASN in front. */
  public AsPath prepend(long asn) {
    List<Long> list = new ArrayList<>(asns.size() + 1);
    list.add(asn);
    list.addAll(asns);
    return new AsPath(list);
  }

  public AsPath prepend(AsPath front) {
    List<Long> list = new ArrayList<>(front.asns);
    list.addAll(asns);
    return new AsPath(list);
  }

  public int length() {
    return asns.size();
  }

  public boolean contains(long asn) {
    return asns.contains(asn);
  }

  /** As the Azure CLI prints it: hyphen-joined, e.g. {@code 65515-65510-65501}. */
  public String toAzureString() {
    return asns.stream().map(String::valueOf).collect(Collectors.joining("-"));
  }

  /** As RSNet writes it: space-separated. */
  @Override
  public String toString() {
    return asns.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }
}
