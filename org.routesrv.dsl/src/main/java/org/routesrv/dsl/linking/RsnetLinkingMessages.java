package org.routesrv.dsl.linking;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import org.routesrv.dsl.naming.FileNameIndex;
import org.routesrv.dsl.parser.RsnetSyntaxErrorMessages;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;

/** "no route server named 'ars' (known: ars-hub, ars-spoke)" instead of Xtext's generic sentence. */
public class RsnetLinkingMessages extends LinkingDiagnosticMessageProvider {

  private static final int LISTED_CANDIDATES = 8;

  @Inject private FileNameIndex fileNames;
  @Inject private ResourceDescriptionsProvider indexes;
  @Inject private IQualifiedNameConverter nameConverter;

  @Override
  public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
    EClass type = context.getReference().getEReferenceType();
    String what = ElementNames.of(type);
    List<String> known = candidates(context);
    String message = "no " + what + " named '" + context.getLinkText() + "' " + ElementNames.scopeOf(type)
        + (known.isEmpty() ? "" : " (declared: " + String.join(", ", known)
            + (known.size() == LISTED_CANDIDATES ? ", ..." : "") + ")");
    return new DiagnosticMessage(RsnetSyntaxErrorMessages.abbreviateQuoted(message), Severity.ERROR,
        Diagnostic.LINKING_DIAGNOSTIC);
  }

  /**
   * The names of that kind the network declares, from its own files only: the reference's scope
   * would give the same names, but getting all of it walks every file of the workspace, for each
   * unresolved name (a folder of 200 broken networks took 67 s to check, most of it here). The
   * network's other files are found as {@link NetworkFiles} finds them, without loading them.
   */
  private List<String> candidates(ILinkingDiagnosticContext context) {
    try {
      EClass type = context.getReference().getEReferenceType();
      Resource resource = context.getContext().eResource();
      Model root = NetworkFiles.rootOf(resource);
      if (root == null || root.getName() == null || root.getName().isEmpty()) {
        return List.of();
      }
      QualifiedName network = nameConverter.toQualifiedName(root.getName());
      SortedSet<String> names = new TreeSet<>();
      fileNames.of(resource).forEach((element, name) -> {
        if (type.isInstance(element) && name.getSegmentCount() > network.getSegmentCount()) {
          names.add(name.getLastSegment());
        }
      });
      IResourceDescriptions index = indexes.getResourceDescriptions(resource.getResourceSet());
      for (URI uri : NetworkFiles.indexedFilesOf(index, network)) {
        IResourceDescription file = uri.equals(resource.getURI()) ? null : index.getResourceDescription(uri);
        if (file != null) {
          for (IEObjectDescription element : file.getExportedObjectsByType(type)) {
            if (element.getName().getSegmentCount() > network.getSegmentCount() && element.getName().startsWith(network)) {
              names.add(element.getName().getLastSegment());
            }
          }
        }
      }
      return names.stream().limit(LISTED_CANDIDATES).toList();
    } catch (RuntimeException e) {
      // Listing candidates is a courtesy; a broken model must still get its message.
      return List.of();
    }
  }
}
