package org.routesrv.dsl.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A BGP AS path, nearest AS first, without AS_SETs (RSNet cannot write them). */
public record AsPath(List<Long> asns) {

  public static final AsPath EMPTY = new AsPath(List.of());

  /** The private ASN ranges of RFC 6996: two-byte, then four-byte. */
  private static final long FIRST_PRIVATE = 64_512;
  private static final long LAST_PRIVATE = 65_534;
  private static final long FIRST_PRIVATE_4_BYTE = 4_200_000_000L;
  private static final long LAST_PRIVATE_4_BYTE = 4_294_967_294L;

  /** The two-byte private range as messages write it. */
  public static final String PRIVATE_RANGE = FIRST_PRIVATE + "-" + LAST_PRIVATE;

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

  /** Whether RFC 6996 reserves {@code asn} for private use. */
  public static boolean isPrivate(long asn) {
    return asn >= FIRST_PRIVATE && asn <= LAST_PRIVATE || asn >= FIRST_PRIVATE_4_BYTE && asn <= LAST_PRIVATE_4_BYTE;
  }

  /** The path with every private ASN left out, as a router that strips them sends it. */
  public AsPath withoutPrivateAsns() {
    List<Long> kept = new ArrayList<>(asns.size());
    for (long asn : asns) {
      if (!isPrivate(asn)) {
        kept.add(asn);
      }
    }
    return kept.size() == asns.size() ? this : new AsPath(kept);
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
