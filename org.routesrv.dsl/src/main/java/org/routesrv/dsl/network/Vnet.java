package org.routesrv.dsl.network;

import java.util.List;
import java.util.Optional;

/**
 * A virtual network. Resolved: {@code location} is the vnet's own, else its file's
 * {@code location}, else null (unknown: peerings with it count as regional).
 */
public record Vnet(String name, String location, List<Ipv4Prefix> addressSpaces, List<Subnet> subnets) {


  public Vnet {
    addressSpaces = List.copyOf(addressSpaces);
    subnets = List.copyOf(subnets);
  }

  public Optional<Subnet> subnet(String subnetName) {
    return subnets.stream().filter(s -> s.name().equals(subnetName)).findFirst();
  }

  public SubnetRef ref(Subnet subnet) {
    return new SubnetRef(name, subnet.name());
  }
}
