package org.routesrv.dsl.ide.server;

import java.io.FileNotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.service.OperationCanceledManager;

import com.google.common.util.concurrent.UncheckedExecutionException;

/**
 * What a client and the server's log learn of a failure. A client gets a short message and nothing
 * else: lsp4j's default answer carries the Java stack trace in {@code data}, and Xtext's exception
 * messages may quote the whole document. The log (stderr) gets one line per failure, however many
 * layers rethrow it, instead of a stack trace per request.
 */
public final class InternalErrors {

  private static final Logger LOG = Logger.getLogger("rsnet.lsp");
  private static final int MESSAGE_LIMIT = 200;
  private static final OperationCanceledManager CANCELLATIONS = new OperationCanceledManager();
  private static final Set<Throwable> REPORTED = Collections.synchronizedSet(
      Collections.newSetFromMap(new WeakHashMap<Throwable, Boolean>()));

  private InternalErrors() {
  }

  /** The answer to a request that failed with {@code failure}; internal failures are logged once. */
  public static ResponseError toResponseError(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ResponseErrorException answer) {
      ResponseError error = answer.getResponseError();
      return new ResponseError(error.getCode(), shortened(error.getMessage()), null);
    }
    if (isCancellation(cause)) {
      return new ResponseError(ResponseErrorCode.RequestCancelled, "The request was cancelled by a newer change.", null);
    }
    String missing = missingFile(cause);
    if (missing != null) {
      return new ResponseError(ResponseErrorCode.InvalidParams, shortened(notOnDisk(missing)), null);
    }
    report(cause);
    return new ResponseError(ResponseErrorCode.InternalError,
        "Internal error (" + cause.getClass().getSimpleName() + "); the server's log has a line about it.", null);
  }

  /** Logs {@code failure} as one line, unless it was logged already. */
  public static void report(Throwable failure) {
    Throwable cause = unwrap(failure);
    // A client that has gone (its stream closed, or the thread writing to it interrupted) is no bug to report.
    if (isCancellation(cause) || cause instanceof ResponseErrorException || JsonRpcException.indicatesStreamClosed(cause)
        || !REPORTED.add(cause)) {
      return;
    }
    String missing = missingFile(cause);
    if (missing != null) {
      LOG.warn(notOnDisk(missing));
      return;
    }
    LOG.error("internal error: " + summary(cause));
  }

  /** Class, first line of the message (bounded: some quote the document) and where it was thrown. */
  public static String summary(Throwable failure) {
    StringBuilder line = new StringBuilder(failure.getClass().getName());
    if (failure.getMessage() != null) {
      line.append(": ").append(shortened(failure.getMessage()));
    }
    StackTraceElement[] stack = failure.getStackTrace();
    if (stack.length > 0) {
      line.append(" (at ").append(stack[0]).append(')');
    }
    return line.toString();
  }

  /**
   * The file a request was about when Xtext, not finding it among the open documents, read it from a
   * disk that does not have it: a client asking about a document it never opened, or closed, or whose
   * didOpen a malformed frame swallowed. That is the client's mistake, not the server's.
   */
  private static String missingFile(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
        return cause.getMessage() == null ? "" : cause.getMessage().replaceFirst(" \\([^()]*\\)$", "");
      }
    }
    return null;
  }

  private static String notOnDisk(String file) {
    return "The document " + file + " is neither open nor on disk.";
  }

  static boolean isCancellation(Throwable failure) {
    return failure instanceof CancellationException || CANCELLATIONS.isOperationCanceledException(failure);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while (current.getCause() != null && current.getCause() != current
        && (current instanceof CompletionException || current instanceof ExecutionException
            || current instanceof InvocationTargetException || current instanceof WrappedException
            || current instanceof UncheckedExecutionException
            || current instanceof RuntimeException && current.getClass() == RuntimeException.class)) {
      current = current.getCause();
    }
    return current;
  }

  /** The first line of {@code message}, at most 200 characters; "" for none. */
  static String shortened(String message) {
    if (message == null) {
      return "";
    }
    String first = message.strip().lines().findFirst().orElse("");
    return first.length() <= MESSAGE_LIMIT ? first : first.substring(0, MESSAGE_LIMIT) + "...";
  }
}
