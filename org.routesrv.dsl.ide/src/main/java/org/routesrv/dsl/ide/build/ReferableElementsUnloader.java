package org.routesrv.dsl.ide.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.routesrv.dsl.rsnet.RsnetPackage;

/**
 * Turns the objects of a re-parsed part of a file into proxies, so that references from other files
 * find their replacements. Xtext's generic unloader makes every object a proxy and computes each
 * one's URI from scratch, looking up its position in its parent's list every time: for a file of a
 * few thousand statements that was quadratic, and it ran after most keystrokes. This one computes
 * the URIs in one walk of the tree and only for what a reference can point to (vnets, subnets,
 * NVAs...); an address space or an expectation is never the target of a reference.
 */
public class ReferableElementsUnloader implements IReferableElementsUnloader {

  /** Every type some cross-reference of the language points to, and their subtypes. */
  private static final Set<EClass> REFERABLE = referableTypes();

  @Override
  public void unloadRoot(EObject root) {
    URI rootUri = EcoreUtil.getURI(root);
    if (root.eResource() == null || rootUri == null || !rootUri.hasFragment()) {
      new GenericUnloader().unloadRoot(root);
      return;
    }
    List<EObject> elements = new ArrayList<>();
    List<EObject> referable = new ArrayList<>();
    List<URI> uris = new ArrayList<>();
    collect(root, rootUri.fragment(), rootUri.trimFragment(), elements, referable, uris);
    // As Xtext's unloader: all URIs first (they depend on the containers), then proxies top-down.
    for (EObject element : elements) {
      element.eAdapters().clear();
    }
    for (int i = 0; i < referable.size(); i++) {
      ((InternalEObject) referable.get(i)).eSetProxyURI(uris.get(i));
    }
  }

  /**
   * Depth first, as EMF names contained objects: {@code parent/@feature.index} for a list,
   * {@code parent/@feature} for a single child (the language has no keys or IDs, which would change that).
   */
  private static void collect(EObject element, String fragment, URI resource, List<EObject> elements,
      List<EObject> referable, List<URI> uris) {
    elements.add(element);
    if (REFERABLE.contains(element.eClass())) {
      referable.add(element);
      uris.add(resource.appendFragment(fragment));
    }
    for (EReference containment : element.eClass().getEAllContainments()) {
      if (!element.eIsSet(containment)) {
        continue;
      }
      String prefix = fragment + "/@" + containment.getName();
      if (containment.isMany()) {
        List<?> children = (List<?>) element.eGet(containment);
        for (int index = 0; index < children.size(); index++) {
          collect((EObject) children.get(index), prefix + "." + index, resource, elements, referable, uris);
        }
      } else {
        collect((EObject) element.eGet(containment), prefix, resource, elements, referable, uris);
      }
    }
  }

  private static Set<EClass> referableTypes() {
    Set<EClass> targets = new HashSet<>();
    for (EClassifier classifier : RsnetPackage.eINSTANCE.getEClassifiers()) {
      if (classifier instanceof EClass type) {
        for (EReference reference : type.getEReferences()) {
          if (!reference.isContainment() && !reference.isContainer()) {
            targets.add(reference.getEReferenceType());
          }
        }
      }
    }
    Set<EClass> referable = new HashSet<>();
    for (EClassifier classifier : RsnetPackage.eINSTANCE.getEClassifiers()) {
      if (classifier instanceof EClass type && targets.stream().anyMatch(target -> target.isSuperTypeOf(type))) {
        referable.add(type);
      }
    }
    return referable;
  }
}
