package org.routesrv.dsl.validation;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, item 4: the rules on a single advertisement run through one hook, {@code RuleFamily.checkAdvertisement},
 * for every advertisement wherever it is written, in an NVA's bgp block or in a scenario's advertise event. The two
 * places used to have twin checks each, and one family (facts 40, 44 and 73) had forgotten the scenario's.
 */
class AdvertisementRulesWhereverWrittenTest extends RuleTestBase {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "prefix-host-bits     | ERROR   | [[10.50.0.1/16]]",
      "asn-zero             | ERROR   | 10.50.0.0/16 as-path 65001 [[0]]",
      "prepend-with-as-path | ERROR   | 10.50.0.0/16 as-path 65001 65001 prepend [[1]]",
      "as-path-65515        | WARNING | 10.50.0.0/16 as-path 65001 [[65515]]",
      "reserved-community   | WARNING | 10.50.0.0/16 community [[65517:65517]]",
  })
  void aRuleOnAnAdvertisementAppliesInABgpBlockAndInAScenario(String code, Severity severity,
      String markedAdvertisement) {
    String inBgpBlock = HUB + nva("fw", 4, 65001, "advertise " + markedAdvertisement);
    String inScenario = HUB + nva("fw", 4, 65001, "advertise 10.60.0.0/16")
        + "scenario announce {\n    advertise fw " + markedAdvertisement + "\n}\n";
    assertIssue(code, severity, inBgpBlock);
    assertIssue(code, severity, inScenario);
  }
}
