package org.routesrv.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * Xtext's qualified names, answered from the index of the element's file: scopes, the index of
 * exported names and the rules ask for the names of tens of thousands of elements.
 */
public class RsnetQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

  @Inject private FileNameIndex fileNames;

  @Override
  public QualifiedName getFullyQualifiedName(EObject element) {
    return element.eResource() == null ? super.getFullyQualifiedName(element)
        : fileNames.of(element.eResource()).nameOf(element);
  }
}
