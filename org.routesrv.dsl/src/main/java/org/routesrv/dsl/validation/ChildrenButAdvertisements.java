package org.routesrv.dsl.validation;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.routesrv.dsl.rsnet.RsnetPackage;

/**
 * The children of an element in EMF's order, except advertisements: walks of a whole network that
 * have nothing to do with its 32,000 advertisements skip them without touching each one.
 */
final class ChildrenButAdvertisements {

  private ChildrenButAdvertisements() {
  }

  /** Offers each child to {@code visit} until it answers false; true when every child was visited. */
  static boolean each(EObject element, Predicate<EObject> visit) {
    for (EReference containment : element.eClass().getEAllContainments()) {
      if (containment.getEReferenceType() == RsnetPackage.Literals.ADVERTISEMENT) {
        continue;
      }
      Object contents = element.eGet(containment, false);
      if (contents instanceof List<?> children) {
        for (int i = 0; i < children.size(); i++) {
          if (!visit.test((EObject) children.get(i))) {
            return false;
          }
        }
      } else if (contents instanceof EObject child && !visit.test(child)) {
        return false;
      }
    }
    return true;
  }
}
