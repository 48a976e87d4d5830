package org.routesrv.dsl.naming;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The {@link FileNames} of a file, computed once until the file changes. */
@Singleton
public class FileNameIndex {

  private static final String KEY = FileNameIndex.class.getName();

  @Inject private IResourceScopeCache cache;
  @Inject private IQualifiedNameConverter converter;

  public FileNames of(Resource resource) {
    return cache.get(KEY, resource, () -> FileNames.of(resource, converter));
  }
}
