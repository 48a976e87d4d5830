package org.routesrv.dsl.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.RsnetPackage;

/**
 * The one answer to "which files make up this network, in what order, and how are they named": every
 * file that declares the same {@code network} as a given one (they form one model), in URI order so
 * that every front end lowers, validates and reports a network identically. Each front end binds its
 * own naming, as Langium's {@code LangiumDocuments} is bound per host: the command line names a file as
 * typed (attached when it is loaded), Maven builds relative to the folder they run in, the language
 * server relative to its workspace folder.
 */
public interface NetworkFiles {

  /**
   * The root of every file of the network {@code resource} declares, {@code resource} included, in
   * network order (by URI); files of the network not loaded yet are loaded. Empty when the file has no
   * root or its {@code network} no name: it then belongs to no network.
   */
  List<Model> modelsOf(Resource resource);

  /** How reports, expectation results and diagnostics name the file of {@code resource}. */
  String displayPathOf(Resource resource);

  /**
   * The files {@code index} knows to declare {@code network}, by URI: each file's root is exported
   * under its network's name, so this is one lookup by name, not a walk over the index.
   */
  static List<URI> indexedFilesOf(IResourceDescriptions index, QualifiedName network) {
    List<URI> files = new ArrayList<>();
    for (IEObjectDescription root : index.getExportedObjects(RsnetPackage.Literals.MODEL, network, false)) {
      files.add(root.getEObjectURI().trimFragment());
    }
    return files;
  }

  /** The root model of {@code resource}, or null when it has none (an empty or unparsable file). */
  static Model rootOf(Resource resource) {
    return resource != null && !resource.getContents().isEmpty()
        && resource.getContents().get(0) instanceof Model model ? model : null;
  }
}
