package org.routesrv.dsl.ide.codeAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.TextRegion;
import org.routesrv.dsl.parser.EditDistance;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;

/**
 * Code actions: the validator's quick fixes (through Xtext's quick-fix provider), plus "Change to"
 * for a name that does not resolve, offering the declared names closest to what was typed.
 */
public class RsnetCodeActions extends QuickFixCodeActionService {

  private static final String LINKING = org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC;
  private static final int SUGGESTIONS = 3;

  @Inject private EObjectAtOffsetHelper elements;
  @Inject private IScopeProvider scopes;
  @Inject private IQualifiedNameConverter names;

  @Override
  public List<Either<Command, CodeAction>> getCodeActions(Options options) {
    keepDiagnosticsOverlappingTheRange(options.getCodeActionParams());
    List<Either<Command, CodeAction>> actions = new ArrayList<>(super.getCodeActions(options));
    var context = options.getCodeActionParams().getContext();
    if (context.getOnly() != null && !context.getOnly().isEmpty() && !context.getOnly().contains(CodeActionKind.QuickFix)) {
      return actions;
    }
    for (Diagnostic diagnostic : context.getDiagnostics()) {
      if (diagnostic.getCode() != null && diagnostic.getCode().isLeft()
          && LINKING.equals(diagnostic.getCode().getLeft())) {
        actions.addAll(options.getLanguageServerAccess().doSyncRead(options.getURI(),
            read -> closestNames((XtextResource) read.getResource(), read.getDocument().getOffSet(diagnostic.getRange().getStart()),
                diagnostic, options.getURI())));
      }
    }
    return actions;
  }

  /**
   * LSP sends the client's diagnostics that overlap the range, but a client may send all of them:
   * with the 1,264 of a 53 KB file, computing fixes for each took the request past 5 s (issue 22).
   * Fixes for diagnostics elsewhere would not be shown at the range anyway.
   */
  private static void keepDiagnosticsOverlappingTheRange(CodeActionParams params) {
    var context = params.getContext();
    Range range = params.getRange();
    if (context == null || context.getDiagnostics() == null || range == null) {
      return;
    }
    context.setDiagnostics(context.getDiagnostics().stream()
        .filter(diagnostic -> diagnostic.getRange() != null && !isBefore(diagnostic.getRange().getEnd(), range.getStart())
            && !isBefore(range.getEnd(), diagnostic.getRange().getStart()))
        .toList());
  }

  private static boolean isBefore(Position a, Position b) {
    return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
  }

  @Override
  protected boolean handlesDiagnostic(Diagnostic diagnostic) {
    // The quick-fix provider answers for its own codes; linking errors are handled above.
    return !(diagnostic.getCode() != null && diagnostic.getCode().isLeft()
        && LINKING.equals(diagnostic.getCode().getLeft())) && super.handlesDiagnostic(diagnostic);
  }

  private List<Either<Command, CodeAction>> closestNames(XtextResource resource, int offset, Diagnostic diagnostic,
      String uri) {
    INode node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
    if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
      return List.of();
    }
    EObject context = NodeModelUtils.findActualSemanticObjectFor(node);
    EReference reference = context == null ? null : GrammarUtil.getReference(crossReference, context.eClass());
    if (reference == null) {
      return List.of();
    }
    String typed = NodeModelUtils.getTokenText(node);
    Model model = NetworkFiles.rootOf(resource);
    QualifiedName network = model == null || model.getName() == null ? null : names.toQualifiedName(model.getName());
    List<String> candidates = StreamSupport.stream(scopes.getScope(context, reference).getAllElements().spliterator(), false)
        .map(description -> description.getName())
        .filter(name -> network == null || !name.startsWith(network))
        .map(names::toString)
        .distinct()
        .filter(name -> EditDistance.between(name, typed) <= Math.max(2, typed.length() / 3))
        .sorted(Comparator.comparingInt((String name) -> EditDistance.between(name, typed)).thenComparing(name -> name))
        .limit(SUGGESTIONS)
        .toList();
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    for (String candidate : candidates) {
      CodeAction action = new CodeAction("Change to '" + candidate + "'");
      action.setKind(CodeActionKind.QuickFix);
      action.setDiagnostics(List.of(diagnostic));
      action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(diagnostic.getRange(), candidate)))));
      actions.add(Either.forRight(action));
    }
    return actions;
  }
}
