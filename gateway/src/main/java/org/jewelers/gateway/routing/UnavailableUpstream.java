package org.jewelers.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemType;

/**
 * Answers 503 problem+json when a service cannot be reached, where the proxy would answer a bare 502, so that
 * clients parse one error format everywhere.
 */
@Singleton
public class UnavailableUpstream {

    private final ObjectMapper json;

    UnavailableUpstream(ObjectMapper json) {
        this.json = json;
    }

    ProxyInterceptor forService(String service) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                return context.sendRequest()
                        .recover(failure -> Future.succeededFuture(problem(context.request(), service)));
            }
        };
    }

    private ProxyResponse problem(ProxyRequest request, String service) {
        Problem problem = ProblemType.UNAVAILABLE.problem(
                "The " + service + " service cannot be reached; try again shortly", request.proxiedRequest().path());
        return request.release().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", "5")
                .setBody(Body.body(Buffer.buffer(serialize(problem))));
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail must serialize", e);
        }
    }
}
