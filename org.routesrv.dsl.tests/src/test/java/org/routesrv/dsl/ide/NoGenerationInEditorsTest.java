package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.ide.RsnetIdeSetup;

/** Opening a workspace in an editor must not write generated files into it; the CLI and Maven may. */
class NoGenerationInEditorsTest {

  @Test
  void theLanguageServerNeverGeneratesButTheHeadlessBuildDoes() {
    var editorInjector = new RsnetIdeSetup().createInjectorAndDoEMFRegistration();
    var resource = editorInjector.getInstance(XtextResource.class);
    resource.setURI(URI.createURI("model.rsnet"));
    assertFalse(editorInjector.getInstance(IShouldGenerate.class).shouldGenerate(resource, CancelIndicator.NullImpl));
    IShouldGenerate headless = new RsnetStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(IShouldGenerate.class);
    assertTrue(headless.shouldGenerate(resource, CancelIndicator.NullImpl), "rsnet compile and Maven still generate");
  }
}
