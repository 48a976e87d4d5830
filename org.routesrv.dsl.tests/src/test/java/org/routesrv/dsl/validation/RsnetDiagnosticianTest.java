package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.rsnet.Advertisement;

/**
 * What {@link RsnetDiagnostician} skips must be what no check needs (for expensive checks, see
 * {@code RsnetResourceValidatorTest.theOnlyExpensiveCheckIsTheFirstFamilysCheckOfTheModel}).
 */
class RsnetDiagnosticianTest {

  private static List<Method> checks() {
    return Stream.concat(Stream.of(RsnetValidator.class),
        Arrays.stream(RsnetValidator.class.getAnnotation(ComposedChecks.class).validators()))
        .flatMap(family -> Arrays.stream(family.getMethods()))
        .filter(method -> method.isAnnotationPresent(Check.class)).toList();
  }

  @Test
  void theFamiliesHaveChecks() {
    assertFalse(checks().isEmpty());
  }

  @Test
  void noCheckTakesAnAdvertisementItself() {
    for (Method check : checks()) {
      assertFalse(Advertisement.class.isAssignableFrom(check.getParameterTypes()[0]), check
          + " would never run: advertisements are checked through their bgp block or scenario event");
    }
  }
}
