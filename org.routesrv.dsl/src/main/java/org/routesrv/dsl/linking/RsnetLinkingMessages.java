package org.routesrv.dsl.linking;

import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import org.routesrv.dsl.parser.RsnetSyntaxErrorMessages;

import com.google.inject.Inject;

/** "no route server named 'ars' (known: ars-hub, ars-spoke)" instead of Xtext's generic sentence. */
public class RsnetLinkingMessages extends LinkingDiagnosticMessageProvider {

  private static final int LISTED_CANDIDATES = 8;

  @Inject private IScopeProvider scopeProvider;

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

  private List<String> candidates(ILinkingDiagnosticContext context) {
    try {
      IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
      return StreamSupport.stream(scope.getAllElements().spliterator(), false)
          .map(description -> description.getName().getLastSegment())
          .distinct()
          .sorted()
          .limit(LISTED_CANDIDATES)
          .toList();
    } catch (RuntimeException e) {
      // Listing candidates is a courtesy; a broken model must still get its message.
      return List.of();
    }
  }
}
