package org.routesrv.dsl.ide.server;

import java.util.Map;

import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;

/**
 * A resource set that parses with the server's own languages. EMF falls back to the JVM-wide
 * factory registry, which every Xtext setup overwrites: with a second server (or the command line's
 * setup) in the same JVM, the first server's documents were parsed with another injector's grammar,
 * and completion failed with a NullPointerException deep in Xtext's content-assist parser (issue 22;
 * seen in the test JVM, where several servers live side by side). Guarded by
 * {@code BadInputTest.aSecondServerInTheSameJvmLeavesCompletionWorking}.
 */
public class ServerLanguagesResourceSet extends XtextResourceSet {

  @Inject
  void parseWithTheServersLanguages(IResourceServiceProvider.Registry languages) {
    Map<String, Object> factories = getResourceFactoryRegistry().getExtensionToFactoryMap();
    languages.getExtensionToFactoryMap().forEach((extension, language) -> {
      if (language instanceof IResourceServiceProvider provider) {
        IResourceFactory factory = provider.get(IResourceFactory.class);
        if (factory != null) {
          factories.put(extension, factory);
        }
      }
    });
  }
}
