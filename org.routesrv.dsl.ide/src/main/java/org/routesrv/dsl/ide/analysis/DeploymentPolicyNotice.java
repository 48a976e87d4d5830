package org.routesrv.dsl.ide.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.validation.IssueCodes;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What the editors' simulation views say first when Azure would refuse the network as written today
 * (fact 87): they simulate a model whose only errors are Azure's deployment policy, as {@code rsnet
 * simulate} does, and say so as the command line does on stderr. The network's files are validated
 * once per version of the network (an analysis lives as long as its version).
 */
@Singleton
public class DeploymentPolicyNotice {

  @Inject private NetworkFiles networkFiles;

  private final Map<NetworkAnalysis, String> notices = new WeakHashMap<>();

  /** A Markdown quote to put above the view, or the empty string when Azure would deploy the network. */
  public synchronized String of(Resource resource, NetworkAnalysis analysis, CancelIndicator cancelIndicator) {
    String known = notices.get(analysis);
    if (known != null) {
      return known;
    }
    List<String> breaches = new ArrayList<>();
    for (Model file : networkFiles.modelsOf(resource)) {
      if (file.eResource() instanceof XtextResource xtext) {
        for (Issue issue : xtext.getResourceServiceProvider().getResourceValidator()
            .validate(xtext, CheckMode.NORMAL_AND_FAST, cancelIndicator)) {
          if (issue.getSeverity() == Severity.ERROR && IssueCodes.DEPLOYMENT_POLICY.contains(issue.getCode())) {
            breaches.add(issue.getMessage());
          }
        }
      }
    }
    String notice = breaches.isEmpty() ? "" : "> **Azure would reject this model today** ("
        + breaches.size() + (breaches.size() == 1 ? " error" : " errors") + " of Azure's deployment policy, fact 87): "
        + breaches.get(0) + (breaches.size() > 1 ? " (and " + (breaches.size() - 1) + " more)" : "")
        + " RSNet simulates it as a network deployed before those rules would run.\n\n";
    notices.put(analysis, notice);
    return notice;
  }
}
