package org.routesrv.dsl.ide.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.RsnetIdeSetup;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.DisplayPath;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Injector;

/** The language server's answer to "which files, named how": paths in the workspace, attached once. */
class WorkspaceNetworkFilesTest {

  private static final URI WORKSPACE = URI.createFileURI("/projects/contoso/");

  @Test
  void theLanguageServerNamesFilesByTheirPathInTheWorkspaceFolder() throws IOException {
    Injector language = new RsnetIdeSetup().createInjectorAndDoEMFRegistration();
    NetworkFiles files = language.getInstance(NetworkFiles.class);
    XtextResourceSet resourceSet = workspaceResourceSet(language);
    Resource hub = load(resourceSet, URI.createFileURI("/projects/contoso/hubs/west.rsnet"), "hub");
    Resource spoke = load(resourceSet, URI.createFileURI("/projects/contoso/spoke one.rsnet"), "spoke");
    Resource outside = load(resourceSet, URI.createFileURI("/elsewhere/shared.rsnet"), "shared");
    Resource beside = load(resourceSet, URI.createFileURI("/projects/fabrikam/peer.rsnet"), "peer");

    assertEquals(List.of(outside, hub, spoke, beside), files.modelsOf(spoke).stream().map(Model::eResource).toList());
    assertEquals(List.of("hubs/west.rsnet", "spoke one.rsnet", "/elsewhere/shared.rsnet",
        "/projects/fabrikam/peer.rsnet"),
        List.of(files.displayPathOf(hub), files.displayPathOf(spoke), files.displayPathOf(outside),
            files.displayPathOf(beside)));
  }

  /**
   * Issue 22: the server answers read requests in parallel, and two of them adding a name to one EMF
   * adapter list at once left a null in it. However many requests ask at once, each file gets one name.
   */
  @Test
  void parallelRequestsAttachOneDisplayPathPerFile() throws Exception {
    Injector language = new RsnetIdeSetup().createInjectorAndDoEMFRegistration();
    NetworkFiles files = language.getInstance(NetworkFiles.class);
    XtextResourceSet resourceSet = workspaceResourceSet(language);
    List<Resource> resources = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      resources.add(load(resourceSet, URI.createFileURI("/projects/contoso/part" + i + ".rsnet"), "vnet" + i));
    }
    ExecutorService requests = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> answered = new ArrayList<>();
      for (int request = 0; request < 8; request++) {
        int first = request;
        answered.add(requests.submit(() -> {
          start.await();
          for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get((first + i) % resources.size());
            files.modelsOf(resource);
            files.displayPathOf(resource);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> request : answered) {
        request.get();
      }
    } finally {
      requests.shutdown();
    }
    for (int i = 0; i < resources.size(); i++) {
      List<Adapter> adapters = List.copyOf(resources.get(i).eAdapters());
      assertEquals(1, adapters.stream().filter(DisplayPath.class::isInstance).count(), adapters.toString());
      assertEquals("part" + i + ".rsnet", DisplayPath.attachedTo(resources.get(i)).path());
    }
  }

  private static XtextResourceSet workspaceResourceSet(Injector language) {
    XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
    ProjectConfigAdapter.install(resourceSet, new FileProjectConfig(WORKSPACE, "contoso"));
    return resourceSet;
  }

  private static Resource load(XtextResourceSet resourceSet, URI uri, String vnet) throws IOException {
    Resource resource = resourceSet.createResource(uri);
    String text = "network contoso\nvnet " + vnet + " {\n    address-space 10.0.0.0/16\n}\n";
    resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
    return resource;
  }
}
