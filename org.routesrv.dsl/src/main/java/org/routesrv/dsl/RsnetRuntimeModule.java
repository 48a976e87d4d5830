package org.routesrv.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.routesrv.dsl.compile.RsnetGenerator;
import org.routesrv.dsl.conversion.RsnetValueConverters;
import org.routesrv.dsl.linking.RsnetLinkingMessages;
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

  /** What xtext-maven-plugin runs: the same files as rsnet compile. */
  public Class<? extends IGenerator2> bindIGenerator2() {
    return RsnetGenerator.class;
  }

  public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
    return RsnetSyntaxErrorMessages.class;
  }

  public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
    return RsnetLinkingMessages.class;
  }

  @Override
  public void configureIScopeProviderDelegate(Binder binder) {
    binder.bind(IScopeProvider.class)
        .annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
        .to(NetworkScopeProvider.class);
  }
}
