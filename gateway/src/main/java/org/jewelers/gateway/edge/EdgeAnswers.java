package org.jewelers.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemKind;

/** Writes the problem+json answers that the gateway gives itself, before a request reaches a service. */
@Singleton
public class EdgeAnswers {

    private final ObjectMapper json;

    EdgeAnswers(ObjectMapper json) {
        this.json = json;
    }

    public void problem(RoutingContext ctx, ProblemKind type, String detail) {
        write(ctx, type.problem(detail, ctx.request().path()));
    }

    private void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().headWritten()) {
            return;
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(serialize(problem));
    }

    public String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail must serialize", e);
        }
    }
}
