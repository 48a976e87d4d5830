package org.routesrv.dsl.ide.server;

import java.util.List;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.apache.log4j.Logger;

/**
 * lsp4j's launcher with the two parts that let bad input hurt the server replaced: frames are read
 * by a {@link ResynchronisingMessageProducer}, and a message lsp4j cannot make sense of is answered
 * with its code and a one-line reason, without the Java exception lsp4j puts into {@code data}.
 */
final class GuardedLauncherBuilder<T> extends Launcher.Builder<T> {

  private static final Logger LOG = Logger.getLogger("rsnet.lsp");

  private MessageJsonHandler jsonHandler;
  private RemoteEndpoint remoteEndpoint;

  @Override
  protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler json) {
    MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, json));
    Endpoint local = ServiceEndpoints.toEndpoint(localServices);
    RemoteEndpoint endpoint = new QuietRemoteEndpoint(outgoing, local,
        exceptionHandler != null ? exceptionHandler : InternalErrors::toResponseError);
    json.setMethodProvider(endpoint);
    endpoint.setJsonHandler(json);
    this.jsonHandler = json;
    this.remoteEndpoint = endpoint;
    return endpoint;
  }

  @Override
  protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer lsp4jReader, MessageConsumer consumer,
      T remoteProxy) {
    return new ConcurrentMessageProcessor(new ResynchronisingMessageProducer(input, jsonHandler, remoteEndpoint),
        consumer);
  }

  private static final class QuietRemoteEndpoint extends RemoteEndpoint {

    private final MessageConsumer outgoing;

    QuietRemoteEndpoint(MessageConsumer outgoing, Endpoint local, Function<Throwable, ResponseError> exceptionHandler) {
      super(outgoing, local, exceptionHandler);
      this.outgoing = outgoing;
    }

    @Override
    protected void handleRequestIssues(RequestMessage request, List<MessageIssue> issues) {
      MessageIssue first = issues.get(0);
      ResponseError error = new ResponseError(issues.size() == 1 ? first.getIssueCode() : ResponseErrorCode.InvalidRequest.getValue(),
          issues.size() == 1 ? first.getText() : "Invalid request: " + first.getText(), null);
      outgoing.consume(createErrorResponseMessage(request, error));
    }

    @Override
    protected void logIssues(Message message, List<MessageIssue> issues) {
      for (MessageIssue issue : issues) {
        LOG.warn("ignored a malformed " + message.getClass().getSimpleName() + ": " + issue.getText());
      }
    }
  }
}
