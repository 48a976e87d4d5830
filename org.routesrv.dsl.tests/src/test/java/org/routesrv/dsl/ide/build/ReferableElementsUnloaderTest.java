package org.routesrv.dsl.ide.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.ide.RsnetIdeSetup;
import org.routesrv.dsl.rsnet.AddressSpace;
import org.routesrv.dsl.rsnet.Expectation;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.ModelFixture;

/** Unloading gives every referable element the URI EMF would, and leaves the rest alone. */
class ReferableElementsUnloaderTest {

  private final ModelFixture fixture = new RsnetIdeSetup().createInjectorAndDoEMFRegistration()
      .getInstance(ModelFixture.class);

  static List<Path> examples() {
    return ExampleFiles.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void proxiesCarryTheUrisEmfGivesAndOnlyReferableElementsBecomeProxies(Path example) throws Exception {
    Model model = fixture.parseClean(Files.readString(example));
    Map<EObject, URI> emfUris = new IdentityHashMap<>();
    List<EObject> all = new ArrayList<>();
    model.eAllContents().forEachRemaining(element -> {
      all.add(element);
      emfUris.put(element, EcoreUtil.getURI(element));
    });
    new ReferableElementsUnloader().unloadRoot(model);
    int proxies = 0;
    for (EObject element : all) {
      if (element.eIsProxy()) {
        proxies++;
        assertEquals(emfUris.get(element), ((InternalEObject) element).eProxyURI());
      }
      if (element instanceof Subnet) {
        assertTrue(element.eIsProxy(), "a subnet can be referenced");
      }
      if (element instanceof AddressSpace || element instanceof Expectation) {
        assertFalse(element.eIsProxy(), "nothing references " + element.eClass().getName());
      }
      assertTrue(element.eAdapters().isEmpty());
    }
    assertTrue(proxies > 0 && proxies < all.size(), proxies + " of " + all.size());
  }
}
