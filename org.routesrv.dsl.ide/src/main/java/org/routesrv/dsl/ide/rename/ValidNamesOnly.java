package org.routesrv.dsl.ide.rename;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Exceptions;
import org.routesrv.dsl.parser.BrokenParses;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.validation.NamingRules;

import com.google.inject.Inject;

/**
 * Xtext's rename, refusing a new name the grammar cannot write ({@code a b}, {@code ..}, an empty
 * name) with {@code InvalidParams} and the reason, as LSP expects, instead of failing half way
 * through writing it with an internal error. A network's name may have dots; each part is a name.
 */
public class ValidNamesOnly extends RenameService2 {

  private static final String NAME_RULE = "Name";

  @Inject private IValueConverterService converters;

  @Override
  public WorkspaceEdit rename(Options options) {
    String newName = options.getRenameParams().getNewName();
    if (newName == null || newName.isEmpty()) {
      throw invalid(newName, "a name cannot be empty");
    }
    Target target = target(options);
    for (String part : target.network() ? newName.split("\\.", -1) : new String[] {newName}) {
      try {
        converters.toString(part, NAME_RULE);
      } catch (ValueConverterException notAName) {
        throw invalid(newName, notAName.getMessage().replace(part, shortened(part)));
      }
      // Names become file names (per-device configurations, reports): the validator would flag at once
      // a name it cannot be, such as one of hundreds of characters.
      String unsafe = NamingRules.unsafeReason(part);
      if (unsafe != null) {
        throw invalid(newName, "'" + shortened(part) + "' (" + part.length() + " characters) " + unsafe);
      }
    }
    if (target.syntaxError() != null) {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
          "Cannot rename while the network has syntax errors; fix the syntax errors first: " + target.syntaxError(), null));
    }
    try {
      return super.rename(options);
    } catch (Exception failed) {
      // What the checks above missed, the grammar refuses while writing the name.
      ValueConverterException notAName = converterFailure(failed);
      if (notAName != null) {
        throw invalid(newName, notAName.getMessage());
      }
      throw Exceptions.sneakyThrow(failed);
    }
  }

  /**
   * What the rename is about: whether the cursor is on a network's name, the one name that may have
   * dots, and the syntax error that forbids renaming, if any. While a file of the network has a syntax
   * error the parser's guesses stand in for what the user wrote (a reference may be in the text and not
   * in the model), and only syntax errors are trusted ({@link BrokenParses#inNetworkOf}); Xtext's
   * reference updater failed on such a reference with an IllegalStateException.
   */
  private Target target(Options options) {
    RenameParams params = options.getRenameParams();
    try {
      Target target = options.getLanguageServerAccess().doSyncRead(params.getTextDocument().getUri(),
          context -> context.getResource() instanceof XtextResource resource && context.getDocument() != null
              ? new Target(getElementAtOffset(resource, context.getDocument(), params.getPosition()) instanceof Model,
                  syntaxError(resource))
              : null);
      return target == null ? Target.UNKNOWN : target;
    } catch (RuntimeException unknownDocument) {
      return Target.UNKNOWN; // Xtext's rename answers for a document it cannot read
    }
  }

  private static String syntaxError(XtextResource resource) {
    IParseResult parse = resource.getParseResult();
    if (parse != null && parse.hasSyntaxErrors()) {
      INode first = parse.getSyntaxErrors().iterator().next();
      String message = first.getSyntaxErrorMessage() == null ? "" : ": " + first.getSyntaxErrorMessage().getMessage();
      return "line " + first.getStartLine() + message + ".";
    }
    return BrokenParses.inNetworkOf(resource) ? "another file of this network has one." : null;
  }

  private record Target(boolean network, String syntaxError) {
    static final Target UNKNOWN = new Target(false, null);
  }

  private static ValueConverterException converterFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ValueConverterException converter) {
        return converter;
      }
    }
    return null;
  }

  /**
   * The refusal, quoting the name at most 40 characters long: a name of a million characters was
   * quoted whole, by the grammar's message too (issue 22, long fuzz campaign, mutant 10456).
   */
  private static ResponseErrorException invalid(String newName, String reason) {
    String bounded = newName == null ? reason : reason.replace(newName, shortened(newName));
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
        "Cannot rename to '" + shortened(newName) + "': " + shortened(bounded, 300) + ".", null));
  }

  /** A name as the answer quotes it: a name of thousands of characters would bury the reason. */
  private static String shortened(String name) {
    return shortened(name, 40);
  }

  private static String shortened(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit) + "...";
  }
}
