package org.routesrv.dsl.azure;

/**
 * Which vnets share a hub's Route Server and gateways (facts 32-34). A hub is a vnet holding a Route
 * Server or a gateway; the validator and the simulator both ask here whether a spoke joins one.
 */
public final class GatewayTransit {

  private GatewayTransit() {
  }

  /**
   * Facts 32-34: a spoke joins the hub's domain over a peering when its own side uses remote gateways
   * and the hub's side allows gateway transit; a vnet with hub services of its own ignores the flag
   * and stays its own hub (fact 33); nothing is transitive (fact 34: only direct peerings count).
   */
  public static boolean spokeJoinsHub(boolean spokeUsesRemoteGateways, boolean hubAllowsGatewayTransit,
      boolean spokeIsAHub) {
    return spokeUsesRemoteGateways && hubAllowsGatewayTransit && !spokeIsAHub;
  }
}
