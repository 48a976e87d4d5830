package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.rsnet.Model;

/**
 * Issue 22, failure 10: 32,000 duplicate transit peerings took 21 s and 2.3 GB in {@code check}, because the
 * gateway-transit rules compared every peering with every earlier one. The work (bytes allocated by validation on
 * this thread, which unlike time does not depend on what else the machine runs) must grow linearly: 8 times the
 * peerings may cost about 8 times as much, not 64.
 */
class PeeringScalingTest extends RuleTestBase {

  private static final String HUB_AND_SPOKE = """
      network scaling
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
      }
      vnet spoke {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      route-server ars in hub
      """;

  private static String duplicateTransitPeerings(int count) {
    return HUB_AND_SPOKE + "peering hub <-> spoke { transit via hub }\n".repeat(count);
  }

  private long validationWork(int peerings) {
    Model model = parse(duplicateTransitPeerings(peerings));
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    List<Issue> issues = issues(model);
    long work = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(issues.stream().filter(i -> IssueCodes.USE_REMOTE_GATEWAYS_MULTIPLE.equals(i.getCode())).count()
        == peerings - 1, "every later transit peering is reported once");
    return work;
  }

  @Test
  void duplicateTransitPeeringsAreValidatedInLinearWork() {
    validationWork(500); // warm-up: class loading and first-use caches are not the rules' work
    long small = validationWork(1_000);
    long large = validationWork(8_000);
    double ratio = (double) large / small;
    System.out.printf("validation work: 1,000 peerings %,d bytes, 8,000 peerings %,d bytes, ratio %.1f%n", small,
        large, ratio);
    assertTrue(ratio < 12, "8 times the peerings cost " + ratio + " times the work (linear: about 8)");
  }
}
