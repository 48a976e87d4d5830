package org.routesrv.dsl.ide.completion;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AntlrProposalConflictHelper;

/**
 * Xtext's check that a proposal does not run into the text before it, one request at a time. The
 * check keeps three lexers in fields, and Xtext's completion service holds a single instance of it
 * for every request: two completions at once fed each other's lexers, and a token with a start of
 * -1 failed completion ({@code StringIndexOutOfBoundsException}, issue 22: long fuzz campaign,
 * mutant 1690 of seed 22, and {@code BadInputTest.completionsAskedAtOnceFromManyThreadsAllAnswer}).
 * The check lexes a few dozen characters, so waiting for the other request costs microseconds.
 * Delete this when Xtext's helper no longer keeps lexers in fields.
 */
public class SerializedProposalConflicts extends AntlrProposalConflictHelper {

  @Override
  public synchronized boolean existsConflict(String lastCompleteText, String proposal, ContentAssistContext context) {
    return super.existsConflict(lastCompleteText, proposal, context);
  }
}
