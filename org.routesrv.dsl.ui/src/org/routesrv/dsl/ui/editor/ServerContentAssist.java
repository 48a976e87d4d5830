package org.routesrv.dsl.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.routesrv.dsl.ui.documents.Positions;
import org.routesrv.dsl.ui.text.MarkdownText;

/** Content assist from the server: keywords, values, and the names a reference can point to. */
public final class ServerContentAssist implements IContentAssistProcessor {

  /** Snippet placeholders: {@code ${1:name}} becomes {@code name}, {@code $0} nothing. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\d+:?([^}]*)\\}|\\$\\d+");

  @Override
  public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
    IDocument document = viewer.getDocument();
    ServerRequests requests = ServerRequests.of(document);
    if (requests == null) {
      return new ICompletionProposal[0];
    }
    CompletionParams params = new CompletionParams(requests.document(), Positions.positionOf(document, offset));
    Either<List<CompletionItem>, CompletionList> answer =
        ServerRequests.await(requests.connection().server().getTextDocumentService().completion(params));
    if (answer == null) {
      return new ICompletionProposal[0];
    }
    List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
    return items.stream()
        .sorted(Comparator.comparing((CompletionItem item) -> item.getSortText() == null ? item.getLabel() : item.getSortText())
            .thenComparing(CompletionItem::getLabel))
        .map(item -> proposal(document, offset, item))
        .toArray(ICompletionProposal[]::new);
  }

  private static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) {
    String text;
    int start;
    int end;
    if (item.getTextEdit() != null) {
      Range range = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getRange()
          : item.getTextEdit().getRight().getInsert();
      text = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText()
          : item.getTextEdit().getRight().getNewText();
      start = Positions.offsetOf(document, range.getStart());
      end = Math.max(offset, Positions.offsetOf(document, range.getEnd()));
    } else {
      text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
      start = WordRegions.start(document, offset);
      end = offset;
    }
    if (item.getInsertTextFormat() == InsertTextFormat.Snippet) {
      text = PLACEHOLDER.matcher(text).replaceAll("$1");
    }
    String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
        : item.getLabel() + " - " + item.getDetail();
    return new CompletionProposal(text, start, end - start, text.length(), null, display, null, documentation(item));
  }

  private static String documentation(CompletionItem item) {
    if (item.getDocumentation() == null) {
      return null;
    }
    return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
        : MarkdownText.plain(((MarkupContent) item.getDocumentation().getRight()).getValue());
  }

  @Override
  public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
    return null;
  }

  @Override
  public char[] getCompletionProposalAutoActivationCharacters() {
    return new char[] {'.'};
  }

  @Override
  public char[] getContextInformationAutoActivationCharacters() {
    return null;
  }

  @Override
  public String getErrorMessage() {
    return null;
  }

  @Override
  public IContextInformationValidator getContextInformationValidator() {
    return null;
  }
}
