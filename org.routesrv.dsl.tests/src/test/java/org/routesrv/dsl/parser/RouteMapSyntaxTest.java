package org.routesrv.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/**
 * Mistakes in route maps get the words that fit there: 'community' after 'match' takes equals or contains, while
 * 'community' after 'advertise PREFIX' takes a value, and 'prepend' takes a number in both places.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class RouteMapSyntaxTest {

  @Inject ModelFixture fixture;

  private List<String> messages(String ruleBody) {
    return fixture.syntaxMessages(fixture.parse("network n\nroute-map m {\n    rule r {\n        " + ruleBody
        + "\n    }\n}\n"));
  }

  @Test
  void aMatchWithoutEqualsOrContainsSaysWhichWordsFit() {
    assertEquals(List.of("'community' takes equals or contains, not '65001:1'"), messages("match community 65001:1"));
    assertEquals(List.of("'prefix' takes equals or contains, not '10.0.0.0/8'"), messages("match prefix 10.0.0.0/8"));
    assertEquals(List.of("'as-path' takes equals or contains, not '65001'"), messages("match as-path 65001"));
  }

  @Test
  void aTypoAfterSetIsNotTakenForTheScenarioEventThatSetsARouteServer() {
    List<String> messages = messages("set aspath 65001");
    assertEquals(1, messages.size(), messages.toString());
    assertFalse(messages.get(0).contains("needs a name"), messages.get(0));
  }

  @Test
  void aPrependWithoutAsnsAsksForANumber() {
    assertEquals(List.of("'prepend' needs a number after it, not 'drop'"), messages("prepend\n        drop"));
  }
}
