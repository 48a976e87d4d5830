package org.routesrv.dsl.naming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
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
  private final Map<EClass, Optional<EAttribute>> nameAttributes = new HashMap<>();
  private final Map<EClass, Boolean> holdsNames = new HashMap<>();
  private final Map<EPackage, Set<EClass>> namedClasses = new HashMap<>();
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
    for (EReference containment : element.eClass().getEAllContainments()) {
      if (!canHoldNames(containment.getEReferenceType())) {
        continue;
      }
      Object contents = element.eGet(containment, false);
      if (contents instanceof List<?> children) {
        for (Object child : children) {
          add((EObject) child, name, converter);
        }
      } else if (contents instanceof EObject child) {
        add(child, name, converter);
      }
    }
  }

  private String simpleName(EObject element) {
    EAttribute attribute = nameAttribute(element.eClass());
    return attribute == null ? null : (String) element.eGet(attribute);
  }

  /** What Xtext's {@link SimpleAttributeResolver#NAME_RESOLVER} finds: a single-valued String attribute "name". */
  private EAttribute nameAttribute(EClass type) {
    return nameAttributes.computeIfAbsent(type, t -> Optional
        .ofNullable(t.getEStructuralFeature("name") instanceof EAttribute attribute && !attribute.isMany()
            && attribute.getEType().getInstanceClass() == String.class ? attribute : null))
        .orElse(null);
  }

  /**
   * Whether an element of this type or of a subtype can have a name, or contain one that has. The walk does not
   * enter containments that cannot: a large network's 32,000 advertisements have no names, and visiting each
   * cost a third of the linking.
   */
  private boolean canHoldNames(EClass type) {
    Boolean known = holdsNames.get(type);
    if (known == null) {
      known = namedClasses.computeIfAbsent(type.getEPackage(), this::namedClasses).stream()
          .anyMatch(type::isSuperTypeOf);
      holdsNames.put(type, known);
    }
    return known;
  }

  /** The classes of a package that have a name or can contain, at any depth, an element that has one. */
  private Set<EClass> namedClasses(EPackage ePackage) {
    List<EClass> classes = ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
        .toList();
    Set<EClass> named = new HashSet<>();
    classes.stream().filter(type -> nameAttribute(type) != null).forEach(named::add);
    boolean grown = true;
    while (grown) {
      grown = false;
      for (EClass type : classes) {
        if (!named.contains(type) && type.getEAllContainments().stream().map(EReference::getEReferenceType)
            .anyMatch(contained -> contained.getEPackage() != ePackage
                || named.stream().anyMatch(contained::isSuperTypeOf))) {
          named.add(type);
          grown = true;
        }
      }
    }
    return named;
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
