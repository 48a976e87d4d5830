package org.routesrv.dsl.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.ModelFiles.ModelFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads model files into one resource set so that files of the same network link to each other. */
public class ModelLoader {

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private IResourceFactory resourceFactory;
  @Inject private FileDiagnostics fileDiagnostics;
  @Inject private NetworkFiles networkFiles;

  public LoadedModel load(List<ModelFile> files) {
    XtextResourceSet resourceSet = resourceSets.get();
    // Local to this resource set: EMF's global registry is shared with whatever else runs in the JVM.
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
        .put(ModelFiles.EXTENSION.substring(1), resourceFactory);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Resource> loaded = new ArrayList<>();
    for (ModelFile file : files) {
      if (!file.location().getFileName().toString().endsWith(ModelFiles.EXTENSION)) {
        diagnostics.add(notAModelFile(file));
        continue;
      }
      Resource resource = resourceSet.createResource(URI.createFileURI(file.location().toString()));
      try {
        resource.load(resourceSet.getLoadOptions());
      } catch (IOException e) {
        throw new UncheckedIOException(file.displayPath() + ": cannot be read: " + e.getMessage(), e);
      }
      // The command line names each file as typed, and every report asks NetworkFiles for that name.
      DisplayPath.attach(resource, file.displayPath());
      loaded.add(resource);
    }
    try {
      EcoreUtil.resolveAll(resourceSet);
    } catch (RuntimeException e) {
      // Left to the validation below, which links each file again and reports what fails as an error of the file.
    }

    Map<String, List<Model>> networks = new TreeMap<>();
    for (Resource resource : loaded) {
      diagnostics.addAll(fileDiagnostics.validate(resource, networkFiles.displayPathOf(resource)));
      Model model = NetworkFiles.rootOf(resource);
      if (resource instanceof XtextResource && model != null && model.getName() != null) {
        networks.computeIfAbsent(model.getName(), name -> networkFiles.modelsOf(resource));
      }
    }
    diagnostics.sort(FileDiagnostics.IN_FILE_ORDER);
    return new LoadedModel(resourceSet, networks, diagnostics, networkFiles);
  }

  /**
   * A file named on the command line that is not a {@code .rsnet} file. It is not read: editors and
   * Maven builds recognise models by that extension only, and checking it here would make the command
   * line disagree with them.
   */
  private static Diagnostic notAModelFile(ModelFile file) {
    String name = file.location().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String renamed = (dot > 0 ? name.substring(0, dot) : name) + ModelFiles.EXTENSION;
    return new Diagnostic(file.displayPath(), 1, 1, Diagnostic.Severity.ERROR, file.displayPath() + " is not an "
        + ModelFiles.EXTENSION + " file: RSNet, its editors and Maven builds read models only from files named *"
        + ModelFiles.EXTENSION + "; rename it to " + renamed, "not-a-model-file");
  }

}
