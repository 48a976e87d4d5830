package org.routesrv.dsl.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/** The index of a file's names gives every element the name Xtext's own provider gives it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class FileNamesTest {

  /** Unnamed containers (bgp), a dotted network name, an element without a name. */
  private static final String NESTED = """
      network lab.names
      vnet hub { address-space 10.0.0.0/16 subnet RouteServerSubnet 10.0.0.0/26 subnet nva 10.0.1.0/24 }
      route-server ars in hub
      nva fw vendor frr asn 65001 {
          nic eth0 hub.nva 10.0.1.4
          bgp { peer ars via eth0 peer tor 10.0.1.9 asn 65002 advertise 10.9.0.0/16 to tor }
      }
      scenario failover { fail fw crash expect no-route hub.nva 10.9.0.0/16 }
      """;

  @Inject ModelFixture fixture;
  @Inject IQualifiedNameProvider bound;
  @Inject DefaultDeclarativeQualifiedNameProvider xtext;

  static Stream<String> models() {
    return Stream.concat(Stream.of(NESTED), ExampleFiles.all().stream().map(ExampleFiles::text));
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementHasTheNameXtextGivesIt(String text) {
    Model model = fixture.parse(text);
    List<EObject> elements = new ArrayList<>(List.of(model));
    model.eAllContents().forEachRemaining(elements::add);
    for (EObject element : elements) {
      assertEquals(xtext.getFullyQualifiedName(element), bound.getFullyQualifiedName(element), element.toString());
    }
  }

  @Test
  void namesNestUnderTheNearestNamedContainer() {
    Model model = fixture.parseClean(NESTED);
    List<String> names = new ArrayList<>();
    model.eAllContents().forEachRemaining(element -> {
      QualifiedName name = bound.getFullyQualifiedName(element);
      if (name != null) {
        names.add(name.toString());
      }
    });
    assertEquals(List.of("lab.names.hub", "lab.names.hub.RouteServerSubnet", "lab.names.hub.nva", "lab.names.ars",
        "lab.names.fw", "lab.names.fw.eth0", "lab.names.fw.tor", "lab.names.failover"), names);
  }

  @Test
  void anEditRenamesWhatItChanges() {
    Model model = fixture.parse(NESTED);
    Vnet hub = (Vnet) model.getElements().get(0);
    assertEquals(QualifiedName.create("lab", "names", "hub", "nva"), bound.getFullyQualifiedName(hub.getSubnets().get(1)));
    hub.setName("core");
    assertEquals(QualifiedName.create("lab", "names", "core", "nva"), bound.getFullyQualifiedName(hub.getSubnets().get(1)));
    hub.getSubnets().get(1).setName(null);
    assertNull(bound.getFullyQualifiedName(hub.getSubnets().get(1)));
  }
}
