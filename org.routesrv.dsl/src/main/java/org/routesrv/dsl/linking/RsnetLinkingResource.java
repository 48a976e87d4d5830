package org.routesrv.dsl.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.Triple;
import org.routesrv.dsl.parser.BrokenParses;
import org.routesrv.dsl.parser.RsnetSyntaxErrorMessages;
import org.routesrv.dsl.parser.SyntaxSlipDiagnostic;
import org.routesrv.dsl.parser.SyntaxSlips;
import org.routesrv.dsl.rsnet.Model;

/**
 * Xtext, on resolving a reference while the file has any error, builds that reference's "unresolved"
 * message only to look for a stale diagnostic with that message to remove. RSNet's message lists the
 * names in scope, so one syntax error made linking quadratic (a 5,000-line file took seconds to check
 * instead of a fraction of one). The message is built only when a linking diagnostic sits on the node.
 */
public class RsnetLinkingResource extends LazyLinkingResource {

  /**
   * Only the first error that cost the parser its way: ANTLR's recovery after it guesses, and its
   * further errors mostly blame text that is fine. Bad values lose nothing else and are all kept.
   */
  @Override
  protected void addSyntaxDiagnostic(List<Resource.Diagnostic> diagnostics, INode node) {
    if (BrokenParses.isLostText(node)) {
      for (Resource.Diagnostic earlier : diagnostics) {
        if (earlier instanceof XtextSyntaxDiagnostic && !(earlier instanceof SyntaxSlipDiagnostic)
            && RsnetSyntaxErrorMessages.SYNTAX.equals(((XtextSyntaxDiagnostic) earlier).getCode())) {
          return;
        }
      }
    }
    super.addSyntaxDiagnostic(diagnostics, node);
  }

  /** The parse's own errors, or else the slips the grammar let through on purpose ({@link SyntaxSlips}). */
  @Override
  protected void addSyntaxErrors() {
    super.addSyntaxErrors();
    // After an error that cost the parser its way, text that is not RSNet at all (random bytes) would
    // be full of such "slips": that one error says enough.
    if (!BrokenParses.lostText(this) && getParseResult() != null
        && getParseResult().getRootASTElement() instanceof Model model) {
      for (SyntaxSlips.Slip slip : SyntaxSlips.of(model)) {
        getErrors().add(new SyntaxSlipDiagnostic(slip));
      }
    }
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * The text of the file without a leading byte order mark: editors on Windows write one, and the
   * parser would read it as a character before {@code network}. Every reader of model files comes
   * through here (the command line, Maven builds, the language server), so they all see the same
   * text. Editors leave the mark out of what they send a language server, so positions agree.
   */
  @Override
  protected Reader createReader(InputStream inputStream) throws IOException {
    PushbackReader reader = new PushbackReader(super.createReader(inputStream), 1);
    int first = reader.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      reader.unread(first);
    }
    return reader;
  }

  @Override
  protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
    INode node = triple.getThird();
    if (node == null || hasLinkingDiagnosticAt(getErrors(), node) || hasLinkingDiagnosticAt(getWarnings(), node)) {
      super.removeDiagnostic(triple);
    }
  }

  private static boolean hasLinkingDiagnosticAt(List<Resource.Diagnostic> diagnostics, INode node) {
    for (Resource.Diagnostic diagnostic : diagnostics) {
      if (diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
          && linking.getLength() == node.getLength()) {
        return true;
      }
    }
    return false;
  }
}
