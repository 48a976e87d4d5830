package org.routesrv.dsl.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One RSNet network: every construct of all files that share the {@code network} name, with the
 * defaults of language.md applied (each record says which of its values are resolved). References
 * between records are by name; {@code nsgs} only lists the declared names (rules are out of scope).
 */
public record Network(String name, List<Vnet> vnets, List<VnetPeering> peerings, List<RouteTable> routeTables,
    List<String> nsgs, List<RouteServer> routeServers, List<Nva> nvas, List<Gateway> gateways, List<Site> sites,
    List<Vm> vms, List<Expectation> expectations, List<Scenario> scenarios) {

  public Network {
    vnets = List.copyOf(vnets);
    peerings = List.copyOf(peerings);
    routeTables = List.copyOf(routeTables);
    nsgs = List.copyOf(nsgs);
    routeServers = List.copyOf(routeServers);
    nvas = List.copyOf(nvas);
    gateways = List.copyOf(gateways);
    sites = List.copyOf(sites);
    vms = List.copyOf(vms);
    expectations = List.copyOf(expectations);
    scenarios = List.copyOf(scenarios);
  }

  public Optional<Vnet> vnet(String vnetName) {
    return vnets.stream().filter(v -> v.name().equals(vnetName)).findFirst();
  }

  public Optional<Subnet> subnet(SubnetRef ref) {
    return vnet(ref.vnet()).flatMap(v -> v.subnet(ref.subnet()));
  }

  public Optional<RouteTable> routeTable(String tableName) {
    return routeTables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }

  public Optional<RouteServer> routeServer(String serverName) {
    return routeServers.stream().filter(r -> r.name().equals(serverName)).findFirst();
  }

  public Optional<Nva> nva(String nvaName) {
    return nvas.stream().filter(n -> n.name().equals(nvaName)).findFirst();
  }

  public Optional<Gateway> gateway(String gatewayName) {
    return gateways.stream().filter(g -> g.name().equals(gatewayName)).findFirst();
  }

  public Optional<Vm> vm(String vmName) {
    return vms.stream().filter(v -> v.name().equals(vmName)).findFirst();
  }

  public Optional<Scenario> scenario(String scenarioName) {
    return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst();
  }

  /** The same network with one Route Server replaced (matched by name); scenarios change settings this way. */
  public Network withRouteServer(RouteServer replacement) {
    return new Network(name, vnets, peerings, routeTables, nsgs, replacedByName(routeServers, replacement,
        RouteServer::name), nvas, gateways, sites, vms, expectations, scenarios);
  }

  /** The same network with one NVA replaced (matched by name); scenarios change NVAs this way. */
  public Network withNva(Nva replacement) {
    return new Network(name, vnets, peerings, routeTables, nsgs, routeServers, replacedByName(nvas, replacement,
        Nva::name), gateways, sites, vms, expectations, scenarios);
  }

  private static <T> List<T> replacedByName(List<T> elements, T replacement, Function<T, String> nameOf) {
    List<T> replaced = new ArrayList<>(elements.size());
    for (T element : elements) {
      replaced.add(nameOf.apply(element).equals(nameOf.apply(replacement)) ? replacement : element);
    }
    return replaced;
  }
}
