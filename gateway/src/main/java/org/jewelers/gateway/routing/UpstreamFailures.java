package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.web.logging.LoggedUri;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemType;

/**
 * What a caller gets when a service fails, as problem+json where the proxy would answer a bare 502: 503 when no
 * instance is ready or every instance's circuit breaker is open (at once, without calling it), 504 when the
 * instance stayed silent past the route's timeout. Each instance has its own breaker, so one instance down leaves
 * the others and the other routes untouched.
 *
 * <p>A body the gateway broke off at its limit ({@link StreamedBodyLimit}) is answered 413 and, like a request
 * its caller gave up, not counted against the service.
 *
 * <p>An idempotent request without a body whose connection broke before any answer (an instance stopped while the
 * request was on its way) is sent once more, to another instance. Any other request is not: it may have taken
 * effect. Timeouts are never retried, so a caller waits at most one timeout.
 */
@Singleton
public class UpstreamFailures {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);
    private static final String UNREACHABLE_RETRY_SECONDS = "5";
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.DELETE, HttpMethod.PUT);

    private final EdgeAnswers answers;

    UpstreamFailures(EdgeAnswers answers) {
        this.answers = answers;
    }

    ProxyInterceptor forService(UpstreamPool pool) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                return send(context, pool, true);
            }
        };
    }

    private Future<ProxyResponse> send(ProxyContext context, UpstreamPool pool, boolean mayRetry) {
        return context.sendRequest()
                .onSuccess(response -> sentTo(context).breaker().succeeded())
                .recover(failure -> {
                    ProxyRequest request = context.request();
                    String service = pool.service();
                    Long bodyLimit = StreamedBodyLimit.exceeded(context);
                    if (bodyLimit != null) {
                        // Broken off by the gateway, not by the service: nothing to hold against it.
                        sentTo(context).breaker().abandoned();
                        request.proxiedRequest().response().putHeader("Connection", "close");
                        return answer(request, ProblemType.BODY_TOO_LARGE.problem("The request body exceeds the"
                                + " limit of " + bodyLimit + " bytes", path(request)), null);
                    }
                    if (failure instanceof InstanceFailover.NotCalled) {
                        return answer(request, ProblemType.UNAVAILABLE.problem("The " + service
                                + " service is failing; the gateway is not calling it for now", path(request)),
                                Long.toString(pool.secondsUntilTrial()));
                    }
                    if (failure instanceof InstanceFailover.NotReady notReady) {
                        return answer(request, ProblemType.UNAVAILABLE.problem("The " + service
                                + " service is not ready (starting or stopped); try again shortly", path(request)),
                                Long.toString(notReady.retryAfterSeconds()));
                    }
                    UpstreamInstance instance = sentTo(context);
                    if (request.proxiedRequest().response().closed()) {
                        // The caller hung up, so the proxy broke off the request to the service: not its failure.
                        instance.breaker().abandoned();
                        return unreachable(request, service);
                    }
                    instance.breaker().failed(failure);
                    if (failure instanceof TimeoutException) {
                        LOG.warnf("%s timed out on %s %s", instance.name(), request.getMethod(),
                                LoggedUri.of(path(request)));
                        return answer(request, GatewayProblem.UPSTREAM_TIMEOUT.problem("The " + service
                                + " service did not answer in time", path(request)), null);
                    }
                    LOG.warnf("%s failed on %s %s: %s", instance.name(), request.getMethod(),
                            LoggedUri.of(path(request)), failure.getMessage());
                    if (mayRetry && isRepeatable(request) && InstanceFailover.hasAnotherInstance(context)) {
                        // The first attempt consumed the (empty) body stream; the retry sends none.
                        request.setBody(null);
                        return send(context, pool, false);
                    }
                    return answer(request, ProblemType.UNAVAILABLE.problem("The " + service
                            + " service broke off the request before answering; try again shortly", path(request)),
                            UNREACHABLE_RETRY_SECONDS);
                });
    }

    private static UpstreamInstance sentTo(ProxyContext context) {
        return context.get(InstanceFailover.SENT_TO, UpstreamInstance.class);
    }

    private static boolean isRepeatable(ProxyRequest request) {
        HttpServerRequest incoming = request.proxiedRequest();
        String length = incoming.getHeader("Content-Length");
        boolean bodyless = (length == null || "0".equals(length.trim()))
                && incoming.getHeader("Transfer-Encoding") == null;
        return bodyless && IDEMPOTENT.contains(request.getMethod());
    }

    private Future<ProxyResponse> unreachable(ProxyRequest request, String service) {
        return answer(request, ProblemType.UNAVAILABLE.problem("The " + service
                + " service cannot be reached; try again shortly", path(request)), UNREACHABLE_RETRY_SECONDS);
    }

    private static String path(ProxyRequest request) {
        return request.proxiedRequest().path();
    }

    private Future<ProxyResponse> answer(ProxyRequest request, Problem problem, String retryAfter) {
        ProxyResponse response = request.release().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(answers.serialize(problem))));
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        return Future.succeededFuture(response);
    }
}
