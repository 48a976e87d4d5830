package org.routesrv.dsl.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.RsnetRuntimeModule;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.testing.ModelFixture;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Regression: one error anywhere in a file made Xtext build the "unresolved" message (which lists the
 * names in scope) for every reference that did resolve, so linking a 5,000-line file with one typo took
 * seconds, and the editor's diagnostics lagged by as much.
 */
class LinkingWithErrorsTest {

  /** Counts the messages built; a message is only needed for a reference that does not resolve. */
  static class CountingMessages extends RsnetLinkingMessages {
    int built;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
      built++;
      return super.getUnresolvedProxyMessage(context);
    }
  }

  static {
    // Registers the languages Xtext itself needs to load the grammar.
    RsnetStandaloneSetup.doSetup();
  }

  private final CountingMessages messages = new CountingMessages();
  private final ModelFixture fixture = injector().getInstance(ModelFixture.class);

  private Injector injector() {
    return Guice.createInjector(Modules2.mixin(new RsnetRuntimeModule(), new AbstractModule() {
      @Override
      protected void configure() {
        bind(ILinkingDiagnosticMessageProvider.class).toInstance(messages);
      }
    }));
  }

  private static String vms(int count) {
    StringBuilder model = new StringBuilder("network n\nvnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n");
    for (int i = 0; i < count; i++) {
      model.append("vm v").append(i).append(" in hub.app 10.0.1.").append(4 + i).append('\n');
    }
    return model.toString();
  }

  @Test
  void referencesThatResolveBuildNoMessageWhenTheFileHasAnError() {
    Model model = fixture.parse(vms(50).replace("10.0.1.30", "10.0.1.300"));
    EcoreUtil.resolveAll(model);
    assertEquals(1, model.eResource().getErrors().size(), model.eResource().getErrors().toString());
    assertEquals(0, messages.built);
  }

  @Test
  void aReferenceThatDoesNotResolveStillGetsItsMessage() {
    Model model = fixture.parse(vms(5).replace("vm v3 in hub.app", "vm v3 in hub.ap"));
    EcoreUtil.resolveAll(model);
    assertEquals(1, model.eResource().getErrors().size());
    assertTrue(model.eResource().getErrors().get(0).getMessage().contains("no subnet named 'hub.ap'"));
    assertEquals(1, messages.built);
  }

  @Test
  void theLanguageUsesThisResource() {
    assertTrue(new RsnetStandaloneSetup().createInjector().getInstance(org.eclipse.xtext.resource.XtextResource.class)
        instanceof RsnetLinkingResource);
  }
}
