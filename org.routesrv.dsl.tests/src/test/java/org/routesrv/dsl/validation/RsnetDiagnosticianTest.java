package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.ComposedChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.validation.xtext.RsnetDiagnostician;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What {@link RsnetDiagnostician} skips must be what no check needs (for expensive checks, see
 * {@code RsnetResourceValidatorTest.theOnlyExpensiveCheckIsTheFirstFamilysCheckOfTheModel}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class RsnetDiagnosticianTest {

  @Inject private ParseHelper<Model> parser;
  @Inject private EValidator.Registry registry;
  @Inject private Injector injector;
  @Inject private Diagnostician diagnostician;

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

  /** Every element but advertisements, in the order of EMF's own walk, and each once. */
  @Test
  void walksEveryElementButAdvertisementsInEmfsOrder() throws Exception {
    Model model = modelWithAdvertisements();
    List<EObject> expected = new ArrayList<>(List.of(model));
    model.eAllContents().forEachRemaining(element -> {
      if (!(element instanceof Advertisement)) {
        expected.add(element);
      }
    });
    assertEquals(expected, handedOver(model, CheckMode.NORMAL_AND_FAST));
    assertEquals(3, EcoreUtil2.eAllOfType(model, Advertisement.class).size(), "advertisements to skip");
  }

  @Test
  void aPassOfTheExpensiveChecksHandsOverTheRootAlone() throws Exception {
    Model model = modelWithAdvertisements();
    assertEquals(List.of(model), handedOver(model, CheckMode.EXPENSIVE_ONLY));
  }

  /** An editor runs the fast checks on every keystroke: they must not gather the whole network (other files). */
  @Test
  void fastChecksDoNotBuildTheNetworkView() throws Exception {
    Model model = modelWithAdvertisements();
    Map<Object, Object> fast = context(model, CheckMode.FAST_ONLY);
    diagnostician.validate(model, new BasicDiagnostic(), fast);
    assertFalse(fast.containsKey(NetworkView.class), "a fast check asked for the network");

    Map<Object, Object> normal = context(model, CheckMode.NORMAL_AND_FAST);
    diagnostician.validate(model, new BasicDiagnostic(), normal);
    assertTrue(normal.containsKey(NetworkView.class), "the normal checks ask for the network");
  }

  private Model modelWithAdvertisements() throws Exception {
    return parser.parse(RuleTestBase.HUB + RuleTestBase.nva("fw", 4, 65001, """
        advertise 0.0.0.0/0
        advertise 192.168.0.0/16 as-path 65001 65001""") + """
        site dc asn 65010 via fw { prefix 172.16.0.0/12 }
        vm app in spoke.workload 10.1.0.4
        scenario s { advertise fw 10.9.0.0/16 fail fw crash }
        """);
  }

  /** What the diagnostician hands to the checks, in order, in a pass of {@code mode}. */
  private List<EObject> handedOver(Model model, CheckMode mode) {
    List<EObject> handedOver = new ArrayList<>();
    RsnetDiagnostician recording = new RsnetDiagnostician(registry) {
      @Override
      public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        handedOver.add(eObject);
        return super.validate(eClass, eObject, diagnostics, context);
      }
    };
    injector.injectMembers(recording);
    recording.validate(model, new BasicDiagnostic(), context(model, mode));
    return handedOver;
  }

  /** The context Xtext's resource validator passes. */
  private static Map<Object, Object> context(Model model, CheckMode mode) {
    Map<Object, Object> context = new HashMap<>();
    context.put(CheckMode.KEY, mode);
    context.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, ((XtextResource) model.eResource()).getLanguageName());
    return context;
  }
}
