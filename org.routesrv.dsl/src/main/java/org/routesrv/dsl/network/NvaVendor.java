package org.routesrv.dsl.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The NVA's software, which decides how it forwards and what it re-advertises. GENERIC, written {@code generic}, is a
 * standard eBGP router RSNet writes no configuration for; the simulator also treats a keyword it does not know as
 * one (the validator reports that keyword).
 */
public enum NvaVendor {
  PANOS("panos"), EXABGP("exabgp"), FRR("frr"), BIRD("bird"), GENERIC("generic");

  private final String keyword;

  NvaVendor(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }

  /** Every vendor keyword a model may write, in declaration order. */
  public static List<String> keywords() {
    return Arrays.stream(values()).map(NvaVendor::keyword).toList();
  }

  public static Optional<NvaVendor> fromKeyword(String keyword) {
    return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
  }
}
