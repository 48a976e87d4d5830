package org.routesrv.dsl.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.routesrv.dsl.rsnet.Model;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The network's files as the command line and Maven builds see them: the loaded files and those the
 * Xtext index knows (loaded on the way, as linking would load them), named as the user typed them on
 * the command line or, for files nobody named, relative to the folder the process runs in.
 */
@Singleton
public class IndexedNetworkFiles implements NetworkFiles {

  @Inject private ResourceDescriptionsProvider indexes;
  @Inject private IQualifiedNameConverter names;

  @Override
  public List<Model> modelsOf(Resource resource) {
    return modelsOf(resource, indexes.getResourceDescriptions(resource));
  }

  /** {@link #modelsOf(Resource)} with the files {@code index} exports ({@code index} may be null: loaded files only). */
  public List<Model> modelsOf(Resource resource, IResourceDescriptions index) {
    Model own = NetworkFiles.rootOf(resource);
    if (own == null || own.getName() == null) {
      return List.of();
    }
    ResourceSet resourceSet = resource.getResourceSet();
    Set<Resource> candidates = new LinkedHashSet<>();
    candidates.add(resource);
    if (resourceSet != null) {
      // A copy: a language server's parallel read requests load files into the same resource set.
      candidates.addAll(List.copyOf(resourceSet.getResources()));
      // A resource set's own index describes exactly the files already listed.
      if (index != null && !(index instanceof ResourceSetBasedResourceDescriptions)) {
        for (URI uri : NetworkFiles.indexedFilesOf(index, names.toQualifiedName(own.getName()))) {
          try {
            candidates.add(resourceSet.getResource(uri, true));
          } catch (RuntimeException unreadable) {
            // a file that vanished since it was indexed is simply not part of the network any more
          }
        }
      }
    }
    List<Model> models = new ArrayList<>();
    for (Resource candidate : candidates) {
      Model model = NetworkFiles.rootOf(candidate);
      if (model != null && own.getName().equals(model.getName())) {
        models.add(model);
      }
    }
    models.sort(Comparator.comparing(model -> String.valueOf(model.eResource().getURI())));
    return List.copyOf(models);
  }

  /** The path attached when the file was loaded (as typed on the command line), else {@link #nameOf}. */
  @Override
  public String displayPathOf(Resource resource) {
    DisplayPath attached = DisplayPath.attachedTo(resource);
    return attached != null ? attached.path() : nameOf(resource);
  }

  /** Relative to the folder the process runs in, as a user would type it; absolute elsewhere. */
  protected String nameOf(Resource resource) {
    URI uri = resource.getURI();
    if (!uri.isFile()) {
      return uri.toString();
    }
    Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
    Path workingFolder = Path.of("").toAbsolutePath();
    return file.startsWith(workingFolder) ? workingFolder.relativize(file).toString() : file.toString();
  }
}
