package org.routesrv.dsl.ide.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.RsnetPackage;
import org.routesrv.dsl.workspace.DisplayPath;

import com.google.inject.Inject;

/**
 * The files of one network as the editor sees them: every workspace file that declares the same
 * {@code network}, found through the index (so files nobody opened count too, and are loaded), in
 * URI order so that two requests lower the same network identically, each named by its path in the
 * workspace.
 */
public class NetworkFiles {

  @Inject private ResourceDescriptionsProvider indexes;
  @Inject private IQualifiedNameConverter names;

  /** The root of {@code resource}, or null when it has none (an empty or unparsable file). */
  public static Model modelOf(Resource resource) {
    return resource != null && !resource.getContents().isEmpty()
        && resource.getContents().get(0) instanceof Model model ? model : null;
  }

  /** Every file of the network {@code resource} declares, {@code resource} included; empty without a network name. */
  public List<Model> of(Resource resource) {
    Model own = modelOf(resource);
    if (own == null || own.getName() == null) {
      return List.of();
    }
    Set<URI> uris = new LinkedHashSet<>();
    uris.add(resource.getURI());
    QualifiedName network = names.toQualifiedName(own.getName());
    IResourceDescriptions index = indexes.getResourceDescriptions(resource);
    for (IEObjectDescription description : index.getExportedObjects(RsnetPackage.Literals.MODEL, network, false)) {
      uris.add(description.getEObjectURI().trimFragment());
    }
    ResourceSet resourceSet = resource.getResourceSet();
    List<Model> models = new ArrayList<>();
    for (URI uri : uris) {
      Model model = modelOf(uri.equals(resource.getURI()) ? resource : resourceSet.getResource(uri, true));
      if (model != null && own.getName().equals(model.getName())) {
        models.add(model);
      }
    }
    models.sort(Comparator.comparing(model -> model.eResource().getURI().toString()));
    // Reports and expectation results name files as the workspace does, not by absolute URI.
    for (Model model : models) {
      DisplayPath.attachIfMissing(model.eResource(), () -> displayPath(model.eResource()));
    }
    return models;
  }

  /** A file's path relative to its workspace folder, as reports name it; its file name outside one. */
  public static String displayPath(Resource resource) {
    URI uri = resource.getURI();
    ProjectConfigAdapter adapter = resource.getResourceSet() == null ? null
        : ProjectConfigAdapter.findInEmfObject(resource.getResourceSet());
    IProjectConfig project = adapter == null ? null : adapter.getProjectConfig();
    if (project != null && project.getPath() != null) {
      URI relative = uri.deresolve(project.getPath().appendSegment(""));
      if (relative.isRelative() && !relative.toString().startsWith("..")) {
        return URI.decode(relative.toString());
      }
    }
    return URI.decode(uri.lastSegment());
  }
}
