package org.routesrv.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.RsnetRuntimeModule;
import org.routesrv.dsl.RsnetStandaloneSetup;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RsnetPackage;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;

/**
 * Issue 22, long fuzz campaign, mutant 10314: after a burst of edits to a file whose header had no
 * name, linking failed with Xtext's "Imported namespace must not be null / empty", because Xtext
 * makes every element's qualified name a namespace of the scopes below it. Whatever gives an element
 * an empty qualified name, asking for a scope must not fail.
 */
class EmptyNamespaceTest {

  /** Names every element with the empty qualified name, the state the campaign's server reached. */
  static final class EmptyNames extends IQualifiedNameProvider.AbstractImpl {
    @Override
    public QualifiedName getFullyQualifiedName(EObject obj) {
      return QualifiedName.EMPTY;
    }
  }

  @Test
  void anElementWithAnEmptyQualifiedNameStillGetsScopes() throws Exception {
    new RsnetStandaloneSetup().createInjectorAndDoEMFRegistration();
    Injector injector = Guice.createInjector(Modules.override(new RsnetRuntimeModule())
        .with(binder -> binder.bind(IQualifiedNameProvider.class).to(EmptyNames.class)));
    Model model = injector.getInstance(com.google.inject.Key.get(new TypeLiteral<ParseHelper<Model>>() { }))
        .parse("""
            network n
            vnet hub {
                address-space 10.0.0.0/16
                subnet nva 10.0.2.0/24
            }
            nva fw vendor frr asn 65001 {
                nic eth0 hub.nva 10.0.2.4
            }
            """);
    Nva fw = (Nva) model.getElements().get(1);
    IScope scope = injector.getInstance(IScopeProvider.class).getScope(fw.getNics().get(0),
        RsnetPackage.Literals.NIC__SUBNET);
    assertNotNull(scope);
    scope.getAllElements().forEach(element -> assertNotNull(element.getName()));
    scope.getSingleElement(QualifiedName.create("hub", "nva"));
  }
}
