package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemType;

/**
 * What a caller gets when a service fails, as problem+json where the proxy would answer a bare 502: 503 when the
 * service cannot be reached or its circuit breaker is open (at once, without calling it), 504 when it stayed silent
 * past its timeout. Each service has its own breaker, so one service down leaves the other routes untouched.
 */
@Singleton
public class UpstreamFailures {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);
    private static final String UNREACHABLE_RETRY_SECONDS = "5";

    private final EdgeAnswers answers;
    private final Upstreams upstreams;
    private final Clock clock;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    UpstreamFailures(EdgeAnswers answers, Upstreams upstreams, Clock clock) {
        this.answers = answers;
        this.upstreams = upstreams;
        this.clock = clock;
    }

    ProxyInterceptor forService(String service) {
        CircuitBreaker breaker = breakers.computeIfAbsent(service, name -> new CircuitBreaker(
                upstreams.circuitBreaker().failureThreshold(), upstreams.circuitBreaker().openFor(), clock));
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                if (!breaker.tryPass()) {
                    return Future.succeededFuture(answer(context.request(), ProblemType.UNAVAILABLE.problem(
                            "The " + service + " service is failing; the gateway is not calling it for now",
                            context.request().proxiedRequest().path()), Long.toString(breaker.secondsUntilTrial())));
                }
                return context.sendRequest()
                        .onSuccess(response -> breaker.succeeded())
                        .recover(failure -> {
                            breaker.failed();
                            return Future.succeededFuture(onFailure(context.request(), service, failure));
                        });
            }
        };
    }

    /** Each service's breaker state, for the health report. */
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        breakers.forEach((service, breaker) -> states.put(service, breaker.state().name().toLowerCase()));
        return states;
    }

    private ProxyResponse onFailure(ProxyRequest request, String service, Throwable failure) {
        String path = request.proxiedRequest().path();
        if (failure instanceof TimeoutException) {
            LOG.warnf("%s timed out on %s %s", service, request.getMethod(), path);
            return answer(request, GatewayProblem.UPSTREAM_TIMEOUT.problem("The " + service
                    + " service did not answer in time", path), null);
        }
        LOG.warnf("%s unreachable on %s %s: %s", service, request.getMethod(), path, failure.getMessage());
        return answer(request, ProblemType.UNAVAILABLE.problem("The " + service
                + " service cannot be reached; try again shortly", path), UNREACHABLE_RETRY_SECONDS);
    }

    private ProxyResponse answer(ProxyRequest request, Problem problem, String retryAfter) {
        ProxyResponse response = request.release().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(answers.serialize(problem))));
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        return response;
    }
}
