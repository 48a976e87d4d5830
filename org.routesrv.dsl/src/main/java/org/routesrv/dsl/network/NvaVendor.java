package org.routesrv.dsl.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * The NVA's software, which decides how it forwards and what it re-advertises. GENERIC stands for a
 * vendor keyword RSNet does not know yet: a standard eBGP router.
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

  public static Optional<NvaVendor> fromKeyword(String keyword) {
    return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
  }
}
