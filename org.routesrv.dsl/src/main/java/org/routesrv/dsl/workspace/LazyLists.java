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
 * <p>
 * <b>Replaces</b> EMF's creation of a many-valued feature's list on its first read (EMF, not Xtext).
 * <b>Measured reason:</b> it lets the lowering (4-6 ms) and the simulation (4-6 ms) run on the second
 * core beside the checks (15-21 ms), for about 2 ms on the checking core (docs/performance.md, "Where
 * the time goes"). <b>Guard test:</b> {@code LazyListsTest.everyListOfEveryObjectExistsAfterwards}
 * fails when a list is left to be created by a read. <b>Delete</b> with the two-core validation in
 * {@code validation.xtext.RsnetResourceValidator}, or if the lowering stops reading the model from
 * another thread. It stays in {@code workspace}, beside the {@link NetworkAnalyzer} that calls it,
 * not with the Xtext plumbing: that package uses {@code workspace} ({@code NetworkAnalysisCache}), so
 * moving it there would make the two packages depend on each other.
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
