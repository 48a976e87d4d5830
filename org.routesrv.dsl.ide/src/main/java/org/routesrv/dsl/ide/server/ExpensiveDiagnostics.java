package org.routesrv.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkFiles;

/**
 * Diagnostics of the checks that builds skip (see {@code EditorResourceValidator}), merged into what
 * each build publishes. They are computed for a whole network when one of its files is opened or
 * saved, and kept for a file as long as its text is the text they were computed on: positions in an
 * edited file would be wrong, so its expensive diagnostics wait for the next save.
 */
final class ExpensiveDiagnostics {

  private record Computed(String text, List<Diagnostic> diagnostics) {
  }

  private final WorkspaceManager workspace;
  private final UriExtensions uris;
  private final Function<Iterable<Issue>, List<Diagnostic>> toDiagnostics;
  private final Map<String, List<Diagnostic>> fromBuilds = new HashMap<>();
  private final Map<String, Computed> expensive = new HashMap<>();
  private LanguageClient client;

  ExpensiveDiagnostics(WorkspaceManager workspace, UriExtensions uris,
      Function<Iterable<Issue>, List<Diagnostic>> toDiagnostics) {
    this.workspace = workspace;
    this.uris = uris;
    this.toDiagnostics = toDiagnostics;
  }

  /** The client as the server should see it: its diagnostics gain the expensive ones still valid. */
  LanguageClient mergingInto(LanguageClient realClient) {
    this.client = realClient;
    return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(),
        new Class<?>[] {LanguageClient.class}, (proxy, method, args) -> {
          if (method.getName().equals("publishDiagnostics") && args.length == 1
              && args[0] instanceof PublishDiagnosticsParams params) {
            publishFromBuild(params);
            return null;
          }
          try {
            return method.invoke(realClient, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private synchronized void publishFromBuild(PublishDiagnosticsParams params) {
    String uri = params.getUri();
    fromBuilds.put(uri, List.copyOf(params.getDiagnostics()));
    Computed computed = expensive.get(uri);
    if (computed != null && !computed.text().equals(currentText(uri))) {
      expensive.remove(uri);
    }
    publishMerged(uri);
  }

  /** Runs the expensive checks on every file of {@code uri}'s network; call it inside a read request. */
  void check(URI uri, CancelIndicator cancelIndicator) {
    List<Model> files = workspace.doRead(uri, (document, resource) -> resource == null ? List.<Model>of()
        : resource.getResourceServiceProvider().get(NetworkFiles.class).modelsOf(resource));
    for (Model file : files) {
      Resource resource = file.eResource();
      if (!(resource instanceof XtextResource xtext) || cancelIndicator.isCanceled()) {
        continue;
      }
      List<Issue> issues = xtext.getResourceServiceProvider().getResourceValidator()
          .validate(resource, CheckMode.EXPENSIVE_ONLY, cancelIndicator);
      String text = xtext.getParseResult().getRootNode().getText();
      String fileUri = uris.toUriString(resource.getURI());
      synchronized (this) {
        expensive.put(fileUri, new Computed(text, toDiagnostics.apply(issues)));
        publishMerged(fileUri);
      }
    }
  }

  /** Null when the file cannot be read any more (deleted): its expensive diagnostics are then dropped. */
  private String currentText(String uri) {
    try {
      return workspace.doRead(uris.toUri(uri), (document, resource) -> document == null ? null : document.getContents());
    } catch (RuntimeException gone) {
      return null;
    }
  }

  private void publishMerged(String uri) {
    List<Diagnostic> merged = new ArrayList<>(fromBuilds.getOrDefault(uri, List.of()));
    Computed computed = expensive.get(uri);
    if (computed != null) {
      merged.addAll(computed.diagnostics());
    }
    client.publishDiagnostics(new PublishDiagnosticsParams(uri, merged));
  }
}
