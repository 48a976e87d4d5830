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
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.routesrv.dsl.naming.FileNameIndex;
import org.routesrv.dsl.rsnet.Model;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Files that declare the same {@code network} form one model: every file implicitly imports its
 * network's namespace, and sees nothing of other networks (a simulation covers one network).
 */
public class NetworkScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

  @Inject private FileNameIndex fileNames;

  @Override
  public IScope getScope(EObject context, EReference reference) {
    Resource resource = context.eResource();
    if (resource == null || isIgnoreCase(reference)) {
      return super.getScope(context, reference);
    }
    return new LocalFirstScope(context, reference.getEReferenceType(), fileNames.of(resource),
        () -> super.getScope(context, reference));
  }

  @Override
  protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
    List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
    if (context instanceof Model model && model.getName() != null) {
      resolvers.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(model.getName()), true, ignoreCase));
    }
    return resolvers;
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
    if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
        && model.getName() != null) {
      return getQualifiedNameConverter().toQualifiedName(model.getName());
    }
    return null;
  }
}
