package org.routesrv.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.routesrv.dsl.compile.RsnetGenerator;
import org.routesrv.dsl.conversion.RsnetValueConverters;
import org.routesrv.dsl.linking.RsnetLinkingHelper;
import org.routesrv.dsl.linking.RsnetLinkingMessages;
import org.routesrv.dsl.linking.RsnetLinkingResource;
import org.routesrv.dsl.naming.RsnetQualifiedNameProvider;
import org.routesrv.dsl.parser.RsnetSyntaxErrorMessages;
import org.routesrv.dsl.scoping.NetworkScopeProvider;
import org.routesrv.dsl.validation.IssueCodes;
import org.routesrv.dsl.validation.xtext.RsnetDiagnosticConverter;
import org.routesrv.dsl.validation.xtext.RsnetDiagnostician;
import org.routesrv.dsl.validation.xtext.RsnetResourceValidator;
import org.routesrv.dsl.validation.SeveritySettings;
import org.routesrv.dsl.workspace.IndexedNetworkFiles;
import org.routesrv.dsl.workspace.NetworkFiles;

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

  /** Which files make up a network, for the command line and Maven builds; the language server binds its own. */
  public Class<? extends NetworkFiles> bindNetworkFiles() {
    return IndexedNetworkFiles.class;
  }

  public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
    return RsnetSyntaxErrorMessages.class;
  }

  public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
    return RsnetLinkingMessages.class;
  }

  public Class<? extends LinkingHelper> bindLinkingHelper() {
    return RsnetLinkingHelper.class;
  }

  @Override
  public Class<? extends XtextResource> bindXtextResource() {
    return RsnetLinkingResource.class;
  }

  @Override
  public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
    return RsnetQualifiedNameProvider.class;
  }

  @Override
  public void configureIScopeProviderDelegate(Binder binder) {
    binder.bind(IScopeProvider.class)
        .annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
        .to(NetworkScopeProvider.class);
  }

  public Class<? extends IResourceValidator> bindIResourceValidator() {
    return RsnetResourceValidator.class;
  }

  /** Every validator's (the language server's too) conversion of problems into issues. */
  public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
    return RsnetDiagnosticConverter.class;
  }

  @Override
  public Class<? extends Diagnostician> bindDiagnostician() {
    return RsnetDiagnostician.class;
  }

  /**
   * EMF's generic checks (multiplicities, data values, containment of every object) re-prove what
   * the parser already guarantees; on a large model they cost more than all of RSNet's own rules.
   */
  public void configureUseEObjectValidator(Binder binder) {
    binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
  }

  /** Every validator issue code with its default severity. */
  public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
    return IssueCodes.class;
  }

  /** Severities a project overrides in an {@code rsnet.settings} file. */
  public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
    return SeveritySettings.class;
  }
}
