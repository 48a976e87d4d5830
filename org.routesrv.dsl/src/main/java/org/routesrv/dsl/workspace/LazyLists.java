package org.routesrv.dsl.workspace;

import java.util.Iterator;
import java.util.List;

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
    for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
      EObject object = contents.next();
      List<EStructuralFeature> features = object.eClass().getEAllStructuralFeatures();
      for (int i = 0; i < features.size(); i++) {
        EStructuralFeature feature = features.get(i);
        if (feature.isMany()) {
          object.eGet(feature, false);
        }
      }
    }
  }
}
