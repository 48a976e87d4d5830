package org.routesrv.dsl.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.routesrv.dsl.rsnet.Element;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nva;

/**
 * Where a network was written: its files as the user named them, and which file declares each NVA
 * (the header of that NVA's configuration names it).
 */
public record NetworkSources(List<String> files, Map<String, String> nvaFiles) {

  public NetworkSources {
    files = List.copyOf(files);
    nvaFiles = Map.copyOf(nvaFiles);
  }

  public static NetworkSources of(List<Model> models, Function<Resource, String> displayPath) {
    List<String> files = new ArrayList<>();
    Map<String, String> nvaFiles = new TreeMap<>();
    for (Model model : models) {
      String file = displayPath.apply(model.eResource());
      files.add(file);
      for (Element element : model.getElements()) {
        if (element instanceof Nva nva) {
          nvaFiles.put(nva.getName(), file);
        }
      }
    }
    return new NetworkSources(files, nvaFiles);
  }

  public String fileOf(String nva) {
    return nvaFiles.getOrDefault(nva, String.join(", ", files));
  }
}
