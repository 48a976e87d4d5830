package org.routesrv.dsl.scoping;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.routesrv.dsl.naming.FileNames;


/**
 * The scope of one reference as Xtext's namespace-aware scope provider builds it, with a shortcut
 * for linking: a name is first looked up relative to each named container of the reference, from
 * the innermost out, in the file's own names. That is exactly what the innermost layers of Xtext's
 * scope do, and it resolves almost every reference; the full scope (other files, the global index)
 * is built only for a name the file does not declare, and for listing candidates.
 */
final class LocalFirstScope implements IScope {

  private final EObject context;
  private final EClass type;
  private final FileNames names;
  private final Supplier<IScope> fullScope;
  /** Built at most once; a scope is used by one thread (one linking step, one content-assist request). */
  private IScope full;

  LocalFirstScope(EObject context, EClass type, FileNames names, Supplier<IScope> fullScope) {
    this.context = context;
    this.type = type;
    this.names = names;
    this.fullScope = fullScope;
  }

  @Override
  public IEObjectDescription getSingleElement(QualifiedName name) {
    if (!name.isEmpty()) {
      for (EObject container = context; container != null; container = container.eContainer()) {
        QualifiedName namespace = names.nameOf(container);
        if (namespace != null) {
          QualifiedName qualified = namespace.append(name);
          EObject element = names.first(qualified, type);
          if (element != null) {
            return EObjectDescription.create(qualified, element);
          }
        }
      }
    }
    return full().getSingleElement(name);
  }

  /** The scope exactly as Xtext builds it, which the shortcut must agree with. */
  IScope full() {
    if (full == null) {
      full = fullScope.get();
    }
    return full;
  }

  @Override
  public Iterable<IEObjectDescription> getElements(QualifiedName name) {
    return full().getElements(name);
  }

  @Override
  public IEObjectDescription getSingleElement(EObject object) {
    return full().getSingleElement(object);
  }

  @Override
  public Iterable<IEObjectDescription> getElements(EObject object) {
    return full().getElements(object);
  }

  @Override
  public Iterable<IEObjectDescription> getAllElements() {
    return full().getAllElements();
  }

  @Override
  public String toString() {
    return "LocalFirstScope for " + type.getName() + " from " + context.eClass().getName();
  }
}
