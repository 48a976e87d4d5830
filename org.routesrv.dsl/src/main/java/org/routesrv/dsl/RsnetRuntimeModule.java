package org.routesrv.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.routesrv.dsl.conversion.RsnetValueConverters;
import org.routesrv.dsl.linking.RsnetLinkingMessages;
import org.routesrv.dsl.linking.RsnetLinkingResource;
import org.routesrv.dsl.parser.RsnetSyntaxErrorMessages;
import org.routesrv.dsl.scoping.NetworkScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the RSNet language, shared by the CLI, the language server and tests. */
public class RsnetRuntimeModule extends AbstractRsnetRuntimeModule {

  @Override
  public Class<? extends IValueConverterService> bindIValueConverterService() {
    return RsnetValueConverters.class;
  }

  public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
    return RsnetSyntaxErrorMessages.class;
  }

  public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
    return RsnetLinkingMessages.class;
  }

  @Override
  public Class<? extends XtextResource> bindXtextResource() {
    return RsnetLinkingResource.class;
  }

  @Override
  public void configureIScopeProviderDelegate(Binder binder) {
    binder.bind(IScopeProvider.class)
        .annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
        .to(NetworkScopeProvider.class);
  }
}
