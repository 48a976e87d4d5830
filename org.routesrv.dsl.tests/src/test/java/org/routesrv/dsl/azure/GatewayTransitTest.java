package org.routesrv.dsl.azure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule both the validator's served vnets and the simulator's domains ask (facts 32-34). */
class GatewayTransitTest {

  @Test
  void fact32_aSpokeJoinsWhenItUsesTheRemoteGatewaysAndTheHubAllowsTransit() {
    assertTrue(GatewayTransit.spokeJoinsHub(true, true, false));
  }

  @Test
  void fact33_eitherFlagAloneIsNotEnough() {
    assertFalse(GatewayTransit.spokeJoinsHub(true, false, false));
    assertFalse(GatewayTransit.spokeJoinsHub(false, true, false));
  }

  @Test
  void fact33_aVnetWithHubServicesOfItsOwnStaysItsOwnHub() {
    assertFalse(GatewayTransit.spokeJoinsHub(true, true, true));
  }

  @Test
  void fact23_routeServerPeersInItsOwnAndDirectlyPeeredVnetsOnly() {
    assertTrue(RouteServerReach.reaches(true, false));
    assertTrue(RouteServerReach.reaches(false, true));
    assertFalse(RouteServerReach.reaches(false, false));
  }
}
