package org.routesrv.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/**
 * The scope provider answers linking from the file's own names before it builds Xtext's layered
 * scope; these tests hold it to the layered scope's answers, which the rest of the suite relies on.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class NetworkScopeProviderTest {

  /** A NIC names subnet s1 relative to its NVA first: that finds fw.s1, a subnet of VNet fw. */
  private static final String SHADOWING = """
      network lab.shadow
      vnet fw { address-space 10.1.0.0/16 subnet s1 10.1.0.0/24 }
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.0.0/26
          subnet s1 10.0.1.0/24
      }
      vnet hub { address-space 10.2.0.0/16 subnet s2 10.2.0.0/24 }
      nva fw vendor frr asn 65001 { nic eth0 s1 10.1.0.4 nic eth1 hub.s1 10.0.1.4 bgp { peer ars via eth1 } }
      route-server ars in hub
      vm v1 in hub.s1 10.0.1.10
      vm v2 in hub.s2 10.2.0.10
      vm v3 in lab.shadow.fw.s1 10.1.0.10
      vm v4 in hub.nope 10.0.1.11
      """;

  @Inject ModelFixture fixture;
  @Inject IScopeProvider scopeProvider;
  @Inject IQualifiedNameConverter converter;
  @Inject LinkingHelper linkingHelper;

  /** The shadowing model and every example. */
  static Stream<String> models() {
    return Stream.concat(Stream.of(SHADOWING), ExampleFiles.all().stream().map(ExampleFiles::text));
  }

  private static Stream<EObject> elements(Model model) {
    List<EObject> elements = new ArrayList<>(List.of(model));
    model.eAllContents().forEachRemaining(elements::add);
    return elements.stream();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyReferenceLinksAsXtextsLayeredScopeLinksIt(String text) {
    Model model = fixture.parse(text);
    int references = 0;
    for (EObject element : elements(model).toList()) {
      for (EReference reference : element.eClass().getEAllReferences()) {
        if (reference.isContainment()) {
          continue;
        }
        for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
          if (!(scopeProvider.getScope(element, reference) instanceof LocalFirstScope shortcut)) {
            continue; // NICs and BGP peers: names on one NVA (RsnetScopeProvider)
          }
          QualifiedName name = converter.toQualifiedName(linkingHelper.getCrossRefNodeAsString(node, true));
          assertEquals(target(shortcut.full().getSingleElement(name)), target(shortcut.getSingleElement(name)),
              "'" + name + "' from " + element);
          references++;
        }
      }
    }
    assertTrue(references > 5, references + " references");
  }

  private static EObject target(IEObjectDescription description) {
    return description == null ? null : description.getEObjectOrProxy();
  }

  @Test
  void aNameRelativeToAnEnclosingElementComesFirst() {
    Model model = fixture.parse(SHADOWING);
    Nva fw = (Nva) model.getElements().stream().filter(Nva.class::isInstance).findFirst().orElseThrow();
    assertEquals(Ipv4Prefix.parse("10.1.0.0/24"), fw.getNics().get(0).getSubnet().getPrefix());
    assertEquals(Ipv4Prefix.parse("10.0.1.0/24"), fw.getNics().get(1).getSubnet().getPrefix());
  }

  @Test
  void fullyQualifiedNamesAndTheFirstOfDuplicatesLink() {
    Model model = fixture.parse(SHADOWING);
    List<Vm> vms = model.getElements().stream().filter(Vm.class::isInstance).map(Vm.class::cast).toList();
    assertEquals(Ipv4Prefix.parse("10.0.1.0/24"), vms.get(0).getSubnet().getPrefix());
    assertEquals(Ipv4Prefix.parse("10.2.0.0/24"),
        vms.get(1).getSubnet().getPrefix(), "names, not VNets, are looked up: hub.s2 is unique");
    assertEquals(Ipv4Prefix.parse("10.1.0.0/24"), vms.get(2).getSubnet().getPrefix());
    RouteServer ars = model.getElements().stream().filter(RouteServer.class::isInstance).map(RouteServer.class::cast)
        .findFirst().orElseThrow();
    assertSame(model.getElements().get(1), ars.getVnet(), "the first of two VNets named hub");
  }

  @Test
  void anUnresolvedNameListsTheDeclaredCandidates() {
    Model model = fixture.parse(SHADOWING);
    EcoreUtil.resolveAll(model);
    List<String> messages = model.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
    assertEquals(List.of("no subnet named 'hub.nope' in this network (declared: RouteServerSubnet, s1, s2)"), messages);
  }
}
