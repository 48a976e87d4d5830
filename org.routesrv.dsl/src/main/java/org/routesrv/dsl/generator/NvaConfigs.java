package org.routesrv.dsl.generator;

import java.util.List;

import org.routesrv.dsl.network.NvaVendor;

/** Which configuration files each vendor gets. */
public final class NvaConfigs {

  private NvaConfigs() {
  }

  /** Empty for a vendor RSNet has no generator for ({@code generic}). */
  public static List<NvaConfigGenerator> forVendor(NvaVendor vendor) {
    return switch (vendor) {
      case PANOS -> List.of(new PanosSetGenerator(), new PanosXmlGenerator());
      case EXABGP -> List.of(new ExabgpGenerator());
      case FRR -> List.of(new FrrGenerator());
      case BIRD -> List.of(new BirdGenerator());
      case GENERIC -> List.of();
    };
  }
}
