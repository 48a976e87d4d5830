package org.routesrv.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server validates and simulates but writes no files: generated configurations and
 * reports go only where the user asks, with `rsnet compile --output DIR` or the Maven plugin.
 */
public class EditorsDoNotGenerate implements IShouldGenerate {
  @Override
  public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
    return false;
  }
}
