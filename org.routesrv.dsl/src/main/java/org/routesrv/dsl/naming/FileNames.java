package org.routesrv.dsl.naming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * The qualified name of every named element of one file, computed in one walk over the file. The
 * names are those of Xtext's default qualified name provider (the element's {@code name}, after
 * the name of its nearest named container); that provider, asked element by element, cost more
 * than all the linking it served on a large model, and attached an adapter to every named element.
 */
public final class FileNames {

  private final Map<EObject, QualifiedName> names = new IdentityHashMap<>();
  private final Map<QualifiedName, List<EObject>> elements = new HashMap<>();
  /** Named elements in the order of the file. */
  private final List<EObject> inOrder = new ArrayList<>();

  private FileNames() {
  }

  static FileNames of(Resource resource, IQualifiedNameConverter converter) {
    FileNames result = new FileNames();
    for (EObject root : resource.getContents()) {
      result.add(root, null, converter);
    }
    return result;
  }

  private void add(EObject element, QualifiedName containerName, IQualifiedNameConverter converter) {
    QualifiedName name = containerName;
    String simpleName = simpleName(element);
    if (simpleName != null && !simpleName.isEmpty()) {
      QualifiedName own = converter.toQualifiedName(simpleName);
      name = containerName == null ? own : containerName.append(own);
      names.put(element, name);
      elements.computeIfAbsent(name, n -> new ArrayList<>(1)).add(element);
      inOrder.add(element);
    }
    for (EObject child : element.eContents()) {
      add(child, name, converter);
    }
  }

  private static String simpleName(EObject element) {
    EAttribute attribute = SimpleAttributeResolver.NAME_RESOLVER.getAttribute(element);
    return attribute == null ? null : (String) element.eGet(attribute);
  }

  /** The element's qualified name, or null when it has no name. */
  public QualifiedName nameOf(EObject element) {
    return names.get(element);
  }

  /** The first element in file order with that qualified name and of that type (or a subtype), or null. */
  public EObject first(QualifiedName name, EClass type) {
    List<EObject> candidates = elements.get(name);
    if (candidates != null) {
      for (EObject candidate : candidates) {
        if (EcoreUtil2.isAssignableFrom(type, candidate.eClass())) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** Every named element with its qualified name, in file order. */
  public void forEach(BiConsumer<EObject, QualifiedName> action) {
    for (EObject element : inOrder) {
      action.accept(element, names.get(element));
    }
  }
}
