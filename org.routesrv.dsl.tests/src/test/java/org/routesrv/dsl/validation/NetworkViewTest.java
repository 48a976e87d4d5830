package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.IndexedNetworkFiles;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class NetworkViewTest {

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private IResourceServiceProvider services;
  @Inject private IndexedNetworkFiles networkFiles;

  /** A file of the network that nothing has loaded yet is found through the index (as in the language server). */
  @Test
  void filesOfTheNetworkAreFoundThroughTheIndex(@TempDir Path folder) throws IOException {
    URI lib = write(folder, "lib.rsnet", "network shared\nvnet spoke {\n address-space 10.1.0.0/16\n}\n");
    URI other = write(folder, "other.rsnet", "network unrelated\nvnet spoke {\n address-space 10.1.0.0/16\n}\n");
    URI main = write(folder, "main.rsnet", "network shared\nvnet hub {\n address-space 10.0.0.0/16\n}\n");
    XtextResourceSet indexing = resourceSets.get();
    ResourceDescriptionsData index = new ResourceDescriptionsData(List.of(describe(indexing, lib),
        describe(indexing, other), describe(indexing, main)));

    XtextResourceSet editing = resourceSets.get();
    Resource edited = editing.getResource(main, true);
    assertEquals(1, editing.getResources().size());

    NetworkView network = NetworkView.of(edited, indexedBy(index));
    assertEquals(List.of("lib.rsnet", "main.rsnet"),
        network.models().stream().map(m -> m.eResource().getURI().lastSegment()).toList());
    assertEquals(List.of("spoke", "hub"), network.all(Vnet.class).stream().map(Vnet::getName).toList());
  }

  /**
   * Fact 33: a vnet with hub services of its own stays its own hub even when its peering asks for the
   * remote gateways; the validator's served vnets now follow the simulator's domains here (issue 14:
   * the validator kept such a spoke, the simulator dropped it, through one rule now).
   */
  @Test
  void fact33_aSpokeWithItsOwnGatewayIsNotServedByTheHubsRouteServer(@TempDir Path folder) throws IOException {
    URI main = write(folder, "main.rsnet", """
        network own
        vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
        }
        vnet spoke {
          address-space 10.1.0.0/16
          subnet GatewaySubnet 10.1.0.0/27
        }
        vnet plain {
          address-space 10.2.0.0/16
        }
        route-server ars in hub
        expressroute-gateway er in spoke
        peering hub <-> spoke { transit via hub }
        peering hub <-> plain { transit via hub }
        """);
    XtextResourceSet resourceSet = resourceSets.get();
    Resource resource = resourceSet.getResource(main, true);
    NetworkView network = NetworkView.of(resource, indexedBy(new ResourceDescriptionsData(List.of(describe(resourceSet, main)))));
    Vnet hub = network.all(Vnet.class).get(0);
    assertEquals(List.of("hub", "plain"), network.servedVnets(hub).stream().map(Vnet::getName).toList());
  }

  /** The runtime's network files, asking {@code index} as the language server's resource sets ask theirs. */
  private NetworkFiles indexedBy(IResourceDescriptions index) {
    return new NetworkFiles() {
      @Override
      public List<Model> modelsOf(Resource resource) {
        return networkFiles.modelsOf(resource, index);
      }

      @Override
      public String displayPathOf(Resource resource) {
        return networkFiles.displayPathOf(resource);
      }
    };
  }

  private IResourceDescription describe(XtextResourceSet resourceSet, URI uri) {
    Resource resource = resourceSet.getResource(uri, true);
    return services.getResourceDescriptionManager().getResourceDescription(resource);
  }

  private static URI write(Path folder, String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return URI.createFileURI(file.toString());
  }
}
