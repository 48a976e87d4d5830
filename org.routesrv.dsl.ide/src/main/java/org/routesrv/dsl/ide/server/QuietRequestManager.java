package org.routesrv.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.ReadRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.ide.server.concurrent.WriteRequest;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function1;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request queue (a change cancels the requests before it), except that a failed request is
 * logged as one line ({@link InternalErrors}) instead of a stack trace, and only once however many
 * requests wrap it: Xtext logged every failure with its trace, again for each enclosing request and
 * again at the next change, even when the failure was an answer such as {@code InvalidParams}.
 */
@Singleton
public class QuietRequestManager extends RequestManager {

  @Inject
  public QuietRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
    super(parallel, operationCanceledManager);
  }

  @Override
  public synchronized <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> cancellable) {
    return submit(new ReadRequest<V>(this, cancellable, getParallelExecutorService()) {
      @Override
      protected void logAndCompleteExceptionally(Throwable failure) {
        endQuietly(failure, get(), () -> cancelResult(true));
      }
    });
  }

  @Override
  public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
      Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
    // A change waits for the requests it cancelled; how they ended was answered or logged already
    // (Xtext logged each failure again, with its stack trace, at every following change).
    CompletableFuture<Void> cancelled = cancel().handle((done, failed) -> null);
    return submit(new WriteRequest<U, V>(this, nonCancellable, cancellable, cancelled) {
      @Override
      protected void logAndCompleteExceptionally(Throwable failure) {
        endQuietly(failure, get(), () -> cancelResult(true));
      }
    });
  }

  private void endQuietly(Throwable failure, CompletableFuture<?> result, Runnable cancel) {
    if (isCancelException(failure)) {
      cancel.run();
    } else {
      // Changes (notifications) have nobody to answer: the log is the only place they show.
      InternalErrors.report(failure);
      result.completeExceptionally(failure);
    }
  }
}
