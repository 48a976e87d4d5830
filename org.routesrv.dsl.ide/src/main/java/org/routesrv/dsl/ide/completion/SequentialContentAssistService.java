package org.routesrv.dsl.ide.completion;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.common.util.concurrent.MoreExecutors;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Xtext's completion, with the contexts of one request computed one after the other. Xtext's
 * context factory hands its cases to a thread pool, and two of them feed the factory's one lexer
 * at once: under concurrent requests completion failed now and then inside the lexer ("this.input
 * is null") or with negative offsets (issue 22, long fuzz campaign, mutants 1690 and 4805 of seed
 * 22). One completion costs a few milliseconds; the pool saved little of it. Delete this when
 * Xtext's ContentAssistContextFactory no longer shares its lexer between its tasks.
 */
@Singleton
public class SequentialContentAssistService extends ContentAssistService {

  private static final ExecutorService IN_THE_CALLING_THREAD = MoreExecutors.newDirectExecutorService();

  @Inject private Provider<ContentAssistContextFactory> contextFactories;
  @Inject private IdeContentProposalProvider proposals;

  @Override
  protected void createProposals(String document, TextRegion selection, int caretOffset, XtextResource resource,
      IIdeContentProposalAcceptor acceptor) {
    if (caretOffset > document.length()) {
      return;
    }
    ContentAssistContextFactory contextFactory = contextFactories.get();
    contextFactory.setPool(IN_THE_CALLING_THREAD);
    ContentAssistContext[] contexts = contextFactory.create(document, selection, caretOffset, resource);
    proposals.createProposals(Arrays.asList(contexts), acceptor);
  }
}
