package org.routesrv.dsl.ide.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.routesrv.dsl.validation.xtext.RsnetResourceValidator;

/**
 * The editor re-validates a file after every keystroke and must answer within 100 ms, so its builds
 * skip the checks marked {@code CheckType.EXPENSIVE} (those that simulate the network). The language
 * server runs them separately when a file is opened or saved; the command line and Maven run all.
 * Everything else is as on the command line: the same issues, and syntax errors first.
 */
public class EditorResourceValidator extends RsnetResourceValidator {

  @Override
  public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
    return super.validate(resource, mode == CheckMode.ALL ? CheckMode.NORMAL_AND_FAST : mode, monitor);
  }
}
