package org.routesrv.dsl.workspace;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.routesrv.dsl.rsnet.Model;

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

  /** The root model of {@code resource}, or null when it has none (an empty or unparsable file). */
  static Model rootOf(Resource resource) {
    return resource != null && !resource.getContents().isEmpty()
        && resource.getContents().get(0) instanceof Model model ? model : null;
  }
}
