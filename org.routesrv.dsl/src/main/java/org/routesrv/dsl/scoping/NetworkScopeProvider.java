package org.routesrv.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.eclipse.xtext.scoping.impl.IScopeWrapper;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.routesrv.dsl.naming.FileNameIndex;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Files that declare the same {@code network} form one model: every file implicitly imports its
 * network's namespace, and sees nothing of other networks (a simulation covers one network).
 */
public class NetworkScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

  @Inject private FileNameIndex fileNames;

  /**
   * What linking records the names it looks up in other files with (so that a change to them re-links
   * this file). Linking sets it only while it asks for a scope; the full scope, built later, needs it.
   */
  private IScopeWrapper recorder;

  @Override
  public void setWrapper(IScopeWrapper wrapper) {
    super.setWrapper(wrapper);
    this.recorder = wrapper;
  }

  @Override
  public IScope getScope(EObject context, EReference reference) {
    Resource resource = context.eResource();
    if (resource == null || isIgnoreCase(reference)) {
      return super.getScope(context, reference);
    }
    IScopeWrapper recording = recorder;
    return new LocalFirstScope(context, reference.getEReferenceType(), fileNames.of(resource),
        () -> fullScope(context, reference, recording));
  }

  private IScope fullScope(EObject context, EReference reference, IScopeWrapper recording) {
    IScopeWrapper current = recorder;
    setWrapper(recording);
    try {
      return super.getScope(context, reference);
    } finally {
      setWrapper(current);
    }
  }

  @Override
  protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
    List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
    // A half-typed header ("network" and then an address) leaves an empty name, which Xtext refuses as a namespace.
    if (context instanceof Model model && model.getName() != null && !model.getName().isEmpty()) {
      QualifiedName network = getQualifiedNameConverter().toQualifiedName(model.getName());
      if (!network.isEmpty()) {
        resolvers.add(new ImportNormalizer(network, true, ignoreCase));
      }
    }
    return resolvers;
  }

  /**
   * Xtext makes every element's qualified name a namespace of the scopes below it, and refuses an
   * empty one with an exception while linking. The long fuzz campaign met that exception after a
   * burst of edits to a file whose header had no name (issue 22, mutant 10314; not reproduced alone):
   * an element without a name has no namespace.
   */
  @Override
  protected QualifiedName getQualifiedNameOfLocalElement(EObject context) {
    QualifiedName name = super.getQualifiedNameOfLocalElement(context);
    return name == null || name.isEmpty() ? null : name;
  }

  @Override
  protected IScope getGlobalScope(Resource context, EReference reference, Predicate<IEObjectDescription> filter) {
    IScope global = super.getGlobalScope(context, reference, filter);
    QualifiedName network = networkOf(context);
    if (network == null) {
      return global;
    }
    return new FilteringScope(global, description -> description.getName().startsWith(network));
  }

  private QualifiedName networkOf(Resource resource) {
    Model model = NetworkFiles.rootOf(resource);
    if (model != null && model.getName() != null) {
      return getQualifiedNameConverter().toQualifiedName(model.getName());
    }
    return null;
  }
}
