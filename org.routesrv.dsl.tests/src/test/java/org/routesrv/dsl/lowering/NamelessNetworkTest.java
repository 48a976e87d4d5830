package org.routesrv.dsl.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/**
 * Issue 22, failure 6: the lowering refuses a file without a network name the way it refuses every model with errors
 * (an IllegalArgumentException the callers treat as "nothing to simulate"), never with an index or null error.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class NamelessNetworkTest {

  @Inject ParseHelper<Model> parser;
  @Inject NetworkLowering lowering;

  @Test
  void aFileHoldingOnlyTheNetworkKeywordIsRefusedWithAReason() throws Exception {
    Model model = parser.parse("network\n");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> lowering.lower(List.of(model), resource -> "model.rsnet"));
    assertEquals("a network needs a name", refused.getMessage());
  }

  @Test
  void aNamedNetworkWithNothingElseLowersToAnEmptyNetwork() throws Exception {
    LoweredNetwork lowered = lowering.lower(List.of(parser.parse("network x\n")), resource -> "model.rsnet");
    assertEquals("x", lowered.network().name());
    assertEquals(List.of(), lowered.network().vnets());
  }
}
