package org.routesrv.dsl.ide.rename;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Exceptions;
import org.routesrv.dsl.rsnet.Model;

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
    for (String part : renamesANetwork(options) ? newName.split("\\.", -1) : new String[] {newName}) {
      try {
        converters.toString(part, NAME_RULE);
      } catch (ValueConverterException notAName) {
        throw invalid(newName, notAName.getMessage());
      }
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

  /** Whether the cursor is on a network's name, the one name that may have dots. */
  private boolean renamesANetwork(Options options) {
    RenameParams params = options.getRenameParams();
    try {
      return Boolean.TRUE.equals(options.getLanguageServerAccess().doSyncRead(params.getTextDocument().getUri(),
          context -> context.getResource() instanceof XtextResource resource && context.getDocument() != null
              && getElementAtOffset(resource, context.getDocument(), params.getPosition()) instanceof Model));
    } catch (RuntimeException unknownDocument) {
      return false; // Xtext's rename answers for a document it cannot read
    }
  }

  private static ValueConverterException converterFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ValueConverterException converter) {
        return converter;
      }
    }
    return null;
  }

  private static ResponseErrorException invalid(String newName, String reason) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
        "Cannot rename to '" + newName + "': " + reason + ".", null));
  }
}
