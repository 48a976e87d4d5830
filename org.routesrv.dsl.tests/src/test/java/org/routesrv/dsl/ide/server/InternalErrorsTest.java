package org.routesrv.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** What a client learns of a failure: a short message, never a stack trace or the document (issue 22). */
class InternalErrorsTest {

  @Test
  void anInternalErrorAnswersAShortMessageWithoutTheExceptionOrTheText() {
    Throwable failure = new CompletionException(
        new IndexOutOfBoundsException("Position [line = 9] text was : network secret.net\nvnet hub {"));
    ResponseError error = InternalErrors.toResponseError(failure);
    assertEquals(ResponseErrorCode.InternalError.getValue(), error.getCode());
    assertNull(error.getData(), "lsp4j's default puts the stack trace here");
    assertFalse(error.getMessage().contains("secret") || error.getMessage().contains("\n"), error.getMessage());
  }

  @Test
  void anAnswerTheServerChoseKeepsItsCodeAndLosesItsData() {
    ResponseError chosen = new ResponseError(ResponseErrorCode.InvalidParams, "Cannot rename to 'a b'.\n\tat x.y(Z.java:1)",
        "java.lang.RuntimeException\n\tat ...");
    ResponseError error = InternalErrors.toResponseError(new CompletionException(new ResponseErrorException(chosen)));
    assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode());
    assertEquals("Cannot rename to 'a b'.", error.getMessage());
    assertNull(error.getData());
  }

  @Test
  void aCancelledRequestIsRequestCancelled() {
    assertEquals(ResponseErrorCode.RequestCancelled.getValue(),
        InternalErrors.toResponseError(new CompletionException(new CancellationException())).getCode());
  }

  @Test
  void theLogLineIsOneLineWithWhereTheFailureWasThrown() {
    String line = InternalErrors.summary(new IllegalStateException("first line\nsecond line"));
    assertFalse(line.contains("\n"), line);
    assertEquals(true, line.startsWith("java.lang.IllegalStateException: first line (at "), line);
  }

  /** Xtext reads a document it does not hold from disk; one that is not there is the client's mistake. */
  @Test
  void aDocumentNeitherOpenNorOnDiskIsInvalidParamsNotAnInternalError() {
    Throwable failure = new CompletionException(new org.eclipse.emf.common.util.WrappedException(
        new java.io.FileNotFoundException("/tmp/ws/unsaved.rsnet (No such file or directory)")));
    ResponseError error = InternalErrors.toResponseError(failure);
    assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode());
    assertEquals("The document /tmp/ws/unsaved.rsnet is neither open nor on disk.", error.getMessage());
    assertNull(error.getData());
  }

  /**
   * Regression (issue 22): a server whose client had gone logged "internal error: JsonRpcException:
   * ClosedByInterruptException" while answering; a closed stream is no bug, and the log stays quiet.
   */
  @Test
  void answeringAClientThatHasGoneLogsNothing() {
    java.util.List<String> logged = new java.util.ArrayList<>();
    org.apache.log4j.Logger log = org.apache.log4j.Logger.getLogger("rsnet.lsp");
    org.apache.log4j.AppenderSkeleton capture = new org.apache.log4j.AppenderSkeleton() {
      @Override
      protected void append(org.apache.log4j.spi.LoggingEvent event) {
        logged.add(event.getRenderedMessage());
      }

      @Override
      public void close() {
      }

      @Override
      public boolean requiresLayout() {
        return false;
      }
    };
    log.addAppender(capture);
    try {
      InternalErrors.report(new org.eclipse.lsp4j.jsonrpc.JsonRpcException(new java.nio.channels.ClosedByInterruptException()));
      InternalErrors.report(new CompletionException(new org.eclipse.lsp4j.jsonrpc.JsonRpcException(
          new java.io.IOException("Stream closed"))));
      assertEquals(java.util.List.of(), logged);
      InternalErrors.report(new IllegalStateException("a real bug"));
      assertEquals(1, logged.size(), "a real failure is still logged: " + logged);
    } finally {
      log.removeAppender(capture);
    }
  }
}
