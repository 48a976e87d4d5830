package org.routesrv.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;

import com.google.inject.Inject;

/** Files with the same network name are one model; other networks stay invisible. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class CrossFileTest {

  @Inject ModelLoader loader;
  @TempDir Path folder;

  private LoadedModel load(String... namesAndTexts) throws Exception {
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      Path file = folder.resolve(namesAndTexts[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, namesAndTexts[i + 1]);
    }
    return loader.load(ModelFiles.collect(List.of(folder.toString())));
  }

  private static List<String> errors(LoadedModel model) {
    return model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::format).toList();
  }

  @Test
  void referencesResolveAcrossFilesOfTheSameNetworkInSubfolders() throws Exception {
    LoadedModel model = load(
        "network/vnets.rsnet", """
            network contoso.prod
            vnet hub {
                address-space 10.0.0.0/16
                subnet RouteServerSubnet 10.0.1.0/26
                subnet nva 10.0.2.0/24
            }
            """,
        "nvas/firewalls.rsnet", """
            network contoso.prod
            route-server ars in hub
            nva fw1 vendor frr asn 65001 {
                nic eth0 hub.nva 10.0.2.4
                bgp { peer ars via eth0 }
            }
            expect session fw1 established
            """);
    assertEquals(List.of(), errors(model));
    assertEquals(List.of("contoso.prod"), List.copyOf(model.networks().keySet()));
    assertEquals(2, model.networks().get("contoso.prod").size());
  }

  @Test
  void anotherNetworksElementsAreNotVisibleEvenFullyQualified() throws Exception {
    LoadedModel model = load(
        "a.rsnet", "network a\nvnet hub { address-space 10.0.0.0/16 subnet s 10.0.0.0/24 }\n",
        "b.rsnet", "network b\nvm v1 in hub.s 10.0.0.4\nvm v2 in a.hub.s 10.0.0.5\n");
    List<String> errors = errors(model);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("b.rsnet:2:") && errors.get(0).contains("no subnet named 'hub.s'"), errors.get(0));
    assertTrue(errors.get(1).contains("b.rsnet:3:"), errors.get(1));
  }
}
