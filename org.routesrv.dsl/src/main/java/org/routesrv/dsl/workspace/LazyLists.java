package org.routesrv.dsl.workspace;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * EMF creates an object's list for a many-valued feature on its first read, so reading a model is
 * not free of writes. Once every such list exists, reading the model from two threads writes
 * nothing, which lets the lowering run beside the validation's checks.
 */
final class LazyLists {

  private LazyLists() {
  }

  /** Creates every list the model's objects would create on a read; call before other threads read them. */
  static void materialize(Resource resource) {
    Map<EClass, EStructuralFeature[]> manyValued = new HashMap<>();
    for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
      EObject object = contents.next();
      for (EStructuralFeature feature : manyValued.computeIfAbsent(object.eClass(), LazyLists::manyValued)) {
        object.eGet(feature, false);
      }
    }
  }

  private static EStructuralFeature[] manyValued(EClass type) {
    return type.getEAllStructuralFeatures().stream().filter(EStructuralFeature::isMany)
        .toArray(EStructuralFeature[]::new);
  }
}
