package org.routesrv.dsl.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Route Server (ASN 65515, fact 14). Resolved: {@code instanceIps} = RouteServerSubnet start + 4
 * and + 5 (fact 7) in the order Azure lists them (fact 86), first = {@code RouteServiceRole_IN_0};
 * {@code branchToBranch} false;
 * {@code routingPreference} EXPRESS_ROUTE; {@code programmingDelay} 2-39 s (fact 91); {@code publicIp} STANDARD;
 * {@code capacity} 2 routing infrastructure units (fact 13); {@code programmedFrom} BOTH: the instances whose
 * learned routes reach the effective routes when an NVA sent them different attributes (fact 88, an assumption);
 * {@code importMaps} and {@code exportMaps} by peer name, none.
 */
public record RouteServer(String name, String vnet, List<Ipv4Address> instanceIps, boolean branchToBranch,
    RoutingPreference routingPreference, ProgrammingDelay programmingDelay, PublicIpSku publicIp, int capacity,
    InstanceSelection programmedFrom, Map<String, RouteMap> importMaps, Map<String, RouteMap> exportMaps) {

  public RouteServer {
    instanceIps = List.copyOf(instanceIps);
    importMaps = Map.copyOf(importMaps);
    exportMaps = Map.copyOf(exportMaps);
  }

  /** {@code set ROUTESERVER branch-to-branch on|off} in a scenario. */
  public RouteServer withBranchToBranch(boolean on) {
    return new RouteServer(name, vnet, instanceIps, on, routingPreference, programmingDelay, publicIp, capacity,
        programmedFrom, importMaps, exportMaps);
  }

  /** {@code set ROUTESERVER routing-preference ...} in a scenario. */
  public RouteServer withRoutingPreference(RoutingPreference preference) {
    return new RouteServer(name, vnet, instanceIps, branchToBranch, preference, programmingDelay, publicIp, capacity,
        programmedFrom, importMaps, exportMaps);
  }

  /** {@code attach} (a map) or {@code detach} (null) an import or export map for {@code peer} in a scenario. */
  public RouteServer withMap(boolean export, String peer, RouteMap map) {
    Map<String, RouteMap> changed = new HashMap<>(export ? exportMaps : importMaps);
    if (map == null) {
      changed.remove(peer);
    } else {
      changed.put(peer, map);
    }
    return new RouteServer(name, vnet, instanceIps, branchToBranch, routingPreference, programmingDelay, publicIp,
        capacity, programmedFrom, export ? importMaps : changed, export ? changed : exportMaps);
  }

  /** {@code import MAP from PEER}: the map applied to what Route Server learns from that peer (fact 89), or null. */
  public RouteMap importMap(String peer) {
    return importMaps.get(peer);
  }

  /** {@code export MAP to PEER}: the map applied to what Route Server advertises to that peer (fact 89), or null. */
  public RouteMap exportMap(String peer) {
    return exportMaps.get(peer);
  }

  public Ipv4Address instanceIp(RouteServerInstance instance) {
    return instanceIps.get(instance.index());
  }
}
