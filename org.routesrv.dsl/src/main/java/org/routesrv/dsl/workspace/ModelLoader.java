package org.routesrv.dsl.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.ModelFiles.ModelFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads model files into one resource set so that files of the same network link to each other. */
public class ModelLoader {

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private IResourceFactory resourceFactory;
  @Inject private IResourceValidator validator;
  @Inject private IssueCodeNames issueCodeNames;

  public LoadedModel load(List<ModelFile> files) {
    XtextResourceSet resourceSet = resourceSets.get();
    // Local to this resource set: EMF's global registry is shared with whatever else runs in the JVM.
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
        .put(ModelFiles.EXTENSION.substring(1), resourceFactory);
    Map<Resource, String> displayPaths = new HashMap<>();
    for (ModelFile file : files) {
      Resource resource = resourceSet.createResource(URI.createFileURI(file.location().toString()));
      try {
        resource.load(resourceSet.getLoadOptions());
      } catch (IOException e) {
        throw new UncheckedIOException(file.displayPath() + ": cannot be read: " + e.getMessage(), e);
      }
      displayPaths.put(resource, file.displayPath());
      DisplayPath.attach(resource, file.displayPath());
    }
    EcoreUtil.resolveAll(resourceSet);

    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, List<Model>> networks = new TreeMap<>();
    for (ModelFile file : files) {
      Resource resource = resourceSet.getResource(URI.createFileURI(file.location().toString()), false);
      for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
        diagnostics.add(toDiagnostic(displayPaths.get(resource), issue));
      }
      if (resource instanceof XtextResource && !resource.getContents().isEmpty()
          && resource.getContents().get(0) instanceof Model model && model.getName() != null) {
        networks.computeIfAbsent(model.getName(), name -> new ArrayList<>()).add(model);
      }
    }
    diagnostics.sort(Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return new LoadedModel(resourceSet, networks, diagnostics, displayPaths);
  }

  private Diagnostic toDiagnostic(String path, Issue issue) {
    Diagnostic.Severity severity = switch (issue.getSeverity() == null ? Severity.ERROR : issue.getSeverity()) {
      case ERROR -> Diagnostic.Severity.ERROR;
      case WARNING -> Diagnostic.Severity.WARNING;
      default -> Diagnostic.Severity.INFO;
    };
    int line = issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber());
    int column = issue.getColumn() == null ? 1 : Math.max(1, issue.getColumn());
    return new Diagnostic(path, line, column, severity, issue.getMessage(), issueCodeNames.nameOf(issue.getCode()));
  }
}
